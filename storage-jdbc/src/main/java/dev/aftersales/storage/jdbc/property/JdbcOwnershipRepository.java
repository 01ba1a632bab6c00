package dev.aftersales.storage.jdbc.property;

import dev.aftersales.common.Actor;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.Share;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.storage.jdbc.Binder;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ownerships (rule EU-3) in the table {@code ownership}, their co-owners with shares in
 * {@code ownership_owner} in list order (indexed by owner, for the units an owner holds). An
 * ownership is read with its co-owners in one statement.
 */
public final class JdbcOwnershipRepository implements OwnershipRepository {

    private static final List<String> COLUMNS = List.of("unit_id", "contract_signed_on", "previous_id", "handed_over_on",
            "handed_over_by_kind", "handed_over_by_id", "ended_on", "successor_id");

    private final JdbcRunner jdbc;
    private final VersionedTable ownerships;
    private final String owners;
    private final String select;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcOwnershipRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.ownerships = new VersionedTable(jdbc, prefix.table("ownership"), COLUMNS);
        this.owners = prefix.table("ownership_owner");
        StringBuilder cols = new StringBuilder("o.id, o.version");
        COLUMNS.forEach(c -> cols.append(", o.").append(c));
        this.select = "SELECT " + cols + ", c.position AS c_position, c.owner_id AS c_owner,"
                + " c.share_numerator AS c_num, c.share_denominator AS c_den FROM ";
    }

    @Override
    public Ownership save(Ownership ownership) {
        Objects.requireNonNull(ownership, "ownership");
        return jdbc.transactions().inTransaction(() -> {
            Ownership saved = ownerships.save(ownership, p -> p.text(ownership.unit().value())
                    .date(ownership.contractSignedOn()).text(id(ownership.previous())).date(ownership.handedOverOn())
                    .name(ownership.handedOverBy() == null ? null : ownership.handedOverBy().kind())
                    .text(ownership.handedOverBy() == null ? null : ownership.handedOverBy().id())
                    .date(ownership.endedOn()).text(id(ownership.successor())));
            if (ownership.version() > 0) {
                jdbc.update("DELETE FROM " + owners + " WHERE ownership_id = ?", p -> p.text(ownership.idText()));
            }
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < ownership.owners().size(); i++) {
                positions.add(i);
            }
            jdbc.batchExactlyOneEach("INSERT INTO " + owners + " (ownership_id, position, owner_id, share_numerator,"
                    + " share_denominator) VALUES (?, ?, ?, ?, ?)", positions, (p, i) -> {
                        CoOwner c = ownership.owners().get(i);
                        p.text(ownership.idText()).intValue(i).text(c.owner().value()).intValue(c.share().numerator())
                                .intValue(c.share().denominator());
                    });
            return saved;
        });
    }

    @Override
    public Optional<Ownership> findById(OwnershipId id) {
        Objects.requireNonNull(id, "id");
        return load(ownerships.table() + " o", " WHERE o.id = ?", "c.position", p -> p.text(id.value()))
                .stream().findFirst();
    }

    @Override
    public Page<Ownership> findByUnit(UnitId unit, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(page, "page");
        String paged = "(SELECT * FROM " + ownerships.table() + " WHERE unit_id = ? ORDER BY contract_signed_on, id"
                + Paging.clause() + ") o";
        return Paging.page(load(paged, "", "o.contract_signed_on, o.id, c.position", p -> {
            p.text(unit.value());
            Paging.bind(p, page);
        }), page);
    }

    @Override
    public Page<Ownership> findCurrentByOwner(OwnerId owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
        String paged = "(SELECT * FROM " + ownerships.table() + " x WHERE x.ended_on IS NULL AND EXISTS (SELECT 1 FROM "
                + owners + " y WHERE y.ownership_id = x.id AND y.owner_id = ?) ORDER BY x.unit_id, x.id"
                + Paging.clause() + ") o";
        return Paging.page(load(paged, "", "o.unit_id, o.id, c.position", p -> {
            p.text(owner.value());
            Paging.bind(p, page);
        }), page);
    }

    private List<Ownership> load(String from, String where, String order, Binder binder) {
        List<Partial> rows = jdbc.query(select + from + " JOIN " + owners + " c ON c.ownership_id = o.id" + where
                + " ORDER BY " + order, binder, JdbcOwnershipRepository::row);
        List<Ownership> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Partial head = rows.get(i);
            List<CoOwner> coOwners = new ArrayList<>();
            while (i < rows.size() && rows.get(i).id().equals(head.id())) {
                coOwners.add(rows.get(i).owner());
                i++;
            }
            out.add(head.toOwnership(coOwners));
        }
        return out;
    }

    /** One row: the ownership's fields and one of its co-owners. */
    private static Partial row(Row r) throws SQLException {
        Actor.Kind byKind = r.enumValue("handed_over_by_kind", Actor.Kind.class);
        Actor by = byKind == null ? null : new Actor(byKind, r.text("handed_over_by_id"));
        CoOwner co = new CoOwner(OwnerId.of(r.text("c_owner")), Share.of(r.intValue("c_num"), r.intValue("c_den")));
        return new Partial(OwnershipId.of(r.text("id")), UnitId.of(r.text("unit_id")), co, r.date("contract_signed_on"),
                ownershipId(r.text("previous_id")), r.date("handed_over_on"), by, r.date("ended_on"),
                ownershipId(r.text("successor_id")), r.longValue("version"));
    }

    private static String id(OwnershipId id) {
        return id == null ? null : id.value();
    }

    private static OwnershipId ownershipId(String text) {
        return text == null ? null : OwnershipId.of(text);
    }

    /** The fields of one row: an ownership and one of its co-owners. */
    private record Partial(OwnershipId id, UnitId unit, CoOwner owner, LocalDate signedOn, OwnershipId previous,
                           LocalDate handedOverOn, Actor handedOverBy, LocalDate endedOn, OwnershipId successor,
                           long version) {
        Ownership toOwnership(List<CoOwner> coOwners) {
            return new Ownership(id, unit, coOwners, signedOn, previous, handedOverOn, handedOverBy, endedOn, successor,
                    version);
        }
    }
}

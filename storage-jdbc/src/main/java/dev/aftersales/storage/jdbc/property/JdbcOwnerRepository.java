package dev.aftersales.storage.jdbc.property;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.IdCardNumber;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfile;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PhoneNumber;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.PersonalColumn;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Owners (rule EU-3) in the table {@code owner}, their outstanding items in {@code owner_item} in
 * list order. Every profile field has its own column; the personal ones pass through the
 * {@link PersonalDataCodec} (rule EU-4). An owner is read with its items in one statement, so a
 * concurrent save is seen completely or not at all.
 */
public final class JdbcOwnerRepository implements OwnerRepository {

    private static final List<String> COLUMNS = List.of("name", "age", "occupation", "employer", "household_size",
            "household_structure", "phones", "id_card_number", "origin", "property_right_type", "payment_status");
    private static final List<String> ITEM_COLUMNS = List.of("owner_id", "position", "reference", "item_kind", "description");

    private final JdbcRunner jdbc;
    private final PersonalDataCodec codec;
    private final VersionedTable owners;
    private final String items;
    private final String selectFrom;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     * @param codec  what personal data is stored as
     */
    public JdbcOwnerRepository(JdbcRunner jdbc, TablePrefix prefix, PersonalDataCodec codec) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.owners = new VersionedTable(jdbc, prefix.table("owner"), COLUMNS);
        this.items = prefix.table("owner_item");
        StringBuilder cols = new StringBuilder("o.id, o.version");
        COLUMNS.forEach(c -> cols.append(", o.").append(c));
        this.selectFrom = "SELECT " + cols + ", i.position AS i_position, i.reference AS i_reference,"
                + " i.item_kind AS i_kind, i.description AS i_description FROM ";
    }

    @Override
    public Owner save(Owner owner) {
        Objects.requireNonNull(owner, "owner");
        OwnerProfile profile = owner.profile();
        return jdbc.transactions().inTransaction(() -> {
            Owner saved = owners.save(owner, p -> p
                    .text(PersonalColumn.OWNER_NAME.encode(codec, profile.name()))
                    .nullableInt(profile.age())
                    .text(PersonalColumn.OWNER_OCCUPATION.encode(codec, profile.occupation()))
                    .text(PersonalColumn.OWNER_EMPLOYER.encode(codec, profile.employer()))
                    .nullableInt(profile.householdSize())
                    .name(profile.householdStructure())
                    .text(PersonalColumn.OWNER_PHONES.encode(codec, phones(profile.phones())))
                    .text(PersonalColumn.OWNER_ID_CARD_NUMBER.encode(codec,
                            profile.idCardNumber() == null ? null : profile.idCardNumber().value()))
                    .name(owner.origin())
                    .name(owner.propertyRightType())
                    .name(owner.paymentStatus()));
            if (owner.version() > 0) {
                jdbc.update("DELETE FROM " + items + " WHERE owner_id = ?", p -> p.text(owner.idText()));
            }
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < owner.outstandingItems().size(); i++) {
                positions.add(i);
            }
            jdbc.batchExactlyOneEach("INSERT INTO " + items + " (" + String.join(", ", ITEM_COLUMNS)
                    + ") VALUES (?, ?, ?, ?, ?)", positions, (p, i) -> {
                        OutstandingItem item = owner.outstandingItems().get(i);
                        p.text(owner.idText()).intValue(i).text(item.reference()).name(item.kind())
                                .text(PersonalColumn.OWNER_ITEM_DESCRIPTION.encode(codec, item.description()));
                    });
            return saved;
        });
    }

    @Override
    public Optional<Owner> findById(OwnerId id) {
        Objects.requireNonNull(id, "id");
        List<Owner> found = group(jdbc.query(selectFrom + owners.table() + " o LEFT JOIN " + items
                + " i ON i.owner_id = o.id WHERE o.id = ? ORDER BY i.position", p -> p.text(id.value()), this::row));
        return found.stream().findFirst();
    }

    @Override
    public Page<Owner> findAll(PageRequest page) {
        Objects.requireNonNull(page, "page");
        String paged = "(SELECT * FROM " + owners.table() + " ORDER BY id" + Paging.clause() + ") o";
        List<Owner> rows = group(jdbc.query(selectFrom + paged + " LEFT JOIN " + items
                + " i ON i.owner_id = o.id ORDER BY o.id, i.position", p -> Paging.bind(p, page), this::row));
        return Paging.page(rows, page);
    }

    private Owner row(Row r) throws SQLException {
        String phones = PersonalColumn.OWNER_PHONES.decode(codec, r.text("phones"));
        String idCard = PersonalColumn.OWNER_ID_CARD_NUMBER.decode(codec, r.text("id_card_number"));
        OwnerProfile profile = new OwnerProfile(PersonalColumn.OWNER_NAME.decode(codec, r.text("name")), r.nullableInt("age"),
                PersonalColumn.OWNER_OCCUPATION.decode(codec, r.text("occupation")),
                PersonalColumn.OWNER_EMPLOYER.decode(codec, r.text("employer")), r.nullableInt("household_size"),
                r.enumValue("household_structure", HouseholdStructure.class),
                Arrays.stream(phones.split(",")).map(PhoneNumber::new).toList(),
                idCard == null ? null : new IdCardNumber(idCard));
        List<OutstandingItem> item = List.of();
        if (r.nullableInt("i_position") != null) {
            item = List.of(new OutstandingItem(r.text("i_reference"), r.enumValue("i_kind", OutstandingItem.Kind.class),
                    PersonalColumn.OWNER_ITEM_DESCRIPTION.decode(codec, r.text("i_description"))));
        }
        return new Owner(OwnerId.of(r.text("id")), profile, r.enumValue("origin", CustomerOrigin.class),
                r.enumValue("property_right_type", PropertyRightType.class),
                r.enumValue("payment_status", PaymentStatus.class), item, r.longValue("version"));
    }

    /** Folds consecutive rows of one owner (one per item) into the owner with all its items. */
    private static List<Owner> group(List<Owner> rows) {
        List<Owner> out = new ArrayList<>();
        for (Owner row : rows) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).id().equals(row.id())) {
                List<OutstandingItem> all = new ArrayList<>(out.get(last).outstandingItems());
                all.addAll(row.outstandingItems());
                Owner o = out.get(last);
                out.set(last, new Owner(o.id(), o.profile(), o.origin(), o.propertyRightType(), o.paymentStatus(), all,
                        o.version()));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private static String phones(List<PhoneNumber> phones) {
        return String.join(",", phones.stream().map(PhoneNumber::value).toList());
    }
}

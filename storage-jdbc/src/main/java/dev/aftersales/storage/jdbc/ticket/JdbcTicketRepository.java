package dev.aftersales.storage.jdbc.ticket;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.common.SupportedRange;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.storage.jdbc.Binder;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.Params;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TimelineEntry;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tickets in the table {@code ticket}, one row each with the intake, location, reporter and
 * current state in their own columns, and the timeline in {@code ticket_step}, one row per step.
 *
 * <p>Every query filters one indexed column and orders by {@code reported_at, id}
 * ({@link TicketRepository#ORDER}; ids compare byte by byte); a page of tickets is read together
 * with their timelines in one statement, so a concurrent save is seen completely or not at all. A
 * save, in one unit of work, replaces the ticket's row (optimistic version check first, which also
 * locks the row), reads the last stored timeline entry and inserts the entries after it as one
 * batch: the timeline is append-only (rule CP-3), so rows of earlier entries are never deleted or
 * written again, and a record whose timeline does not continue the stored one is refused (see
 * {@link TimelineAppend}). Instants are kept to the microsecond.
 */
public final class JdbcTicketRepository implements TicketRepository {

    private final JdbcRunner jdbc;
    private final VersionedTable tickets;
    private final String steps;
    private final String insertStep;
    private final String lastStep;
    private final TicketRows rows;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     * @param codec  what personal data is stored as
     */
    public JdbcTicketRepository(JdbcRunner jdbc, TablePrefix prefix, PersonalDataCodec codec) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.tickets = new VersionedTable(jdbc, prefix.table("ticket"), TicketRows.COLUMNS);
        this.steps = prefix.table("ticket_step");
        this.insertStep = "INSERT INTO " + steps + " (" + String.join(", ", TicketRows.STEP_COLUMNS) + ") VALUES ("
                + String.join(", ", TicketRows.STEP_COLUMNS.stream().map(c -> "?").toList()) + ")";
        this.lastStep = TicketRows.SELECT_STEP + " FROM " + steps + " s WHERE s.ticket_id = ? ORDER BY s.seq DESC LIMIT 1";
        this.rows = new TicketRows(Objects.requireNonNull(codec, "codec"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Only the timeline entries after the last stored one are inserted (rule CP-3: entries are
     * never changed or removed); a record of version {@code 0} inserts all of its entries.
     *
     * @param record {@inheritDoc}
     * @return {@inheritDoc}
     * @throws NullPointerException     {@inheritDoc}
     * @throws dev.aftersales.spi.StaleWriteException {@inheritDoc}
     * @throws IllegalArgumentException if the record's timeline has fewer entries than are stored,
     *                                  or another entry at the last stored position; nothing is written
     */
    @Override
    public TicketRecord save(TicketRecord record) {
        Objects.requireNonNull(record, "record");
        return jdbc.transactions().inTransaction(() -> {
            TicketRecord saved = tickets.save(record, p -> rows.bind(p, record));
            List<TimelineEntry> added = record.version() == 0 ? record.timeline()
                    : TimelineAppend.newEntries(record, lastStoredEntry(record.idText()));
            jdbc.<TimelineEntry>batchExactlyOneEach(insertStep, added, (p, e) -> rows.bindStep(p, record.idText(), e));
            return saved;
        });
    }

    /**
     * Reads the last stored timeline entry of a ticket whose row this transaction has just updated:
     * the row lock keeps other saves out, and the read sees the rows that update saw (a locking
     * read where plain reads may see an older snapshot, see {@code Dialect#readAsUpdatesSee()}).
     */
    private TimelineEntry lastStoredEntry(String id) {
        return jdbc.queryOptional(lastStep + jdbc.dialect().readAsUpdatesSee(), p -> p.text(id), rows::step)
                .orElse(null);
    }

    @Override
    public Optional<TicketRecord> findById(TicketId id) {
        Objects.requireNonNull(id, "id");
        return TicketRows.fold(jdbc.query(TicketRows.SELECT + " FROM " + tickets.table() + " t JOIN " + steps
                + " s ON s.ticket_id = t.id WHERE t.id = ? ORDER BY s.seq", p -> p.text(id.value()), rows::read))
                .stream().findFirst();
    }

    @Override
    public Page<TicketRecord> findByUnit(UnitId unit, Openness openness, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        return find("unit_id = ?", p -> p.text(unit.value()), openness, page);
    }

    @Override
    public Page<TicketRecord> findByOwner(OwnerId owner, Openness openness, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        return find("owner_id = ?", p -> p.text(owner.value()), openness, page);
    }

    @Override
    public Page<TicketRecord> findByBuilding(BuildingId building, Openness openness, PageRequest page) {
        Objects.requireNonNull(building, "building");
        return find("building_id = ?", p -> p.text(building.value()), openness, page);
    }

    @Override
    public Page<TicketRecord> findByEstate(EstateId estate, Openness openness, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return find("estate_id = ?", p -> p.text(estate.value()), openness, page);
    }

    @Override
    public Page<TicketRecord> findByState(TicketState state, PageRequest page) {
        Objects.requireNonNull(state, "state");
        return find("state = ?", p -> p.name(state), Openness.ANY, page);
    }

    @Override
    public Page<TicketRecord> findByDepartment(DepartmentId department, Openness openness, PageRequest page) {
        Objects.requireNonNull(department, "department");
        return find("responsible_department = ?", p -> p.text(department.value()), openness, page);
    }

    @Override
    public Page<TicketRecord> findReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("the period ends at " + toExclusive + ", before it starts at " + fromInclusive);
        }
        // bounds outside the one supported range are clamped, not refused (rule IN-2)
        Instant from = SupportedRange.clamp(fromInclusive);
        Instant to = SupportedRange.clamp(toExclusive);
        return find("reported_at >= ? AND reported_at < ?", p -> p.instant(from).instant(to),
                Openness.ANY, page);
    }

    private Page<TicketRecord> find(String filter, Binder binder, Openness openness, PageRequest page) {
        Objects.requireNonNull(openness, "openness");
        Objects.requireNonNull(page, "page");
        String open = switch (openness) {
            case ANY -> "";
            case OPEN -> " AND state <> 'CLOSED'";
            case CLOSED -> " AND state = 'CLOSED'";
        };
        String paged = "(SELECT * FROM " + tickets.table() + " WHERE " + filter + open + " ORDER BY reported_at, id"
                + Paging.clause() + ") t";
        List<TicketRecord> found = TicketRows.fold(jdbc.query(TicketRows.SELECT + " FROM " + paged + " JOIN " + steps
                + " s ON s.ticket_id = t.id ORDER BY t.reported_at, t.id, s.seq", p -> bindPage(p, binder, page), rows::read));
        return Paging.page(found, page);
    }

    private static void bindPage(Params p, Binder binder, PageRequest page) throws SQLException {
        binder.bind(p);
        Paging.bind(p, page);
    }
}

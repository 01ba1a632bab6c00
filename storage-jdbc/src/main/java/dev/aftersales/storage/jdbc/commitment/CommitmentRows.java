package dev.aftersales.storage.jdbc.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentCodec;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.Params;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.Urgency;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the table {@code commitment}: the summary the SPI queries (ticket, facts,
 * department, policy, calendar, status and instants), the history and firings in the text form of
 * {@link CommitmentCodec}, and the claim of a sweeper. Reading a row gives back the commitment equal
 * in every field to the one saved.
 */
final class CommitmentRows {

    /** The ticket facts' columns, shared with the fired-event rows, in binding order. */
    static final List<String> FACT_COLUMNS = List.of("ticket_kind", "channel", "urgency", "severity", "estate_id",
            "building_id", "unit_id", "receiving_unit", "category");

    /**
     * The columns besides {@code id} and {@code version}, in binding order; the claimant last. The
     * lease's end, {@code claimed_until_ns}, is not among them: an insert leaves it empty and a save
     * keeps it (see {@link JdbcCommitmentRepository}).
     */
    static final List<String> COLUMNS;

    /** The select list of a whole row. */
    static final String SELECT_LIST;

    static final int MAX_CALENDAR_VERSION = 200;

    static {
        List<String> cols = new ArrayList<>();
        cols.add("ticket_id");
        cols.add("cycle");
        cols.addAll(FACT_COLUMNS);
        cols.addAll(List.of("responsible_department", "policy_id", "policy_version", "term_key", "calendar_id",
                "calendar_version", "status", "started_ns", "deadline_ns", "stopped_ns", "breached_ns", "next_check_ns",
                "history", "firings", "claimed_by"));
        COLUMNS = List.copyOf(cols);
        SELECT_LIST = "id, version, " + String.join(", ", COLUMNS);
    }

    private CommitmentRows() {
    }

    /**
     * Binds the columns of {@link #COLUMNS} for a save: the claimant is bound empty, since a save
     * releases any claim.
     */
    static void bind(Params p, Commitment c) throws SQLException {
        CalendarRef calendar = c.calendar();
        if (calendar != null && calendar.version().length() > MAX_CALENDAR_VERSION) {
            throw new IllegalArgumentException("a stored calendar version has at most " + MAX_CALENDAR_VERSION
                    + " characters, got " + calendar.version().length() + " for calendar " + calendar.id());
        }
        p.text(c.ticketId().value()).intValue(c.cycle());
        bindFacts(p, c.facts());
        p.text(c.responsibleDepartment() == null ? null : c.responsibleDepartment().value())
                .text(c.policy().id()).intValue(c.policy().version()).text(c.termKey())
                .text(calendar == null ? null : calendar.id()).text(calendar == null ? null : calendar.version())
                .name(c.status())
                .longValue(EpochNanos.exact(c.startedAt())).nullableLong(EpochNanos.of(c.deadline()))
                .nullableLong(EpochNanos.of(c.stoppedAt())).nullableLong(EpochNanos.of(c.breachedAt()))
                .nullableLong(EpochNanos.of(c.nextCheck()))
                .text(CommitmentCodec.encodeHistory(c.history())).text(CommitmentCodec.encodeFirings(c.firings()))
                .text(null);
    }

    /** Binds the columns of {@link #FACT_COLUMNS}. */
    static void bindFacts(Params p, TicketFacts f) throws SQLException {
        p.name(f.kind()).text(f.channel().name()).name(f.urgency()).name(f.severity()).text(f.estate().value())
                .text(f.building() == null ? null : f.building().value()).text(f.unit() == null ? null : f.unit().value())
                .text(f.receivingUnit().value()).text(f.category() == null ? null : f.category().code());
    }

    /** Reads a whole row selected with {@link #SELECT_LIST}. */
    static Commitment read(Row r) throws SQLException {
        String calendarId = r.text("calendar_id");
        String department = r.text("responsible_department");
        try {
            return new Commitment(CommitmentId.of(r.text("id")), r.longValue("version"), TicketId.of(r.text("ticket_id")),
                    r.intValue("cycle"), readFacts(r), department == null ? null : DepartmentId.of(department),
                    new PolicyRef(r.text("policy_id"), r.intValue("policy_version")), r.text("term_key"),
                    calendarId == null ? null : new CalendarRef(calendarId, r.text("calendar_version")),
                    CommitmentCodec.decodeHistory(r.text("history")), CommitmentCodec.decodeFirings(r.text("firings")),
                    r.enumValue("status", CommitmentStatus.class), EpochNanos.toInstant(r.longValue("started_ns")),
                    EpochNanos.toInstant(r.nullableLong("deadline_ns")), EpochNanos.toInstant(r.nullableLong("stopped_ns")),
                    EpochNanos.toInstant(r.nullableLong("breached_ns")),
                    EpochNanos.toInstant(r.nullableLong("next_check_ns")));
        } catch (IllegalArgumentException e) {
            throw new SQLException("commitment row " + r.text("id") + " is malformed: " + e.getMessage(), "22000", e);
        }
    }

    /** Reads the columns of {@link #FACT_COLUMNS}. */
    static TicketFacts readFacts(Row r) throws SQLException {
        String building = r.text("building_id");
        String unit = r.text("unit_id");
        String category = r.text("category");
        return new TicketFacts(r.enumValue("ticket_kind", TicketKind.class), Channel.of(r.text("channel")),
                r.enumValue("urgency", Urgency.class), r.enumValue("severity", Severity.class),
                EstateId.of(r.text("estate_id")), building == null ? null : BuildingId.of(building),
                unit == null ? null : UnitId.of(unit), DepartmentId.of(r.text("receiving_unit")),
                category == null ? null : TicketCategory.of(category));
    }
}

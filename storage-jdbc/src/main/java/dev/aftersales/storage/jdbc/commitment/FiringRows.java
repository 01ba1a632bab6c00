package dev.aftersales.storage.jdbc.commitment;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.storage.jdbc.Params;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.ticket.TicketId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the table {@code commitment_firing}: one fired warning, breach or escalation
 * ({@link CommitmentEvent}) under its unique key (commitment, cycle, kind, level), its key text
 * for the order of {@link dev.aftersales.spi.CommitmentRepository#EVENT_ORDER}, and whether it was
 * delivered. Reading a row gives back the event equal in every field to the one recorded.
 */
final class FiringRows {

    /** The key columns, the table's primary key. */
    static final List<String> KEY_COLUMNS = List.of("commitment_id", "cycle", "kind", "level");

    /** Every column, in binding order. */
    static final List<String> COLUMNS;

    /** The select list of a whole row. */
    static final String SELECT_LIST;

    static {
        List<String> cols = new ArrayList<>(KEY_COLUMNS);
        cols.addAll(List.of("event_key", "ticket_id", "policy_id", "policy_version", "term_key", "scheduled_ns",
                "recorded_ns", "deadline_ns", "recipients"));
        cols.addAll(CommitmentRows.FACT_COLUMNS);
        cols.add("responsible_department");
        cols.add("delivered");
        COLUMNS = List.copyOf(cols);
        SELECT_LIST = String.join(", ", COLUMNS);
    }

    private FiringRows() {
    }

    /** Binds every column of {@link #COLUMNS} for an undelivered record. */
    static void bind(Params p, CommitmentEvent e) throws SQLException {
        bind(p, e, false);
    }

    /** Binds every column of {@link #COLUMNS}, delivered or not. */
    static void bind(Params p, CommitmentEvent e, boolean delivered) throws SQLException {
        bindKey(p, e.key());
        StringBuilder recipients = new StringBuilder();
        for (Recipient r : e.recipients()) {
            if (recipients.length() > 0) {
                recipients.append(' ');
            }
            recipients.append(r);
        }
        p.text(e.key().text()).text(e.ticketId().value()).text(e.policy().id()).intValue(e.policy().version())
                .text(e.termKey()).longValue(EpochNanos.exact(e.scheduledAt())).longValue(EpochNanos.exact(e.recordedAt()))
                .nullableLong(EpochNanos.of(e.deadline())).text(recipients.toString());
        CommitmentRows.bindFacts(p, e.facts());
        p.text(e.responsibleDepartment() == null ? null : e.responsibleDepartment().value()).bool(delivered);
    }

    /** Binds the columns of {@link #KEY_COLUMNS}. */
    static void bindKey(Params p, FiringKey key) throws SQLException {
        p.text(key.commitment().value()).intValue(key.cycle()).name(key.kind()).intValue(key.level());
    }

    /** Reads a whole row selected with {@link #SELECT_LIST}. */
    static CommitmentEvent read(Row r) throws SQLException {
        String department = r.text("responsible_department");
        String recipientText = r.text("recipients");
        try {
            List<Recipient> recipients = new ArrayList<>();
            if (!recipientText.isEmpty()) {
                for (String one : recipientText.split(" ")) {
                    recipients.add(Recipient.parse(one));
                }
            }
            FiringKey key = new FiringKey(CommitmentId.of(r.text("commitment_id")), r.intValue("cycle"),
                    r.enumValue("kind", FiringKind.class), r.intValue("level"));
            return new CommitmentEvent(key, TicketId.of(r.text("ticket_id")),
                    new PolicyRef(r.text("policy_id"), r.intValue("policy_version")), r.text("term_key"),
                    EpochNanos.toInstant(r.longValue("scheduled_ns")), EpochNanos.toInstant(r.longValue("recorded_ns")),
                    EpochNanos.toInstant(r.nullableLong("deadline_ns")), recipients, CommitmentRows.readFacts(r),
                    department == null ? null : DepartmentId.of(department));
        } catch (IllegalArgumentException e) {
            throw new SQLException("fired-event row of commitment " + r.text("commitment_id") + " is malformed: "
                    + e.getMessage(), "22000", e);
        }
    }
}

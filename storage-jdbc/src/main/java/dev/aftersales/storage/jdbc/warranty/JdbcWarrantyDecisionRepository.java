package dev.aftersales.storage.jdbc.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.WarrantyDecisionRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.PersonalColumn;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.Component;
import dev.aftersales.warranty.ComponentTerm;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.TermSource;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Warranty decisions (rules WA-1, WA-2, WA-6) in the table {@code warranty_decision}, one row per
 * entry, keyed by (ticket, sequence) and never updated. An append reads the ticket's highest
 * sequence and inserts the next one if its key is free, in one transaction: of two concurrent
 * appends of one sequence the key lets exactly one in. The recorded reason passes through the
 * {@link PersonalDataCodec}; the instant is kept to the microsecond.
 */
public final class JdbcWarrantyDecisionRepository implements WarrantyDecisionRepository {

    private static final List<String> COLUMNS = List.of("ticket_id", "seq", "outcome", "component_key", "component_en",
            "component_zh", "defect_date", "handover", "term_start", "term_end", "term_decided_by", "exclusion",
            "reason", "actor_kind", "actor_id", "decided_at");

    private final JdbcRunner jdbc;
    private final PersonalDataCodec codec;
    private final String table;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     * @param codec  what personal data is stored as
     */
    public JdbcWarrantyDecisionRepository(JdbcRunner jdbc, TablePrefix prefix, PersonalDataCodec codec) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.table = prefix.table("warranty_decision");
    }

    @Override
    public WarrantyDecisionEntry append(WarrantyDecisionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        CoverageDecision d = entry.decision();
        ComponentTerm term = d.term();
        return jdbc.transactions().inTransaction(() -> {
            long stored = jdbc.queryOne("SELECT COALESCE(MAX(seq), 0) AS n FROM " + table + " WHERE ticket_id = ?",
                    p -> p.text(entry.ticket().value()), r -> r.longValue("n"));
            if (entry.sequence() != stored + 1) {
                throw stale(entry, stored);
            }
            boolean inserted = jdbc.insertIfAbsent(table, COLUMNS, List.of("ticket_id", "seq"), p -> p
                    .text(entry.ticket().value()).intValue(entry.sequence()).name(d.outcome())
                    .text(d.component().key()).text(d.component().nameEn()).text(d.component().nameZh())
                    .date(d.defectDate()).date(d.handover())
                    .date(term == null ? null : term.start()).date(term == null ? null : term.end())
                    .name(term == null ? null : term.decidedBy()).name(d.cause().exclusion())
                    .text(PersonalColumn.WARRANTY_DECISION_REASON.encode(codec, d.cause().reason()))
                    .name(entry.decidedBy().kind()).text(entry.decidedBy().id()).instant(entry.decidedAt()));
            if (!inserted) {
                throw stale(entry, entry.sequence());
            }
            return entry;
        });
    }

    @Override
    public List<WarrantyDecisionEntry> decisionsOf(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return jdbc.query("SELECT " + String.join(", ", COLUMNS) + " FROM " + table + " WHERE ticket_id = ? ORDER BY seq",
                p -> p.text(ticket.value()), this::row);
    }

    private WarrantyDecisionEntry row(Row r) throws SQLException {
        Component component = Component.of(r.text("component_key"), r.text("component_en"), r.text("component_zh"));
        ComponentTerm term = r.date("term_end") == null ? null : new ComponentTerm(component, r.date("term_start"),
                r.date("term_end"), r.enumValue("term_decided_by", TermSource.class));
        Exclusion exclusion = r.enumValue("exclusion", Exclusion.class);
        String reason = PersonalColumn.WARRANTY_DECISION_REASON.decode(codec, r.text("reason"));
        DefectCause cause = exclusion == null ? DefectCause.normalUse() : DefectCause.excluded(exclusion, reason);
        CoverageDecision decision = new CoverageDecision(r.enumValue("outcome", CoverageOutcome.class), component,
                r.date("defect_date"), r.date("handover"), term, cause);
        return new WarrantyDecisionEntry(TicketId.of(r.text("ticket_id")), r.intValue("seq"), decision,
                new Actor(r.enumValue("actor_kind", Actor.Kind.class), r.text("actor_id")), r.instant("decided_at"));
    }

    private static StaleWriteException stale(WarrantyDecisionEntry entry, long stored) {
        return new StaleWriteException("WarrantyDecisionEntry", entry.keyText(), entry.sequence() - 1L, stored);
    }
}

package dev.aftersales.benchmarks.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketKind;
import java.time.Instant;
import java.time.ZoneId;

/** What the commitment benchmarks share: the presets, an engine, and a complaint's facts. */
final class CommitmentWorkload {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 3 March 2025, 09:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    static final TicketFacts COMPLAINT = new TicketFacts(TicketKind.COMPLAINT, Channel.HOTLINE, null,
            Severity.GENERAL, EstateId.of("E-1"), BuildingId.of("B-1"), null, DepartmentId.of("cs"));

    private CommitmentWorkload() {
    }

    /** An engine with every preset (CP-8 escalation included) on the ready calendars. */
    static CommitmentEngine engine() {
        PolicyCatalog catalog = new PolicyCatalog(CalendarRegistry.withReadyCalendars());
        CommitmentPresets.all().forEach(catalog::register);
        return new CommitmentEngine(catalog, IdGenerator.sequential("c"), SHANGHAI);
    }
}

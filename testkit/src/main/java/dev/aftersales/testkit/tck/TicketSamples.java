package dev.aftersales.testkit.tck;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketIntake;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Sample tickets for the TCK and for adapter authors' own tests: a small estate hierarchy and
 * helpers that build {@link TicketRecord}s by taking real life-cycle steps on a {@link Ticket}
 * with a {@link TestClock} (one minute between steps), so every sample is a reachable state.
 */
public final class TicketSamples {

    /** Estate 1, with buildings 1 and 2. */
    public static final EstateId ESTATE_1 = EstateId.of("TCK-E1");
    /** Estate 2, with building 3. */
    public static final EstateId ESTATE_2 = EstateId.of("TCK-E2");
    /** Building 1 of estate 1, with units 1 and 2. */
    public static final BuildingId BUILDING_1 = BuildingId.of("TCK-E1-B1");
    /** Building 2 of estate 1. */
    public static final BuildingId BUILDING_2 = BuildingId.of("TCK-E1-B2");
    /** Building 3 of estate 2, with unit 3. */
    public static final BuildingId BUILDING_3 = BuildingId.of("TCK-E2-B3");
    /** Unit 1 in building 1. */
    public static final TicketLocation.InUnit UNIT_1 = TicketLocation.ofUnit(UnitId.of("TCK-U1"), BUILDING_1, ESTATE_1);
    /** Unit 2 in building 1. */
    public static final TicketLocation.InUnit UNIT_2 = TicketLocation.ofUnit(UnitId.of("TCK-U2"), BUILDING_1, ESTATE_1);
    /** Unit 3 in building 3. */
    public static final TicketLocation.InUnit UNIT_3 = TicketLocation.ofUnit(UnitId.of("TCK-U3"), BUILDING_3, ESTATE_2);
    /** Owner 1. */
    public static final OwnerId OWNER_1 = OwnerId.of("TCK-O1");
    /** Owner 2. */
    public static final OwnerId OWNER_2 = OwnerId.of("TCK-O2");
    /** The department that receives the samples. */
    public static final DepartmentId HOTLINE = DepartmentId.of("TCK-HOTLINE");
    /** A responsible department. */
    public static final DepartmentId ENGINEERING = DepartmentId.of("TCK-ENGINEERING");
    /** Another responsible department. */
    public static final DepartmentId PROPERTY_OFFICE = DepartmentId.of("TCK-PROPERTY");

    /** The steps from reception to a closed repair or complaint. */
    public static final TicketStep[] TO_CLOSED = {TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN,
        TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN, TicketStep.START_WORK, TicketStep.RETURN_RESULT,
        TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE, TicketStep.RECORD_CALLBACK, TicketStep.CLOSE};

    private TicketSamples() {
    }

    /**
     * Obtains the intake of a sample ticket: a normal repair, a general complaint, or another kind.
     *
     * @param kind     the kind
     * @param location where
     * @param reporter who
     * @return the intake
     */
    public static TicketIntake intake(TicketKind kind, TicketLocation location, Reporter reporter) {
        Channel channel = Channel.HOTLINE;
        return switch (kind) {
            case REPAIR -> TicketIntake.repair(location, reporter, channel, Urgency.NORMAL, "water drips from the ceiling");
            case COMPLAINT -> TicketIntake.complaint(location, reporter, channel, Severity.GENERAL, "noise at night");
            default -> TicketIntake.of(kind, location, reporter, channel, "when does the pool open?");
        };
    }

    /**
     * Builds a ticket received at an instant and walked through the given steps, one minute apart.
     *
     * @param id         the ticket id
     * @param kind       the kind
     * @param reportedAt when it was received
     * @param location   where
     * @param reporter   who
     * @param steps      the steps after the reception, each legal in turn
     * @return the ticket's record, version 0
     */
    public static TicketRecord ticket(String id, TicketKind kind, Instant reportedAt, TicketLocation location,
                                      Reporter reporter, PlannedStep... steps) {
        TestClock clock = TestClock.at(reportedAt);
        Ticket ticket = Ticket.receive(TicketId.of(id), intake(kind, location, reporter), HOTLINE,
                Actor.staff("TCK-S1"), clock, IdGenerator.sequential(id));
        for (PlannedStep step : steps) {
            step.withAfter(Duration.ofMinutes(1)).takeOn(ticket, clock);
        }
        return ticket.toRecord();
    }

    /**
     * Builds a repair received at an instant and walked through the given steps with their
     * typical data ({@link PlannedStep#of(TicketStep)}), one minute apart.
     *
     * @param id         the ticket id
     * @param reportedAt when it was received
     * @param location   where
     * @param reporter   who
     * @param steps      the steps after the reception, each legal in turn
     * @return the ticket's record, version 0
     */
    public static TicketRecord repair(String id, Instant reportedAt, TicketLocation location, Reporter reporter,
                                      TicketStep... steps) {
        return ticket(id, TicketKind.REPAIR, reportedAt, location, reporter, planned(steps));
    }

    /**
     * Takes one more step on a stored ticket, keeping its version, as a command would before saving.
     *
     * @param record the stored record
     * @param at     when the step is taken (not before the record's last step)
     * @param step   the step
     * @return the record after the step, with the same version
     */
    public static TicketRecord step(TicketRecord record, Instant at, PlannedStep step) {
        Ticket ticket = Ticket.fromRecord(record, TestClock.at(at), IdGenerator.sequential(record.idText() + "-x"));
        step.applyTo(ticket, at);
        return ticket.toRecord();
    }

    /**
     * Returns the steps with their typical data.
     *
     * @param steps the steps
     * @return the planned steps
     */
    public static PlannedStep[] planned(TicketStep... steps) {
        return Arrays.stream(steps).map(PlannedStep::of).toArray(PlannedStep[]::new);
    }
}

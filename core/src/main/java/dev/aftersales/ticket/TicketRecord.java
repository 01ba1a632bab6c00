package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Identifiers;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.common.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The storage form of a {@link Ticket}: an immutable snapshot that storage adapters save and load
 * (they never see live aggregates), and the read model that queries return. Everything else
 * (visit time, validity, satisfaction ...) is derived from the timeline.
 *
 * <p>Invariants: the timeline starts with the reception at {@code reportedAt}, its sequence numbers
 * run 1, 2, 3 ... and its times never decrease; {@code state} and {@code cycle} are those of the
 * last entry; {@code waitingFrom} and {@code waitingReason} are set exactly when the state is
 * {@link TicketState#WAITING}. The intake may hold personal data, so {@code toString} shows
 * identifiers and states only (rule EU-4).
 *
 * @param id                    the ticket id
 * @param intake                what was reported
 * @param receivingUnit         the department that received the ticket (rule CP-4)
 * @param reportedAt            when it was received
 * @param state                 the current state
 * @param cycle                 the current cycle, 1 until the first reopening
 * @param responsibleDepartment the responsible department, {@code null} before the first assignment
 * @param responsibleStaffId    the responsible person, {@code null} before the first assignment
 * @param waitingFrom           the state handling resumes to, set only while waiting
 * @param waitingReason         why handling waits, set only while waiting
 * @param timeline              every step taken, oldest first; unmodifiable
 * @param version               the storage version, {@code 0} if never stored
 */
public record TicketRecord(TicketId id, TicketIntake intake, DepartmentId receivingUnit, Instant reportedAt,
                           TicketState state, int cycle, DepartmentId responsibleDepartment,
                           String responsibleStaffId, TicketState waitingFrom, WaitingReason waitingReason,
                           List<TimelineEntry> timeline, long version) implements Versioned<TicketRecord> {

    /**
     * Creates a record, checking its invariants.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if an invariant above is broken
     */
    public TicketRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(state, "state");
        timeline = List.copyOf(timeline);
        if (responsibleStaffId != null) {
            Identifiers.requireValid("responsibleStaffId", responsibleStaffId);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version + " for ticket " + id);
        }
        checkTimeline(id, reportedAt, timeline);
        TimelineEntry last = timeline.get(timeline.size() - 1);
        if (last.to() != state || last.cycle() != cycle) {
            throw new IllegalArgumentException("ticket " + id + " is in state " + state + " cycle " + cycle
                    + " but its last timeline entry leads to " + last.to() + " cycle " + last.cycle());
        }
        boolean waiting = state == TicketState.WAITING;
        if (waiting != (waitingFrom != null) || waiting != (waitingReason != null)) {
            throw new IllegalArgumentException("ticket " + id + " in state " + state
                    + " must have a waiting state and reason exactly while waiting");
        }
    }

    /**
     * Creates the record of a ticket just received: state {@link TicketState#RECEIVED}, cycle 1,
     * no responsible department or staff, not waiting, its receipt the only timeline entry, version 0.
     *
     * @param id            the ticket id
     * @param intake        what was reported
     * @param receivingUnit the department that received it
     * @param entry         the receipt's timeline entry, stamped with the instant it was reported
     * @return the record
     * @throws NullPointerException if an argument is null
     */
    public static TicketRecord received(TicketId id, TicketIntake intake, DepartmentId receivingUnit, TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return new TicketRecord(id, intake, receivingUnit, entry.at(), TicketState.RECEIVED, 1, null, null, null, null,
                List.of(entry), 0);
    }

    private static void checkTimeline(TicketId id, Instant reportedAt, List<TimelineEntry> timeline) {
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("ticket " + id + " has an empty timeline");
        }
        TimelineEntry first = timeline.get(0);
        if (first.step() != TicketStep.RECEIVE || !first.at().equals(reportedAt)) {
            throw new IllegalArgumentException("ticket " + id + " timeline must start with its reception at " + reportedAt);
        }
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry e = timeline.get(i);
            if (e.sequence() != i + 1) {
                throw new IllegalArgumentException("ticket " + id + " timeline entry " + (i + 1)
                        + " has sequence " + e.sequence());
            }
            if (i > 0 && e.at().isBefore(timeline.get(i - 1).at())) {
                throw new IllegalArgumentException("ticket " + id + " timeline entry " + (i + 1) + " goes back in time");
            }
            if (i > 0 && e.step() == TicketStep.RECEIVE) {
                throw new IllegalArgumentException("ticket " + id + " is received only once");
            }
        }
    }

    /**
     * Returns the kind of the ticket.
     *
     * @return the kind
     */
    public TicketKind kind() {
        return intake.kind();
    }

    /**
     * Returns the facts that service commitments select on.
     *
     * @return the facts
     */
    public TicketFacts facts() {
        return intake.facts(receivingUnit);
    }

    /**
     * Returns the estate of the ticket's location.
     *
     * @return the estate
     */
    public EstateId estate() {
        return intake.location().estate();
    }

    /**
     * Returns the building of the ticket's location, if it has one.
     *
     * @return the building, empty for an estate's common area
     */
    public Optional<BuildingId> building() {
        return intake.location().building();
    }

    /**
     * Returns the unit of the ticket's location, if it is in a unit.
     *
     * @return the unit, empty for common areas
     */
    public Optional<UnitId> unit() {
        return intake.location().unit();
    }

    /**
     * Returns the owner who raised the ticket, if an owner did.
     *
     * @return the owner, empty for non-owner contacts and staff
     */
    public Optional<OwnerId> owner() {
        return intake.reporter().owner();
    }

    /**
     * Checks if the ticket is open, i.e. not closed.
     *
     * @return true unless the state is {@link TicketState#CLOSED}
     */
    public boolean isOpen() {
        return state != TicketState.CLOSED;
    }

    /**
     * Returns how many callback attempts ({@link TicketStep#RECORD_CALLBACK_ATTEMPT}) were recorded
     * since the owner last confirmed the closure (rule RP-6): the count that allows waiving the
     * callback as unreachable after {@link Ticket#CALLBACK_ATTEMPTS}.
     *
     * @return the attempts since the last {@link TicketStep#CONFIRM_CLOSURE}; 0 if there was none
     */
    public int callbackAttempts() {
        int attempts = 0;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TicketStep step = timeline.get(i).step();
            if (step == TicketStep.CONFIRM_CLOSURE) {
                return attempts;
            }
            if (step == TicketStep.RECORD_CALLBACK_ATTEMPT) {
                attempts++;
            }
        }
        return 0;
    }

    /**
     * Returns the last entry of the timeline.
     *
     * @return the latest step
     */
    public TimelineEntry lastEntry() {
        return timeline.get(timeline.size() - 1);
    }

    /**
     * Returns the latest entry of the current cycle for one of the given steps.
     *
     * @param steps the steps looked for
     * @return the latest such entry of the current cycle, or empty
     */
    public Optional<TimelineEntry> latestInCycle(TicketStep... steps) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry e = timeline.get(i);
            if (e.cycle() != cycle) {
                break;
            }
            for (TicketStep s : steps) {
                if (e.step() == s) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns customer service's judgement in the current cycle (rule CP-3).
     *
     * @return the validity, empty before classification
     */
    public Optional<Validity> validity() {
        return latestInCycle(TicketStep.CLASSIFY_VALID, TicketStep.CLASSIFY_INVALID)
                .map(e -> e.details().validity());
    }

    /**
     * Returns the visit time last agreed with the owner in the current cycle (rule RP-2).
     *
     * @return the visit time, or empty
     */
    public Optional<Instant> agreedVisit() {
        return latestInCycle(TicketStep.AGREE_VISIT).map(e -> e.details().agreedTime());
    }

    /**
     * Returns the resolution time last agreed with the owner in the current cycle (rules CP-5, SL-11).
     *
     * @return the agreed time, or empty
     */
    public Optional<Instant> agreedResolutionTime() {
        return latestInCycle(TicketStep.AGREE_NEW_TIME).map(e -> e.details().agreedTime());
    }

    /**
     * Returns the satisfaction score of the callback of the current cycle (rules RP-6, MS-3).
     *
     * @return the score 1 to 5, or empty before the callback
     */
    public Optional<Integer> satisfaction() {
        return latestInCycle(TicketStep.RECORD_CALLBACK).map(e -> e.details().satisfaction());
    }

    /**
     * Returns the record with another request category (rule PS-1), as a classification gives it.
     *
     * @param category the category
     * @return the record with the category in its intake
     * @throws NullPointerException if the category is null
     */
    public TicketRecord withCategory(TicketCategory category) {
        Objects.requireNonNull(category, "category");
        return new TicketRecord(id, intake.withCategory(category), receivingUnit, reportedAt, state, cycle,
                responsibleDepartment, responsibleStaffId, waitingFrom, waitingReason, timeline, version);
    }

    /**
     * Returns a copy of this record with another responsible department and person, as an
     * assignment makes them (rules CP-3, CP-7).
     *
     * @param department the responsible department, or {@code null} for none
     * @param staffId    the responsible person's staff id, or {@code null} for none
     * @return the copy
     * @throws IllegalArgumentException if the staff id is malformed
     */
    public TicketRecord withResponsible(DepartmentId department, String staffId) {
        return new TicketRecord(id, intake, receivingUnit, reportedAt, state, cycle, department, staffId, waitingFrom,
                waitingReason, timeline, version);
    }

    /**
     * Returns the record after a step: the entry appended to the timeline, the state and cycle
     * those of the entry, and the waiting state kept up (rule CP-10): entering
     * {@link TicketState#WAITING} remembers the state left and the entry's waiting reason, staying
     * in it keeps them, leaving it forgets them. What a step changes beyond that is the step's
     * {@link TicketStepCommand#applyEffect}.
     *
     * @param entry the step's timeline entry, the next in sequence
     * @return the record after the step
     * @throws IllegalArgumentException if the entry does not continue the timeline
     */
    TicketRecord withStep(TimelineEntry entry) {
        List<TimelineEntry> longer = new ArrayList<>(timeline.size() + 1);
        longer.addAll(timeline);
        longer.add(entry);
        boolean waits = entry.to() == TicketState.WAITING;
        boolean waited = state == TicketState.WAITING;
        TicketState from = waits ? (waited ? waitingFrom : state) : null;
        WaitingReason reason = waits ? (waited ? waitingReason : entry.details().waitingReason()) : null;
        return new TicketRecord(id, intake, receivingUnit, reportedAt, entry.to(), entry.cycle(),
                responsibleDepartment, responsibleStaffId, from, reason, longer, version);
    }

    @Override
    public TicketRecord withVersion(long version) {
        return new TicketRecord(id, intake, receivingUnit, reportedAt, state, cycle, responsibleDepartment,
                responsibleStaffId, waitingFrom, waitingReason, timeline, version);
    }

    @Override
    public String idText() {
        return id.value();
    }

    @Override
    public String toString() {
        return "TicketRecord[" + id + " " + intake.kind() + " " + state + " cycle " + cycle + " version " + version
                + ", " + intake.location() + ", reported " + reportedAt + ", " + timeline.size() + " steps]";
    }
}

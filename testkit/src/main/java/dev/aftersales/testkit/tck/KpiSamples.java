package dev.aftersales.testkit.tck;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentInput;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builders of the measurement TCK's tickets and commitments: a ticket walked through its life cycle
 * at chosen instants, and a commitment of one of its terms in a chosen status.
 */
public final class KpiSamples {

    /** The response term of the repairs (rule RP-2). */
    public static final String CONTACT = CommitmentPresets.TERM_RP2_CONTACT;
    /** The response term of the complaints (rule CP-1). */
    public static final String REPLY = CommitmentPresets.TERM_CP1_REPLY;
    /** A term that does not measure the response (rule CP-5). */
    public static final String RESULT = CommitmentPresets.TERM_CP5_RESULT;

    private KpiSamples() {
    }

    /**
     * A ticket under construction: each step is taken at an instant chosen by the test.
     */
    public static final class Story {
        private final TestClock clock;
        private final Ticket ticket;

        private Story(String id, TicketKind kind, TicketLocation location, Instant receivedAt,
                      dev.aftersales.ticket.Reporter reporter) {
            clock = TestClock.at(receivedAt);
            ticket = Ticket.receive(TicketId.of(id), TicketSamples.intake(kind, location, reporter), TicketSamples.HOTLINE,
                    Actor.staff("TCK-S1"), clock, IdGenerator.sequential(id));
        }

        /**
         * Takes a step with its typical data at an instant.
         *
         * @param at   when
         * @param step the step
         * @return this story
         */
        public Story at(Instant at, TicketStep step) {
            return at(at, PlannedStep.of(step));
        }

        /**
         * Takes a planned step at an instant.
         *
         * @param at   when
         * @param step the step
         * @return this story
         */
        public Story at(Instant at, PlannedStep step) {
            clock.set(at);
            step.applyTo(ticket, at);
            return this;
        }

        /**
         * Classifies (valid), assigns to a department and contacts the owner, then agrees a plan,
         * works, returns the result and informs the owner one minute apart.
         *
         * @param department the responsible department
         * @param contactAt  when the owner is contacted
         * @return this story
         */
        public Story handledBy(DepartmentId department, Instant contactAt) {
            Instant received = ticket.toRecord().reportedAt();
            at(received.plus(Duration.ofMinutes(10)), TicketStep.CLASSIFY_VALID);
            at(received.plus(Duration.ofMinutes(20)), PlannedStep.assign(department, "TCK-S2"));
            at(contactAt, TicketStep.CONTACT_OWNER);
            at(contactAt.plusSeconds(60), TicketStep.AGREE_PLAN);
            at(contactAt.plusSeconds(120), TicketStep.START_WORK);
            at(contactAt.plusSeconds(180), TicketStep.RETURN_RESULT);
            return at(contactAt.plusSeconds(240), TicketStep.INFORM_OWNER);
        }

        /**
         * Records a callback with a satisfaction score.
         *
         * @param at    when
         * @param score 1 to 5
         * @return this story
         */
        public Story callback(Instant at, int score) {
            return at(at, new PlannedStep(TicketStep.RECORD_CALLBACK, Duration.ZERO, PlannedStep.DEFAULT_ACTOR,
                    StepDetails.callback(CallbackMethod.PHONE, score, null)));
        }

        /**
         * Records a callback with a satisfaction score and the rated aspects (rule MS-3).
         *
         * @param at      when
         * @param score   1 to 5
         * @param aspects the rated aspects: response speed, attitude, result
         * @return this story
         */
        public Story callback(Instant at, int score, SatisfactionAspects aspects) {
            return at(at, new PlannedStep(TicketStep.RECORD_CALLBACK, Duration.ZERO, PlannedStep.DEFAULT_ACTOR,
                    StepDetails.callback(CallbackMethod.PHONE, score, aspects, null)));
        }

        /**
         * Returns the ticket's record.
         *
         * @return the record, version 0
         */
        public TicketRecord record() {
            return ticket.toRecord();
        }
    }

    /**
     * Starts a ticket received at an instant (by a patrol, so no owner is involved).
     *
     * @param id         the ticket id
     * @param kind       the kind
     * @param location   where
     * @param receivedAt when
     * @return the story
     */
    public static Story ticket(String id, TicketKind kind, TicketLocation location, Instant receivedAt) {
        return new Story(id, kind, location, receivedAt, dev.aftersales.ticket.Reporter.byStaff("TCK-PATROL"));
    }

    /**
     * Starts a ticket an owner reported at an instant (rule MS-2: the owner is the customer a
     * callback round calls).
     *
     * @param id         the ticket id
     * @param kind       the kind
     * @param location   where
     * @param receivedAt when
     * @param owner      the reporting owner
     * @return the story
     */
    public static Story ownerTicket(String id, TicketKind kind, TicketLocation location, Instant receivedAt,
                                    dev.aftersales.property.OwnerId owner) {
        return new Story(id, kind, location, receivedAt, dev.aftersales.ticket.Reporter.byOwner(owner));
    }

    /**
     * Builds a commitment of a ticket in a given status, as the engine would have stored it.
     *
     * @param id        the commitment id
     * @param ticket    the ticket (its facts and responsible department are copied)
     * @param cycle     the ticket's cycle
     * @param termKey   the term
     * @param status    the status
     * @param startedAt when it started
     * @param deadline  its deadline
     * @param stoppedAt when it stopped, or {@code null}
     * @param breachedAt when it breached, or {@code null}
     * @return the commitment, version 0
     */
    public static Commitment commitment(String id, TicketRecord ticket, int cycle, String termKey,
                                        CommitmentStatus status, Instant startedAt, Instant deadline,
                                        Instant stoppedAt, Instant breachedAt) {
        return commitment(id, ticket, cycle, termKey, null, status, startedAt, deadline, stoppedAt, breachedAt);
    }

    /**
     * Builds a commitment of a ticket measured on a business calendar, as
     * {@link #commitment(String, TicketRecord, int, String, CommitmentStatus, Instant, Instant, Instant, Instant)}.
     *
     * @param id         the commitment id
     * @param ticket     the ticket
     * @param cycle      the cycle
     * @param termKey    the term
     * @param calendar   the calendar its target counts on, or {@code null} for calendar time
     * @param status     the status
     * @param startedAt  when it started
     * @param deadline   its deadline
     * @param stoppedAt  when it stopped, or {@code null}
     * @param breachedAt when it breached, or {@code null}
     * @return the commitment, version 0
     */
    public static Commitment commitment(String id, TicketRecord ticket, int cycle, String termKey, CalendarRef calendar,
                                        CommitmentStatus status, Instant startedAt, Instant deadline,
                                        Instant stoppedAt, Instant breachedAt) {
        return new Commitment(CommitmentId.of(id), 0, ticket.id(), cycle, ticket.facts(), ticket.responsibleDepartment(),
                new PolicyRef("tck-kpi", 1), termKey, calendar,
                List.of(new CommitmentInput.Started(startedAt, TicketStep.RECEIVE, null, null, null)), List.of(), status,
                startedAt, deadline, stoppedAt, breachedAt, null);
    }
}

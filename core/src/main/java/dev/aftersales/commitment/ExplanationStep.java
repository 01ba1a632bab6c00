package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.NonWorkingSpan;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One line of a deadline's explanation (rule SL-15), in time order: the start and its trigger,
 * each non-working span skipped (with the holiday's name), dates outside the calendar's coverage
 * (rule SL-16), each pause and resume, each agreed change, each recomputation and re-evaluation,
 * what fired, and the stop. Structured so that {@link ExplanationRenderer} can render it in English
 * and in Chinese; holds identifiers, enums and instants only.
 */
public sealed interface ExplanationStep permits ExplanationStep.Started, ExplanationStep.Skipped,
        ExplanationStep.OutsideCoverage, ExplanationStep.Paused, ExplanationStep.Resumed,
        ExplanationStep.DeadlineAgreed, ExplanationStep.AgreedAfterBreach, ExplanationStep.Recomputed,
        ExplanationStep.ReEvaluated, ExplanationStep.Warned, ExplanationStep.Breached, ExplanationStep.Escalated,
        ExplanationStep.Stopped {

    /**
     * Gets the instant the line is about.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The start (rule SL-12).
     *
     * @param at         when
     * @param step       the ticket step that started it
     * @param afterTerm  the earlier term whose stop started it, or {@code null}
     * @param agreedFrom the breached commitment whose agreed deadline it tracks, or {@code null}
     * @param target     the term's target
     * @param deadline   the deadline at the start
     * @param budget     the time given, in the target's kind of time
     */
    record Started(Instant at, TicketStep step, String afterTerm, CommitmentId agreedFrom, Target target,
                   Instant deadline, Duration budget) implements ExplanationStep {
    }

    /**
     * A non-working span the deadline skipped (rules SL-1, SL-15).
     *
     * @param at   the span's start
     * @param span the span with its reason and name
     */
    record Skipped(Instant at, NonWorkingSpan span) implements ExplanationStep {
    }

    /**
     * The computation needed dates the calendar's exceptions do not cover; they followed the weekly
     * pattern (rule SL-16).
     *
     * @param at    the start of the computation
     * @param dates the uncovered dates
     */
    record OutsideCoverage(Instant at, List<DateRange> dates) implements ExplanationStep {
        /**
         * Creates the line.
         */
        public OutsideCoverage {
            dates = List.copyOf(dates);
        }
    }

    /**
     * A pause (rule SL-7).
     *
     * @param at          when
     * @param reason      why the ticket waits
     * @param remaining   the time remaining, in the target's kind of time; zero after a breach
     * @param afterBreach true if the deadline had already passed
     */
    record Paused(Instant at, WaitingReason reason, Duration remaining, boolean afterBreach)
            implements ExplanationStep {
    }

    /**
     * A resume (rule SL-7).
     *
     * @param at       when
     * @param deadline the new deadline, or {@code null} if already breached
     */
    record Resumed(Instant at, Instant deadline) implements ExplanationStep {
    }

    /**
     * A deadline agreed with the owner (rule SL-11).
     *
     * @param at       when
     * @param agreed   the agreed deadline
     * @param by       who agreed
     * @param step     the step that carried it
     * @param deadline the deadline in force afterwards ({@code null} while paused)
     * @param ignored  true if it came after the (recomputed) breach and so changed nothing here
     * @param entry    the ticket timeline entry holding why it was agreed, 0 when unknown
     */
    record DeadlineAgreed(Instant at, Instant agreed, Actor by, TicketStep step, Instant deadline, boolean ignored,
                          int entry) implements ExplanationStep {
        /**
         * Creates the line without the timeline entry (0: unknown).
         *
         * @param at       when
         * @param agreed   the agreed deadline
         * @param by       who agreed
         * @param step     the step that carried it
         * @param deadline the deadline in force afterwards ({@code null} while paused)
         * @param ignored  true if it came after the breach
         */
        public DeadlineAgreed(Instant at, Instant agreed, Actor by, TicketStep step, Instant deadline,
                              boolean ignored) {
            this(at, agreed, by, step, deadline, ignored, 0);
        }
    }

    /**
     * A deadline agreed after the breach, tracked by a commitment of its own (rule SL-11).
     *
     * @param at        when
     * @param agreed    the agreed deadline
     * @param by        who agreed
     * @param step      the step that carried it
     * @param successor the commitment tracking it
     * @param entry     the ticket timeline entry holding why it was agreed, 0 when unknown
     */
    record AgreedAfterBreach(Instant at, Instant agreed, Actor by, TicketStep step, CommitmentId successor,
                             int entry) implements ExplanationStep {
        /**
         * Creates the line without the timeline entry (0: unknown).
         *
         * @param at        when
         * @param agreed    the agreed deadline
         * @param by        who agreed
         * @param step      the step that carried it
         * @param successor the commitment tracking it
         */
        public AgreedAfterBreach(Instant at, Instant agreed, Actor by, TicketStep step, CommitmentId successor) {
            this(at, agreed, by, step, successor, 0);
        }
    }

    /**
     * A recomputation after a calendar change (rule SL-14).
     *
     * @param at     when
     * @param from   the calendar version before
     * @param to     the calendar version after
     * @param before the deadline before, or {@code null}
     * @param after  the deadline after, or {@code null}
     */
    record Recomputed(Instant at, CalendarRef from, CalendarRef to, Instant before, Instant after)
            implements ExplanationStep {
    }

    /**
     * An explicit re-evaluation under another policy version (rule SL-13).
     *
     * @param at     when
     * @param from   the version before
     * @param to     the version after
     * @param by     who asked
     * @param before the deadline before, or {@code null}
     * @param after  the deadline after, or {@code null}
     */
    record ReEvaluated(Instant at, PolicyRef from, PolicyRef to, Actor by, Instant before, Instant after)
            implements ExplanationStep {
    }

    /**
     * A warning fired (rule SL-8).
     *
     * @param at         the instant it was due
     * @param level      its level
     * @param warning    the warning
     * @param recordedAt when it was recorded
     */
    record Warned(Instant at, int level, Warning warning, Instant recordedAt) implements ExplanationStep {
    }

    /**
     * The breach (rule SL-9), stamped with the deadline.
     *
     * @param at         the deadline
     * @param recordedAt when it was recorded, or {@code null} if not yet swept
     */
    record Breached(Instant at, Instant recordedAt) implements ExplanationStep {
    }

    /**
     * An escalation fired (rule SL-9).
     *
     * @param at         the instant it was due
     * @param level      its level
     * @param recipients who was told
     * @param recordedAt when it was recorded
     */
    record Escalated(Instant at, int level, List<Recipient> recipients, Instant recordedAt)
            implements ExplanationStep {
        /**
         * Creates the line.
         */
        public Escalated {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * The stop step (rules SL-9, SL-10).
     *
     * @param at       when
     * @param step     the step
     * @param lateness how late after the breach, or {@code null} if met in time
     */
    record Stopped(Instant at, TicketStep step, Duration lateness) implements ExplanationStep {
    }
}

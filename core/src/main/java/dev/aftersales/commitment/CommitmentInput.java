package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a commitment's history: what happened to it, in order. A commitment's deadline,
 * warnings, breach and escalations are computed from its history, its term and its calendar
 * (rules SL-7, SL-11, SL-13, SL-14), so that a changed calendar or an explicit re-evaluation
 * recomputes them from the history, and every deadline can explain itself (rule SL-15). Inputs
 * hold identifiers, enums and instants only (rule EU-4).
 */
public sealed interface CommitmentInput permits CommitmentInput.Started, CommitmentInput.Paused,
        CommitmentInput.Resumed, CommitmentInput.DeadlineAgreed, CommitmentInput.AgreedAfterBreach,
        CommitmentInput.Stopped, CommitmentInput.Recomputed, CommitmentInput.ReEvaluated {

    /**
     * Gets when it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * The commitment started (rule SL-12).
     *
     * @param at             when
     * @param step           the ticket step that started it (or stopped the earlier term)
     * @param afterTerm      the earlier term whose stop started it, or {@code null}
     * @param agreedFrom     the breached commitment whose agreed deadline this one tracks (rule
     *                       SL-11), or {@code null}
     * @param agreedDeadline the agreed deadline it started with (agreed-time targets and rule
     *                       SL-11), or {@code null}
     */
    record Started(Instant at, TicketStep step, String afterTerm, CommitmentId agreedFrom, Instant agreedDeadline)
            implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if {@code at} or {@code step} is null
         */
        public Started {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * The ticket started waiting for a reason the term pauses on (rule SL-7).
     *
     * @param at     when
     * @param reason why the ticket waits
     */
    record Paused(Instant at, WaitingReason reason) implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if an argument is null
         */
        public Paused {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The ticket resumed (rule SL-7).
     *
     * @param at when
     */
    record Resumed(Instant at) implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if {@code at} is null
         */
        public Resumed {
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A deadline was agreed with the owner and became the deadline (rule SL-11), recorded with who
     * agreed and why. The reason a new resolution time is agreed ({@code AgreeNewTime.reason}) is
     * free text that may name people, so the history keeps no copy of it: it keeps the sequence
     * number of the ticket's timeline entry that holds it, and explanations cite that entry
     * ("reason given in ticket step #n").
     *
     * @param at     when
     * @param agreed the agreed deadline
     * @param by     who agreed it
     * @param step   the step that carried it (why: a new resolution time, a visit time)
     * @param entry  the sequence number of the step's entry on the ticket's timeline, where its
     *               reason is; 0 when unknown (histories recorded before it was kept)
     */
    record DeadlineAgreed(Instant at, Instant agreed, Actor by, TicketStep step, int entry)
            implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code entry} is negative
         */
        public DeadlineAgreed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(agreed, "agreed");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(step, "step");
            requireEntry(entry);
        }

        /**
         * Creates the entry without its timeline entry (0: unknown).
         *
         * @param at     when
         * @param agreed the agreed deadline
         * @param by     who agreed it
         * @param step   the step that carried it
         * @throws NullPointerException if an argument is null
         */
        public DeadlineAgreed(Instant at, Instant agreed, Actor by, TicketStep step) {
            this(at, agreed, by, step, 0);
        }
    }

    /**
     * A deadline was agreed after this commitment had breached: the breach stays and the agreed
     * deadline is tracked by a commitment of its own (rule SL-11).
     *
     * @param at        when
     * @param agreed    the agreed deadline
     * @param by        who agreed it
     * @param step      the step that carried it
     * @param successor the commitment tracking the agreed deadline
     * @param entry     the sequence number of the step's entry on the ticket's timeline, where its
     *                  reason is (see {@link DeadlineAgreed}); 0 when unknown
     */
    record AgreedAfterBreach(Instant at, Instant agreed, Actor by, TicketStep step, CommitmentId successor,
                             int entry) implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code entry} is negative
         */
        public AgreedAfterBreach {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(agreed, "agreed");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(successor, "successor");
            requireEntry(entry);
        }

        /**
         * Creates the entry without its timeline entry (0: unknown).
         *
         * @param at        when
         * @param agreed    the agreed deadline
         * @param by        who agreed it
         * @param step      the step that carried it
         * @param successor the commitment tracking the agreed deadline
         * @throws NullPointerException if an argument is null
         */
        public AgreedAfterBreach(Instant at, Instant agreed, Actor by, TicketStep step, CommitmentId successor) {
            this(at, agreed, by, step, successor, 0);
        }
    }

    private static void requireEntry(int entry) {
        if (entry < 0) {
            throw new IllegalArgumentException("a timeline entry is 1 or more (0: unknown), got " + entry);
        }
    }

    /**
     * The stop step happened (rules SL-9, SL-10).
     *
     * @param at   when
     * @param step the step
     */
    record Stopped(Instant at, TicketStep step) implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if an argument is null
         */
        public Stopped {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * The calendar's exceptions changed and the commitment was recomputed from its history
     * (rule SL-14); recorded breaches and fired warnings stay.
     *
     * @param at             when
     * @param from           the calendar version before
     * @param to             the calendar version after
     * @param deadlineBefore the deadline before, or {@code null} if paused
     * @param deadlineAfter  the deadline after, or {@code null} if paused
     */
    record Recomputed(Instant at, CalendarRef from, CalendarRef to, Instant deadlineBefore, Instant deadlineAfter)
            implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if {@code at}, {@code from} or {@code to} is null
         */
        public Recomputed {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The commitment was re-evaluated explicitly under another policy version (rule SL-13).
     *
     * @param at             when
     * @param from           the version before
     * @param to             the version after
     * @param by             who asked for it
     * @param deadlineBefore the deadline before, or {@code null} if paused
     * @param deadlineAfter  the deadline after, or {@code null} if paused
     */
    record ReEvaluated(Instant at, PolicyRef from, PolicyRef to, Actor by, Instant deadlineBefore,
                       Instant deadlineAfter) implements CommitmentInput {
        /**
         * Creates the entry.
         *
         * @throws NullPointerException if {@code at}, {@code from}, {@code to} or {@code by} is null
         */
        public ReEvaluated {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(by, "by");
        }
    }
}

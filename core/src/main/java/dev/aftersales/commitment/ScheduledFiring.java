package dev.aftersales.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a commitment fires if nothing changes before (rules SL-8, SL-9): a warning, the breach
 * or an escalation, at its scheduled instant. A breach (and an escalation anchored at it) is due
 * only once the deadline has passed, one nanosecond after it, because a stop step exactly at the
 * deadline still meets the commitment; everything else is due at its instant.
 *
 * @param kind       warning, breach or escalation
 * @param level      the level (0 for the breach)
 * @param at         the scheduled instant (the deadline for the breach)
 * @param dueAt      the first instant at which a sweep may fire it
 * @param recipients who an escalation goes to; empty otherwise
 */
public record ScheduledFiring(FiringKind kind, int level, Instant at, Instant dueAt, List<Recipient> recipients) {

    /**
     * Creates a scheduled firing.
     *
     * @throws NullPointerException if an argument is null
     */
    public ScheduledFiring {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(dueAt, "dueAt");
        recipients = List.copyOf(recipients);
    }
}

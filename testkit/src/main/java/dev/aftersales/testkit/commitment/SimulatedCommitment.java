package dev.aftersales.testkit.commitment;

import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.FiringKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One commitment as the {@link ReferenceSimulation} (or the engine, for comparison) sees it at the
 * horizon: which term of which policy in which cycle (with the generation of agreed deadlines
 * tracked after breaches, rule SL-11: 0 for the commitment its trigger started, 1 for the one
 * tracking a deadline agreed after its breach, and so on), and its outcome.
 *
 * @param cycle      the ticket cycle
 * @param policyId   the policy
 * @param termKey    the term
 * @param generation 0, or the number of agreed-after-breach hops
 * @param startedAt  when it started
 * @param status     its status at the horizon
 * @param deadline   the deadline in force at the horizon (at the stop once stopped), or {@code null}
 *                   while paused (or stopped while paused) before a breach
 * @param stoppedAt  when it stopped, or {@code null}
 * @param breachedAt its breach stamp, or {@code null}
 * @param firings    what fired up to the horizon, with scheduled instants
 */
public record SimulatedCommitment(int cycle, String policyId, String termKey, int generation, Instant startedAt,
                                  CommitmentStatus status, Instant deadline, Instant stoppedAt, Instant breachedAt,
                                  Set<Fired> firings) {

    /**
     * A firing: kind, level and scheduled instant.
     *
     * @param kind  warning, breach or escalation
     * @param level the level, 0 for the breach
     * @param at    the scheduled instant
     */
    public record Fired(FiringKind kind, int level, Instant at) {
        /**
         * Creates a firing.
         *
         * @throws NullPointerException if an argument is null
         */
        public Fired {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String toString() {
            return kind + "#" + level + "@" + at;
        }
    }

    /**
     * Creates a simulated commitment.
     *
     * @throws NullPointerException if a required argument is null
     */
    public SimulatedCommitment {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(termKey, "termKey");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        firings = Set.copyOf(firings);
    }

    /**
     * Gets the identity used to compare with the engine: cycle, policy, term and generation.
     *
     * @return {@code cycle/policy/term/generation}
     */
    public String key() {
        return cycle + "/" + policyId + "/" + termKey + "/" + generation;
    }
}

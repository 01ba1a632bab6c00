package dev.aftersales.testkit.commitment;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.Firing;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.Warning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on service commitments for test teams (rules SL-6 to SL-11): "breached at exactly T",
 * "warned at 75 % at T", "met late by 3 h 30 min". Each throws an {@link AssertionError} naming the
 * commitment, what was expected and what it found. Works on any {@link Commitment} value, e.g. from
 * a {@link CommitmentScenario} or a repository.
 */
public final class SlaAssertions {

    private SlaAssertions() {
    }

    private static AssertionError fail(Commitment c, String expected, Object found) {
        return new AssertionError("commitment " + c.id() + " (" + c.policy() + "/" + c.termKey() + "): expected "
                + expected + ", but found " + found);
    }

    /**
     * Asserts the deadline in force.
     *
     * @param c        the commitment
     * @param expected the deadline
     * @throws AssertionError if it differs
     */
    public static void assertDeadline(Commitment c, Instant expected) {
        if (!Objects.equals(c.deadline(), expected)) {
            throw fail(c, "deadline " + expected, c.deadline());
        }
    }

    /**
     * Asserts the status.
     *
     * @param c        the commitment
     * @param expected the status
     * @throws AssertionError if it differs
     */
    public static void assertStatus(Commitment c, CommitmentStatus expected) {
        if (c.status() != expected) {
            throw fail(c, "status " + expected, c.status());
        }
    }

    /**
     * Asserts a breach stamped at exactly an instant (rule SL-9): breached (or met late) with that
     * breach stamp, and, if the breach was recorded by a sweep, recorded with that scheduled instant.
     *
     * @param c        the commitment
     * @param expected the breach stamp, its deadline
     * @throws AssertionError if not breached at exactly that instant
     */
    public static void assertBreachedAt(Commitment c, Instant expected) {
        if (c.status() != CommitmentStatus.BREACHED && c.status() != CommitmentStatus.MET_LATE) {
            throw fail(c, "breached at " + expected, c.status());
        }
        if (!Objects.equals(c.breachedAt(), expected)) {
            throw fail(c, "breach stamped " + expected, c.breachedAt());
        }
        Optional<Firing> recorded = c.firing(FiringKind.BREACH, 0);
        if (recorded.isPresent() && !recorded.get().scheduledAt().equals(expected)) {
            throw fail(c, "breach recorded at " + expected, recorded.get().scheduledAt());
        }
    }

    /**
     * Asserts the commitment was met in time by a stop at an instant (rule SL-9).
     *
     * @param c    the commitment
     * @param stop the stop instant
     * @throws AssertionError if not met at that instant
     */
    public static void assertMetAt(Commitment c, Instant stop) {
        if (c.status() != CommitmentStatus.MET || !Objects.equals(c.stoppedAt(), stop)) {
            throw fail(c, "met at " + stop, c.status() + " stopped " + c.stoppedAt());
        }
    }

    /**
     * Asserts the commitment was met late (rule SL-10): stopped at an instant, that long after its
     * breach.
     *
     * @param c        the commitment
     * @param stop     the stop instant
     * @param lateness how late, in elapsed time
     * @throws AssertionError if not met late so
     */
    public static void assertMetLate(Commitment c, Instant stop, Duration lateness) {
        if (c.status() != CommitmentStatus.MET_LATE || !Objects.equals(c.stoppedAt(), stop)
                || !c.lateness().equals(Optional.of(lateness))) {
            throw fail(c, "met late at " + stop + " by " + lateness,
                    c.status() + " stopped " + c.stoppedAt() + " late " + c.lateness().orElse(null));
        }
    }

    /**
     * Asserts the warning at a share of the target fired at exactly an instant (rule SL-8).
     *
     * @param c        the commitment
     * @param term     its term
     * @param percent  the warning's share, e.g. 75
     * @param expected the scheduled instant
     * @throws AssertionError if the term has no such warning or it did not fire at that instant
     */
    public static void assertWarnedAt(Commitment c, CommitmentTerm term, int percent, Instant expected) {
        assertWarning(c, term, Warning.atPercent(percent), expected);
    }

    /**
     * Asserts the warning at a lead time before the deadline fired at exactly an instant (rule SL-8).
     *
     * @param c        the commitment
     * @param term     its term
     * @param leadTime the warning's lead time
     * @param expected the scheduled instant
     * @throws AssertionError if the term has no such warning or it did not fire at that instant
     */
    public static void assertWarnedBefore(Commitment c, CommitmentTerm term, Duration leadTime, Instant expected) {
        assertWarning(c, term, Warning.before(leadTime), expected);
    }

    private static void assertWarning(Commitment c, CommitmentTerm term, Warning warning, Instant expected) {
        int level = term.warnings().indexOf(warning) + 1;
        if (level == 0) {
            throw fail(c, "a warning " + warning + " in term " + term.key(), term.warnings());
        }
        Optional<Firing> f = c.firing(FiringKind.WARNING, level);
        if (f.isEmpty() || !f.get().scheduledAt().equals(expected)) {
            throw fail(c, "warning " + warning + " fired at " + expected, f.map(Firing::scheduledAt).orElse(null));
        }
    }

    /**
     * Asserts an escalation level fired at exactly an instant (rule SL-9).
     *
     * @param c        the commitment
     * @param level    the level, from 1
     * @param expected the scheduled instant
     * @throws AssertionError if it did not fire at that instant
     */
    public static void assertEscalatedAt(Commitment c, int level, Instant expected) {
        Optional<Firing> f = c.firing(FiringKind.ESCALATION, level);
        if (f.isEmpty() || !f.get().scheduledAt().equals(expected)) {
            throw fail(c, "escalation level " + level + " at " + expected, f.map(Firing::scheduledAt).orElse(null));
        }
    }

    /**
     * Asserts that nothing of a kind fired.
     *
     * @param c    the commitment
     * @param kind the kind
     * @throws AssertionError if something of that kind fired
     */
    public static void assertNotFired(Commitment c, FiringKind kind) {
        List<Firing> of = c.firings().stream().filter(f -> f.kind() == kind).toList();
        if (!of.isEmpty()) {
            throw fail(c, "no " + kind, of);
        }
    }
}

package dev.aftersales.measurement;

import dev.aftersales.commitment.CommitmentPresets;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The choices behind the figures (rules MS-1, MS-3): which commitment terms measure the response,
 * how long after its closure a reopening makes a complaint's handling ineffective, and from which
 * score a customer counts as satisfied.
 *
 * @param responseTerms  the keys of the terms that measure the response to a ticket
 * @param reopenWindow   a reopening in [closed, closed + window) makes the handling ineffective
 * @param satisfiedFrom  the lowest satisfaction score (1 to 5) that counts as satisfied
 */
public record MeasurementSettings(Set<String> responseTerms, Duration reopenWindow, int satisfiedFrom) {

    /** The response terms of the presets: RP-2 contact and emergency, CP-1 reply, CV-3 letter. */
    public static final Set<String> PRESET_RESPONSE_TERMS = Set.of(CommitmentPresets.TERM_RP2_CONTACT,
            CommitmentPresets.TERM_RP2_EMERGENCY, CommitmentPresets.TERM_CP1_REPLY, CommitmentPresets.TERM_CV3_LETTER);

    /** The default reopening window: 30 days. */
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(30);

    /** The default satisfaction threshold: 4 (satisfied) on the scale 1 to 5. */
    public static final int DEFAULT_SATISFIED_FROM = 4;

    private static final MeasurementSettings DEFAULTS = new MeasurementSettings(PRESET_RESPONSE_TERMS,
            DEFAULT_REOPEN_WINDOW, DEFAULT_SATISFIED_FROM);

    /**
     * Creates settings.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no response term, the window is not positive or
     *                                  the threshold is outside 1 to 5
     */
    public MeasurementSettings {
        responseTerms = Set.copyOf(Objects.requireNonNull(responseTerms, "responseTerms"));
        Objects.requireNonNull(reopenWindow, "reopenWindow");
        if (responseTerms.isEmpty()) {
            throw new IllegalArgumentException("responseTerms must name at least one term");
        }
        if (reopenWindow.isNegative() || reopenWindow.isZero()) {
            throw new IllegalArgumentException("reopenWindow must be positive, got " + reopenWindow);
        }
        if (satisfiedFrom < 1 || satisfiedFrom > 5) {
            throw new IllegalArgumentException("satisfiedFrom must be 1 to 5, got " + satisfiedFrom);
        }
    }

    /**
     * Obtains the defaults: the presets' response terms, 30 days, satisfied from 4.
     *
     * @return the defaults
     */
    public static MeasurementSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with other response terms.
     *
     * @param keys the term keys
     * @return the copy
     */
    public MeasurementSettings withResponseTerms(Set<String> keys) {
        return new MeasurementSettings(keys, reopenWindow, satisfiedFrom);
    }

    /**
     * Returns a copy with another reopening window.
     *
     * @param window the window
     * @return the copy
     */
    public MeasurementSettings withReopenWindow(Duration window) {
        return new MeasurementSettings(responseTerms, window, satisfiedFrom);
    }

    /**
     * Returns a copy with another satisfaction threshold.
     *
     * @param score the lowest satisfied score, 1 to 5
     * @return the copy
     */
    public MeasurementSettings withSatisfiedFrom(int score) {
        return new MeasurementSettings(responseTerms, reopenWindow, score);
    }
}

package dev.aftersales.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A rate with its numerator and denominator (rules MS-1, MS-3, RP-6), so a report shows
 * "37 / 40 (92.5 %)". A figure over nothing is empty: it has no rate, never 0 % and never a
 * division by zero.
 *
 * @param numerator   the items that count, 0 to {@code denominator}
 * @param denominator all items measured, 0 or more
 */
public record Figure(long numerator, long denominator) {

    private static final Figure EMPTY = new Figure(0, 0);

    /**
     * Creates a figure.
     *
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
     */
    public Figure {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("a figure needs 0 <= numerator <= denominator, got "
                    + numerator + " / " + denominator);
        }
    }

    /**
     * Obtains a figure.
     *
     * @param numerator   the items that count
     * @param denominator all items measured
     * @return the figure
     * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
     */
    public static Figure of(long numerator, long denominator) {
        return denominator == 0 && numerator == 0 ? EMPTY : new Figure(numerator, denominator);
    }

    /**
     * Obtains the empty figure: nothing was measured.
     *
     * @return the empty figure
     */
    public static Figure empty() {
        return EMPTY;
    }

    /**
     * Checks if nothing was measured.
     *
     * @return true if the denominator is 0
     */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /**
     * Returns the rate as a percentage rounded half up to one decimal, e.g. 92.5.
     *
     * @return the percentage, empty for an empty figure
     */
    public Optional<BigDecimal> percent() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }

    /**
     * Returns the sum of this figure and another: numerators and denominators added.
     *
     * @param other the other figure
     * @return the sum
     */
    public Figure plus(Figure other) {
        return of(numerator + other.numerator, denominator + other.denominator);
    }

    /**
     * Returns the figure as a report shows it: {@code "37 / 40 (92.5 %)"}, or {@code "0 / 0 (n/a)"}
     * when nothing was measured.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return numerator + " / " + denominator + " (" + percent().map(p -> p.toPlainString() + " %").orElse("n/a") + ")";
    }
}

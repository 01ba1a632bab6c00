package dev.aftersales.property;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The floor area of a unit in square metres (建筑面积, rule EU-1): greater than zero, at most two
 * decimal places (as on Chinese sales contracts) and below ten million. Held in a canonical form
 * without trailing zeros, so that {@code 89.50} and {@code 89.5} are equal.
 *
 * @param squareMetres the area in square metres
 */
public record Area(BigDecimal squareMetres) implements Comparable<Area> {

    /** The largest area accepted, in square metres. */
    public static final BigDecimal MAX_SQUARE_METRES = new BigDecimal("9999999.99");

    /** The most decimal places accepted. */
    public static final int MAX_SCALE = 2;

    /**
     * Creates an area.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not positive, has more than two decimal
     *                                  places or is larger than {@link #MAX_SQUARE_METRES}
     */
    public Area {
        Objects.requireNonNull(squareMetres, "squareMetres");
        if (squareMetres.signum() <= 0) {
            throw new IllegalArgumentException("area must be greater than 0 m2");
        }
        // the maximum first: the canonical form of 1E+2147483647 would overflow its scale (rule IN-3)
        if (squareMetres.compareTo(MAX_SQUARE_METRES) > 0) {
            throw new IllegalArgumentException("area must be at most " + MAX_SQUARE_METRES.toPlainString() + " m2");
        }
        squareMetres = canonical(squareMetres);
        if (squareMetres.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("area has at most " + MAX_SCALE + " decimal places, got "
                    + squareMetres.scale());
        }
    }

    /**
     * Obtains an area.
     *
     * @param squareMetres the area in square metres
     * @return the area
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is out of range, see {@link Area}
     */
    public static Area ofSquareMetres(BigDecimal squareMetres) {
        return new Area(squareMetres);
    }

    /**
     * Obtains an area from its decimal text, e.g. {@code "89.62"}.
     *
     * @param squareMetres the area in square metres, as decimal text
     * @return the area
     * @throws NullPointerException     if the text is null
     * @throws NumberFormatException    if the text is not a decimal number
     * @throws IllegalArgumentException if the value is out of range, see {@link Area}
     */
    public static Area parse(String squareMetres) {
        return new Area(new BigDecimal(Objects.requireNonNull(squareMetres, "squareMetres")));
    }

    /**
     * Returns a decimal without trailing zeros and with a scale of at least zero: the form used
     * for areas and area totals so that equal amounts are equal records.
     *
     * @param value a decimal
     * @return its canonical form
     */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public int compareTo(Area other) {
        return squareMetres.compareTo(other.squareMetres);
    }

    @Override
    public String toString() {
        return squareMetres.toPlainString() + " m2";
    }
}

package dev.aftersales.property;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A co-owner's share of a unit (按份共有), as a fraction in lowest terms: {@code 1/1} for a sole
 * owner, {@code 1/2} for one of two equal co-owners. The shares of one ownership add up to exactly
 * one ({@link #addUpToWhole}); fractions avoid the rounding of percentages (three equal co-owners
 * hold {@code 1/3} each).
 *
 * @param numerator   the numerator, 1 or more, at most the denominator
 * @param denominator the denominator, 1 to {@value #MAX_DENOMINATOR}
 */
public record Share(int numerator, int denominator) implements Comparable<Share> {

    /** The largest denominator accepted. */
    public static final int MAX_DENOMINATOR = 9999;

    /** The whole unit, {@code 1/1}. */
    public static final Share WHOLE = new Share(1, 1);

    /**
     * Creates a share, reduced to lowest terms.
     *
     * @throws IllegalArgumentException if the fraction is not in (0, 1] or the denominator is out of range
     */
    public Share {
        if (denominator < 1 || denominator > MAX_DENOMINATOR) {
            throw new IllegalArgumentException("share denominator must be 1.." + MAX_DENOMINATOR + ", got "
                    + denominator);
        }
        if (numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("share must be greater than 0 and at most 1, got " + numerator + "/"
                    + denominator);
        }
        int gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).intValue();
        numerator /= gcd;
        denominator /= gcd;
    }

    /**
     * Obtains a share.
     *
     * @param numerator   the numerator
     * @param denominator the denominator
     * @return the share in lowest terms
     * @throws IllegalArgumentException if the fraction is out of range
     */
    public static Share of(int numerator, int denominator) {
        return new Share(numerator, denominator);
    }

    /**
     * Obtains a share from its text, e.g. {@code "1/2"} ({@link PropertyFormats#SHARE}).
     *
     * @param text the fraction
     * @return the share
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is not a fraction in range
     */
    public static Share parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.matches(PropertyFormats.SHARE)) {
            throw new IllegalArgumentException("share must look like 1/2, got '" + text + "'");
        }
        int slash = text.indexOf('/');
        return new Share(Integer.parseInt(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
    }

    /** Parses a share, returning null instead of throwing when the text is not a share in range. */
    static Share tryParse(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Obtains the equal shares of several co-owners, {@code 1/count} each.
     *
     * @param count how many co-owners, 1 to {@value #MAX_DENOMINATOR}
     * @return {@code count} equal shares
     * @throws IllegalArgumentException if the count is out of range
     */
    public static List<Share> equalParts(int count) {
        Share each = new Share(1, count);
        return java.util.Collections.nCopies(count, each);
    }

    /**
     * Checks if shares add up to exactly one.
     *
     * @param shares the shares of one ownership
     * @return true if their exact sum is {@code 1}
     * @throws NullPointerException if the collection or a share is null
     */
    public static boolean addUpToWhole(Collection<Share> shares) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (Share s : shares) {
            BigInteger d = BigInteger.valueOf(s.denominator);
            num = num.multiply(d).add(BigInteger.valueOf(s.numerator).multiply(den));
            den = den.multiply(d);
            BigInteger gcd = num.gcd(den);
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
        return num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
    }

    @Override
    public int compareTo(Share other) {
        return Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
    }

    /** Returns the fraction, e.g. {@code 1/2}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

package dev.aftersales.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The one range of time the library accepts and every adapter stores exactly (rule IN-2): instants
 * from {@value #FIRST_TEXT} inclusive to {@value #END_TEXT} exclusive, and dates from 1970-01-01 to
 * 2199-12-31. The same for the memory store and for every JDBC dialect: the commitment tables hold
 * instants as nanoseconds in a {@code long} (up to 2262-04-11), the ticket tables as timestamps, and
 * the end leaves more than fifty years for the longest target a policy may set.
 *
 * <p>Commands check every instant and date they carry against it and refuse one outside with an
 * {@link InvalidCommandException} naming the field. Queries clamp their bounds to it instead: a
 * period from {@link Instant#MIN} to {@link Instant#MAX} finds what a period over the whole range
 * finds, on every adapter.
 */
public final class SupportedRange {

    /** The first supported instant, as text. */
    public static final String FIRST_TEXT = "1970-01-01T00:00:00Z";

    /** The first instant after the supported range, as text. */
    public static final String END_TEXT = "2200-01-01T00:00:00Z";

    /** The first supported instant, 1970-01-01T00:00:00Z. */
    public static final Instant FIRST = Instant.parse(FIRST_TEXT);

    /** The first instant after the supported range, 2200-01-01T00:00:00Z (exclusive). */
    public static final Instant END = Instant.parse(END_TEXT);

    /** The first supported date, 1970-01-01. */
    public static final LocalDate FIRST_DATE = LocalDate.ofInstant(FIRST, ZoneOffset.UTC);

    /** The last supported date, 2199-12-31. */
    public static final LocalDate LAST_DATE = LocalDate.ofInstant(END, ZoneOffset.UTC).minusDays(1);

    private SupportedRange() {
    }

    /**
     * Checks if an instant is in the supported range.
     *
     * @param instant the instant
     * @return true if {@code FIRST <= instant < END}
     * @throws NullPointerException if the instant is null
     */
    public static boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /**
     * Checks if a date is in the supported range.
     *
     * @param date the date
     * @return true if {@code FIRST_DATE <= date <= LAST_DATE}
     * @throws NullPointerException if the date is null
     */
    public static boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /**
     * Returns the nearest instant of {@code [FIRST, END]}: the bound of a query, clamped rather than
     * refused. {@link #END} itself is kept, so that a half-open period ending there covers the range.
     *
     * @param bound a query bound
     * @return the bound itself, {@link #FIRST} for an earlier one, or {@link #END} for a later one
     * @throws NullPointerException if the bound is null
     */
    public static Instant clamp(Instant bound) {
        Objects.requireNonNull(bound, "bound");
        if (bound.isBefore(FIRST)) {
            return FIRST;
        }
        return bound.isAfter(END) ? END : bound;
    }
}

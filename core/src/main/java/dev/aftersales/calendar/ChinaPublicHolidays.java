package dev.aftersales.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official public holidays and make-up working days (调休上班) of China (rule SL-1), from the
 * State Council General Office's yearly notices, shipped as one resource file per year,
 * {@code dev/aftersales/calendar/cn/<year>.txt} in the {@link CalendarFormat} ({@code overrides})
 * format, each with its source notes, covering its own year (rule SL-16) and
 * {@linkplain DayOverrides#extendsLayer() extending} {@value #ID}. The years 2020 to 2026 ship
 * with the library.
 *
 * <p>When the next notice appears (usually October to December of the year before), add the year
 * as data, without a release: load it ({@link CalendarFormat#parseOverrides(java.nio.file.Path)}
 * for the library's text format, {@link HolidayCnFormat#parseYear(java.nio.file.Path)} for a
 * holiday-cn JSON file) and hand it to {@link CalendarRegistry#addOfficialYear} (the registered
 * calendars get a new version and running commitments are recomputed, rule SL-14) or to
 * {@link BusinessCalendars#chinaOffice(DayOverrides...)}; or put a file
 * {@code dev/aftersales/calendar/cn/2027.txt} on the class path before start-up.
 *
 * <pre>{@code
 * DayOverrides y2027 = HolidayCnFormat.parseYear(Path.of("2027.json"));
 * DayOverrides official = ChinaPublicHolidays.allWith(y2027);   // covers 2020-01-01..2027-12-31
 * }</pre>
 */
public final class ChinaPublicHolidays {

    /** The id of the merged official calendar, as {@code include} lines name it. */
    public static final String ID = "cn-public-holidays";

    /** The first year probed for a resource file. */
    private static final int FIRST_YEAR = 2000;
    /** The last year probed for a resource file. */
    private static final int LAST_YEAR = 2100;

    private static final ConcurrentHashMap<Integer, Optional<DayOverrides>> YEARS = new ConcurrentHashMap<>();

    private ChinaPublicHolidays() {
    }

    private static final class All {
        static final DayOverrides VALUE = load();

        private static DayOverrides load() {
            DayOverrides merged = null;
            boolean first = true;
            for (int y : publishedYears()) {
                DayOverrides year = year(y).orElseThrow();
                merged = first ? year.withExtendsLayer(null).withId(ID) : merged.merge(year);
                first = false;
            }
            if (first) {
                throw new IllegalStateException("no official China calendar resource found");
            }
            return merged;
        }
    }

    /**
     * Gets the official exceptions of every published year, merged: coverage is the union of the
     * years (2020-01-01 to 2026-12-31 as shipped).
     *
     * @return the exceptions, id {@value #ID}
     * @throws CalendarFormatException if a resource file is malformed
     * @throws IllegalStateException   if no resource file is found
     */
    public static DayOverrides all() {
        return All.VALUE;
    }

    /**
     * Gets the official exceptions of every published year extended by more years (rule SL-16),
     * e.g. a year loaded from a file after the library was released: each governs the dates it
     * covers and lists ({@link DayOverrides#extendedBy}), and the coverage grows by theirs.
     *
     * @param extraYears the years to add, each covering its dates; each extends {@value #ID} or
     *                   declares no extended layer
     * @return the exceptions, id {@value #ID}
     * @throws NullPointerException     if a year is null
     * @throws IllegalArgumentException if a year declares no coverage or extends another layer
     */
    public static DayOverrides allWith(DayOverrides... extraYears) {
        DayOverrides out = all();
        for (DayOverrides y : extraYears) {
            out = out.extendedBy(asOfficialYear(y));
        }
        return out;
    }

    /**
     * Checks that a set of exceptions can be a year of the official calendar and returns it as an
     * extension of {@value #ID}.
     */
    static DayOverrides asOfficialYear(DayOverrides year) {
        java.util.Objects.requireNonNull(year, "year");
        if (year.extendsLayer().isPresent() && !year.extendsLayer().get().equals(ID)) {
            throw new IllegalArgumentException("overrides " + year.id() + " extends " + year.extendsLayer().get()
                    + ", not the official calendar " + ID);
        }
        if (year.coverage().isAll()) {
            throw new IllegalArgumentException("overrides " + year.id() + " declares no coverage: a year of the "
                    + "official calendar names the dates it covers (e.g. covers 2027-01-01 2027-12-31)");
        }
        return year.withExtendsLayer(ID);
    }

    /**
     * Gets the years for which a resource file is on the class path.
     *
     * @return the years, ascending
     */
    public static List<Integer> publishedYears() {
        List<Integer> out = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            if (ChinaPublicHolidays.class.getResource(resource(y)) != null) {
                out.add(y);
            }
        }
        return out;
    }

    /**
     * Gets the official exceptions of one year, as published.
     *
     * @param year the year
     * @return the year's exceptions (id {@code cn-public-holidays-<year>}), or empty if no file
     * @throws CalendarFormatException if the resource file is malformed
     */
    public static Optional<DayOverrides> year(int year) {
        return YEARS.computeIfAbsent(year, ChinaPublicHolidays::load);
    }

    /**
     * Gets the class-path resource name of a year's file.
     *
     * @param year the year
     * @return e.g. {@code /dev/aftersales/calendar/cn/2025.txt}
     */
    public static String resource(int year) {
        return "/dev/aftersales/calendar/cn/" + year + ".txt";
    }

    private static Optional<DayOverrides> load(int year) {
        String name = resource(year);
        InputStream in = ChinaPublicHolidays.class.getResourceAsStream(name);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(CalendarFormat.parseOverrides(name.substring(1), r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}

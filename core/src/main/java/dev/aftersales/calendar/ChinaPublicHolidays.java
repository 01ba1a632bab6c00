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
 * format, each with its source notes and covering its own year (rule SL-16). The years 2020 to
 * 2026 ship with the library. When the next notice appears (usually October to December of the
 * year before), put a file {@code dev/aftersales/calendar/cn/2027.txt} on the class path, or merge
 * a loaded file with {@link DayOverrides#merge}: data, no code change.
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
                merged = first ? year.withId(ID) : merged.merge(year);
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

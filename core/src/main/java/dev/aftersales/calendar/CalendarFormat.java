package dev.aftersales.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plain text format of calendars and of sets of dated exceptions (rule SL-1), documented in
 * {@code docs/calendars.md}. One statement per line: a keyword and its fields separated by blanks;
 * blank lines and lines starting with {@code #} are ignored; UTF-8.
 *
 * <pre>
 * calendar estate-42
 * zone Asia/Shanghai
 * hours MON-FRI 09:00-12:00 13:30-18:00
 * hours SAT 09:00-12:00
 * make-up-hours MON
 * include cn-public-holidays
 * layer estate-42-closures
 * closure 2025-03-01 Boiler maintenance
 * special 2025-12-31 09:00-12:00 New Year's Eve
 * </pre>
 *
 * <p>A set of exceptions starts with {@code overrides <id>} instead and holds only {@code source},
 * {@code covers}, {@code extends}, {@code holiday}, {@code closure}, {@code workday} and
 * {@code special} lines. {@code extends <id>} makes the layer an extension of an earlier one (a
 * new year of official holidays: {@code extends cn-public-holidays}) that adds its dates and its
 * coverage to it (rule SL-16); such a layer must have a {@code covers} line.
 *
 * <p>Adding next year's official holidays to a calendar file:
 * <pre>
 * include cn-public-holidays
 * layer cn-public-holidays-2027
 * extends cn-public-holidays
 * covers 2027-01-01 2027-12-31
 * holiday ...   (the dates of the State Council's notice)
 * </pre>
 *
 * <p>Dates lie between {@link BusinessCalendar#MIN_DATE} and {@link BusinessCalendar#MAX_DATE};
 * one line lists at most {@link DayOverrides#MAX_RANGE_DAYS} days.
 * Loading fails with a {@link CalendarFormatException} that names the source, the line and the
 * problem, in English ({@code getMessage()}) and in Chinese ({@code message(Locale)}, rule CP-2).
 * {@link #format(BusinessCalendar)} writes text that loads back to an equal calendar.
 */
public final class CalendarFormat {

    private CalendarFormat() {
    }

    /**
     * The default resolver of {@code include} lines: {@code cn-public-holidays} is
     * {@link ChinaPublicHolidays#all()}.
     *
     * @param id the included id
     * @return the exceptions, or empty if unknown
     */
    public static Optional<DayOverrides> builtIn(String id) {
        return ChinaPublicHolidays.ID.equals(id) ? Optional.of(ChinaPublicHolidays.all()) : Optional.empty();
    }

    /**
     * Loads a calendar from a UTF-8 file; {@code include} lines resolve with {@link #builtIn}.
     *
     * @param file the file
     * @return the calendar
     * @throws NullPointerException    if {@code file} is null
     * @throws UncheckedIOException    if the file cannot be read
     * @throws CalendarFormatException if the text is not a valid calendar
     */
    public static BusinessCalendar parseCalendar(Path file) {
        return parseCalendar(file, CalendarFormat::builtIn);
    }

    /**
     * Loads a calendar from a UTF-8 file, resolving {@code include} lines with a function.
     *
     * @param file     the file
     * @param includes finds the exceptions an {@code include} line names
     * @return the calendar
     * @throws NullPointerException    if an argument is null
     * @throws UncheckedIOException    if the file cannot be read
     * @throws CalendarFormatException if the text is not a valid calendar
     */
    public static BusinessCalendar parseCalendar(Path file, Function<String, Optional<DayOverrides>> includes) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseCalendar(file.toString(), r, includes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + file, e);
        }
    }

    /**
     * Loads a calendar from text.
     *
     * @param source   the name errors give for the text, e.g. a file name
     * @param text     the text
     * @param includes finds the exceptions an {@code include} line names
     * @return the calendar
     * @throws NullPointerException    if an argument is null
     * @throws UncheckedIOException    if the reader fails
     * @throws CalendarFormatException if the text is not a valid calendar
     */
    public static BusinessCalendar parseCalendar(String source, Reader text,
                                                 Function<String, Optional<DayOverrides>> includes) {
        Objects.requireNonNull(includes, "includes");
        return new CalendarParser(source, lines(source, text), includes).calendar();
    }

    /**
     * Loads a calendar from text, resolving {@code include} lines with {@link #builtIn}.
     *
     * @param source the name errors give for the text
     * @param text   the text
     * @return the calendar
     * @throws NullPointerException    if an argument is null
     * @throws CalendarFormatException if the text is not a valid calendar
     */
    public static BusinessCalendar parseCalendar(String source, String text) {
        return parseCalendar(source, new StringReader(Objects.requireNonNull(text, "text")), CalendarFormat::builtIn);
    }

    /**
     * Loads a set of exceptions ({@code overrides <id>} file) from a UTF-8 file.
     *
     * @param file the file
     * @return the exceptions
     * @throws NullPointerException    if {@code file} is null
     * @throws UncheckedIOException    if the file cannot be read
     * @throws CalendarFormatException if the text is not a valid set of exceptions
     */
    public static DayOverrides parseOverrides(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseOverrides(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + file, e);
        }
    }

    /**
     * Loads a set of exceptions ({@code overrides <id>} text).
     *
     * @param source the name errors give for the text
     * @param text   the text
     * @return the exceptions
     * @throws NullPointerException    if an argument is null
     * @throws UncheckedIOException    if the reader fails
     * @throws CalendarFormatException if the text is not a valid set of exceptions
     */
    public static DayOverrides parseOverrides(String source, Reader text) {
        return new CalendarParser(source, lines(source, text), id -> Optional.empty()).overrides();
    }

    private static List<String> lines(String source, Reader text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        try {
            List<String> out = new ArrayList<>();
            BufferedReader br = text instanceof BufferedReader b ? b : new BufferedReader(text);
            for (String line = br.readLine(); line != null; line = br.readLine()) {
                out.add(out.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar text " + source, e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------

    /**
     * Writes a calendar as text that {@link #parseCalendar} loads back to an equal calendar; every
     * layer is written out with a {@code layer} line.
     *
     * @param calendar the calendar
     * @return the text, lines ending in {@code \n}
     * @throws NullPointerException if {@code calendar} is null
     */
    public static String format(BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        StringBuilder sb = new StringBuilder();
        sb.append("calendar ").append(calendar.id()).append('\n');
        if (!calendar.version().equals(calendar.fingerprint())) {
            sb.append("version ").append(calendar.version()).append('\n');
        }
        if (calendar.strict()) {
            sb.append("strict true\n");
        }
        sb.append(canonicalData(calendar));
        return sb.toString();
    }

    /** The calendar's data without id, version and strictness: what its fingerprint hashes. */
    static String canonicalData(BusinessCalendar calendar) {
        StringBuilder sb = new StringBuilder();
        sb.append("zone ").append(calendar.zone().getId()).append('\n');
        calendar.weeklyPattern().days().forEach((day, hours) ->
                sb.append("hours ").append(day(day)).append(' ').append(hours).append('\n'));
        sb.append("make-up-hours ").append(day(calendar.makeUpHoursOf())).append('\n');
        for (DayOverrides layer : calendar.overrideLayers()) {
            sb.append("layer ").append(layer.id()).append('\n');
            body(sb, layer);
        }
        return sb.toString();
    }

    /**
     * Writes a set of exceptions as text that {@link #parseOverrides} loads back to an equal set;
     * runs of days off with the same name are written as date ranges.
     *
     * @param overrides the exceptions
     * @return the text, lines ending in {@code \n}
     * @throws NullPointerException if {@code overrides} is null
     */
    public static String format(DayOverrides overrides) {
        Objects.requireNonNull(overrides, "overrides");
        StringBuilder sb = new StringBuilder("overrides ").append(overrides.id()).append('\n');
        body(sb, overrides);
        return sb.toString();
    }

    private static void body(StringBuilder sb, DayOverrides layer) {
        for (String s : layer.sources()) {
            sb.append("source ").append(s).append('\n');
        }
        layer.extendsLayer().ifPresent(base -> sb.append("extends ").append(base).append('\n'));
        if (!layer.coverage().isAll()) {
            if (layer.coverage().ranges().isEmpty()) {
                sb.append("covers none\n");
            }
            for (DateRange r : layer.coverage().ranges()) {
                sb.append("covers ").append(r.first()).append(' ').append(r.last()).append('\n');
            }
        }
        List<DayOverride> entries = layer.entries();
        for (int i = 0; i < entries.size(); i++) {
            DayOverride o = entries.get(i);
            if (o instanceof DayOff off) {
                int j = i;
                while (j + 1 < entries.size() && entries.get(j + 1) instanceof DayOff next
                        && next.kind() == off.kind() && next.name().equals(off.name())
                        && next.date().equals(entries.get(j).date().plusDays(1))) {
                    j++;
                }
                sb.append(off.kind() == DayOffKind.PUBLIC_HOLIDAY ? "holiday " : "closure ")
                        .append(DateRange.of(off.date(), entries.get(j).date())).append(' ').append(off.name()).append('\n');
                i = j;
            } else if (o instanceof MakeUpWorkday m) {
                sb.append("workday ").append(m.date());
                m.hoursOf().ifPresent(d -> sb.append(" like ").append(day(d)));
                sb.append(m.name().isEmpty() ? "" : " " + m.name()).append('\n');
            } else {
                SpecialHours sh = (SpecialHours) o;
                sb.append("special ").append(sh.date()).append(' ').append(sh.hours())
                        .append(sh.name().isEmpty() ? "" : " " + sh.name()).append('\n');
            }
        }
    }

    static String day(DayOfWeek d) {
        return d.name().substring(0, 3);
    }
}

package dev.aftersales.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the text of {@link CalendarFormat}, line by line, keeping the line of every statement so
 * that each error names the source, the line and the problem.
 */
final class CalendarParser {

    private static final Pattern PERIOD = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?-\\d\\d:\\d\\d(:\\d\\d)?");
    private static final Set<String> OVERRIDE_KEYWORDS = Set.of("source", "covers", "extends", "holiday", "closure",
            "workday", "special");

    private final String source;
    private final List<String> lines;
    private final Function<String, Optional<DayOverrides>> includes;

    private int lineNo;
    private String id;
    private int headerLine;
    private ZoneId zone;
    private String version;
    private boolean strict;
    private DayOfWeek makeUpHoursOf = DayOfWeek.MONDAY;
    private final EnumMap<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
    private final EnumMap<DayOfWeek, Integer> hoursLine = new EnumMap<>(DayOfWeek.class);
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Object> layers = new ArrayList<>();
    private final List<Integer> layerLines = new ArrayList<>();
    private Layer current;

    /** A layer being read: its builder, and the line of each date's exception. */
    private static final class Layer {
        final DayOverrides.Builder builder;
        final Map<LocalDate, Integer> dateLines = new HashMap<>();
        final Map<LocalDate, DayOverride> entries = new HashMap<>();
        String extendsLayer;
        int extendsLine;

        Layer(String id) {
            builder = DayOverrides.builder(id);
        }
    }

    CalendarParser(String source, List<String> lines, Function<String, Optional<DayOverrides>> includes) {
        this.source = source;
        this.lines = lines;
        this.includes = includes;
    }

    private CalendarFormatException error(String problem) {
        return new CalendarFormatException(source, lineNo, problem, null);
    }

    private CalendarFormatException error(String problem, Throwable cause) {
        return new CalendarFormatException(source, lineNo, problem, cause);
    }

    BusinessCalendar calendar() {
        read("calendar");
        lineNo = headerLine;
        if (zone == null) {
            throw error("calendar " + id + " has no 'zone' line");
        }
        if (hours.isEmpty()) {
            throw error("calendar " + id + " has no 'hours' line");
        }
        WeeklyPattern pattern = WeeklyPattern.of(hours);
        BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone).weekly(pattern).makeUpHoursOf(makeUpHoursOf)
                .strict(strict).version(version);
        List<DayOverrides> ordinary = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Object l = layers.get(i);
            lineNo = layerLines.get(i);
            DayOverrides built = l instanceof Layer layer ? build(layer) : (DayOverrides) l;
            List<String> below = ordinary.stream().map(DayOverrides::id).toList();
            if (built.extendsLayer().isPresent() && !below.contains(built.extendsLayer().get())) {
                if (l instanceof Layer layer) {
                    lineNo = layer.extendsLine;
                }
                throw error("layer " + built.id() + " extends " + built.extendsLayer().get()
                        + ", which is not among the layers before it " + below
                        + " (e.g. put 'include " + built.extendsLayer().get() + "' before it)");
            }
            if (built.extendsLayer().isPresent()) {
                for (int k = ordinary.size() - 1; k >= 0; k--) {
                    if (ordinary.get(k).id().equals(built.extendsLayer().get())) {
                        ordinary.set(k, ordinary.get(k).extendedBy(built));
                        break;
                    }
                }
            } else {
                String problem = BusinessCalendar.disjointLayer(ordinary, built);
                if (problem != null) {
                    throw error(problem);
                }
                ordinary.add(built);
            }
            for (DayOverride o : built.entries()) {
                if (o instanceof MakeUpWorkday m && pattern.hoursOn(m.hoursOf().orElse(makeUpHoursOf)).isEmpty()) {
                    if (l instanceof Layer layer) {
                        lineNo = layer.dateLines.get(m.date());
                    }
                    throw error("make-up working day " + m.date() + " takes the hours of "
                            + m.hoursOf().orElse(makeUpHoursOf) + ", which has none");
                }
            }
            b.overrides(built);
        }
        lineNo = headerLine;
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), e);
        }
    }

    DayOverrides overrides() {
        read("overrides");
        lineNo = headerLine;
        return build(current);
    }

    /** Builds a layer read from the text; an extension without coverage fails on its 'extends' line. */
    private DayOverrides build(Layer layer) {
        try {
            return layer.builder.build();
        } catch (IllegalArgumentException e) {
            if (layer.extendsLine > 0) {
                lineNo = layer.extendsLine;
            }
            throw error(e.getMessage(), e);
        }
    }

    private void read(String kind) {
        for (int i = 0; i < lines.size(); i++) {
            lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kw = line.split("\\s+", 2);
            String keyword = kw[0].toLowerCase(Locale.ROOT);
            String rest = kw.length > 1 ? kw[1].strip() : "";
            if (id == null) {
                if (!keyword.equals(kind)) {
                    throw error("the first statement must be '" + kind + " <id>', got '" + kw[0] + "'");
                }
                id = word(rest, kind + " id");
                headerLine = lineNo;
                try {
                    current = kind.equals("overrides") ? new Layer(id) : null;
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage(), e);
                }
                checkId();
                continue;
            }
            if (kind.equals("overrides") && !OVERRIDE_KEYWORDS.contains(keyword)) {
                throw error("'" + kw[0] + "' is not allowed in an overrides file (allowed: " + OVERRIDE_KEYWORDS + ")");
            }
            try {
                statement(keyword, kw[0], rest);
            } catch (CalendarFormatException e) {
                throw e;
            } catch (IllegalArgumentException | DateTimeException e) {
                throw error(e.getMessage(), e);
            }
        }
        if (id == null) {
            lineNo = Math.max(1, lines.size());
            throw error("empty: the first statement must be '" + kind + " <id>'");
        }
    }

    private void checkId() {
        try {
            dev.aftersales.common.Identifiers.requireValid(id, id);
        } catch (IllegalArgumentException e) {
            throw error("bad id: " + e.getMessage(), e);
        }
    }

    private void once(String keyword) {
        Integer before = seen.putIfAbsent(keyword, lineNo);
        if (before != null) {
            throw error("'" + keyword + "' appears twice (also on line " + before + ")");
        }
    }

    private void statement(String keyword, String original, String rest) {
        switch (keyword) {
            case "zone" -> {
                once(keyword);
                zone = ZoneId.of(word(rest, "zone"));
            }
            case "version" -> {
                once(keyword);
                version = word(rest, "version");
            }
            case "strict" -> {
                once(keyword);
                String v = word(rest, "strict");
                if (!v.equals("true") && !v.equals("false")) {
                    throw error("strict is 'true' or 'false', got '" + v + "'");
                }
                strict = v.equals("true");
            }
            case "make-up-hours" -> {
                once(keyword);
                makeUpHoursOf = weekday(word(rest, "make-up-hours weekday"));
            }
            case "hours" -> hours(rest);
            case "include" -> {
                String ref = word(rest, "include id");
                DayOverrides found = includes.apply(ref)
                        .orElseThrow(() -> error("unknown exceptions '" + ref + "' to include"));
                layers.add(found);
                layerLines.add(lineNo);
                current = null;
            }
            case "layer" -> startLayer(word(rest, "layer id"));
            case "source" -> layer().builder.source(required(rest, "source note"));
            case "covers" -> covers(rest);
            case "extends" -> extendsLayer(word(rest, "extended layer id"));
            case "holiday", "closure" -> daysOff(keyword, rest);
            case "workday" -> workday(rest);
            case "special" -> special(rest);
            default -> throw error("unknown statement '" + original + "'");
        }
    }

    private void startLayer(String layerId) {
        current = new Layer(layerId);
        layers.add(current);
        layerLines.add(lineNo);
    }

    private Layer layer() {
        if (current == null) {
            startLayer(id);
        }
        return current;
    }

    private void hours(String rest) {
        String[] parts = rest.split("\\s+", 2);
        if (rest.isEmpty()) {
            throw error("'hours' needs weekdays and periods, e.g. 'hours MON-FRI 09:00-12:00 13:30-18:00'");
        }
        Set<DayOfWeek> days = weekdays(parts[0]);
        WorkingHours h = WorkingHours.parse(parts.length > 1 ? parts[1] : "");
        for (DayOfWeek d : days) {
            Integer before = hoursLine.putIfAbsent(d, lineNo);
            if (before != null) {
                throw error(d + " already has hours (line " + before + ")");
            }
            hours.put(d, h);
        }
    }

    private void covers(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts.length == 1 && parts[0].equals("none")) {
            return;
        }
        DateRange r = parts.length == 2 ? DateRange.of(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]))
                : parts.length == 1 ? DateRange.parse(parts[0]) : null;
        if (r == null) {
            throw error("'covers' takes a first and a last date, e.g. 'covers 2025-01-01 2025-12-31'");
        }
        supported(r);
        layer().builder.covers(r.first(), r.last());
    }

    private void extendsLayer(String layerId) {
        Layer l = layer();
        if (l.extendsLayer != null) {
            throw error("layer already extends " + l.extendsLayer + " (line " + l.extendsLine + ")");
        }
        l.builder.extendsLayer(layerId);
        l.extendsLayer = layerId;
        l.extendsLine = lineNo;
    }

    /** Refuses dates no calendar computes on, and ranges of days too long to list one by one. */
    private DateRange supported(DateRange r) {
        for (LocalDate d : List.of(r.first(), r.last())) {
            if (d.isBefore(BusinessCalendar.MIN_DATE) || d.isAfter(BusinessCalendar.MAX_DATE)) {
                throw error("date " + d + " is outside the supported dates " + BusinessCalendar.MIN_DATE + ".."
                        + BusinessCalendar.MAX_DATE);
            }
        }
        return r;
    }

    private DateRange days(String text) {
        DateRange r = supported(DateRange.parse(text));
        return DayOverrides.boundedRange(r.first(), r.last());
    }

    private void daysOff(String keyword, String rest) {
        String[] parts = rest.split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            throw error("'" + keyword + "' takes a date or date range and a name, e.g. '" + keyword
                    + " 2025-01-28..2025-02-04 春节'");
        }
        DateRange r = days(parts[0]);
        for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
            add(keyword.equals("holiday") ? DayOff.holiday(d, parts[1].strip()) : DayOff.closure(d, parts[1].strip()));
        }
    }

    private void workday(String rest) {
        String[] parts = rest.split("\\s+", 2);
        if (parts[0].isEmpty()) {
            throw error("'workday' takes a date or date range, e.g. 'workday 2025-01-26 春节'");
        }
        DateRange r = days(parts[0]);
        String tail = parts.length > 1 ? parts[1].strip() : "";
        Optional<DayOfWeek> like = Optional.empty();
        String[] t = tail.split("\\s+", 3);
        if (t[0].equalsIgnoreCase("like")) {
            if (t.length < 2) {
                throw error("'like' needs a weekday, e.g. 'workday 2025-01-26 like FRI'");
            }
            like = Optional.of(weekday(t[1]));
            tail = t.length > 2 ? t[2].strip() : "";
        }
        for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
            add(new MakeUpWorkday(d, like, tail));
        }
    }

    private void special(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts[0].isEmpty()) {
            throw error("'special' takes a date and periods, e.g. 'special 2025-12-31 09:00-12:00 除夕'");
        }
        LocalDate date = supported(DateRange.parse(parts[0])).first();
        if (parts[0].contains("..")) {
            throw error("'special' takes one date, got '" + parts[0] + "'");
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        int i = 1;
        while (i < parts.length && PERIOD.matcher(parts[i]).matches()) {
            periods.add(WorkingPeriod.parse(parts[i]));
            i++;
        }
        if (periods.isEmpty()) {
            throw error("'special' needs at least one period HH:MM-HH:MM after the date");
        }
        String name = String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length));
        add(new SpecialHours(date, new WorkingHours(periods), name));
    }

    private void add(DayOverride o) {
        Layer l = layer();
        Integer before = l.dateLines.get(o.date());
        if (before != null) {
            throw error(o.date() + " already has an exception on line " + before + " ("
                    + DayOverrides.describe(l.entries.get(o.date())) + "); it cannot also be a "
                    + DayOverrides.describe(o));
        }
        l.builder.add(o);
        l.dateLines.put(o.date(), lineNo);
        l.entries.put(o.date(), o);
    }

    private String word(String rest, String what) {
        if (rest.isEmpty() || rest.split("\\s+").length != 1) {
            throw error("expected one " + what + ", got '" + rest + "'");
        }
        return rest;
    }

    private String required(String rest, String what) {
        if (rest.isEmpty()) {
            throw error("missing " + what);
        }
        return rest;
    }

    private Set<DayOfWeek> weekdays(String spec) {
        String s = spec.toUpperCase(Locale.ROOT);
        if (s.equals("DAILY")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String item : s.split(",")) {
            int dash = item.indexOf('-');
            if (dash < 0) {
                out.add(weekday(item));
            } else {
                DayOfWeek from = weekday(item.substring(0, dash));
                DayOfWeek to = weekday(item.substring(dash + 1));
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    out.add(d);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private DayOfWeek weekday(String text) {
        String s = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(s) || d.name().substring(0, 3).equals(s)) {
                return d;
            }
        }
        throw error("not a weekday: '" + text + "' (MON, TUE, WED, THU, FRI, SAT, SUN)");
    }
}

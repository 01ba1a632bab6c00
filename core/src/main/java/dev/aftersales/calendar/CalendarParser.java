package dev.aftersales.calendar;

import dev.aftersales.common.Identifiers;
import dev.aftersales.common.LocalizedMessage;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
 * that each error names the source, the line and the problem, in English and Chinese (rule CP-2).
 * A problem another exception reports keeps that exception's English message; its Chinese one is
 * the exception's own where it is a {@link LocalizedMessage}, else a sentence naming what was
 * expected, with the exception as the cause.
 */
final class CalendarParser {

    private static final Pattern PERIOD = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?-\\d\\d:\\d\\d(:\\d\\d)?");
    /** The statements of an overrides file, in the order its error message lists them. */
    private static final List<String> OVERRIDE_KEYWORDS = List.of("source", "covers", "extends", "holiday", "closure",
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
        final String id;
        final DayOverrides.Builder builder;
        final Map<LocalDate, Integer> dateLines = new HashMap<>();
        final Map<LocalDate, DayOverride> entries = new HashMap<>();
        String extendsLayer;
        int extendsLine;

        Layer(String id) {
            this.id = id;
            builder = DayOverrides.builder(id);
        }
    }

    CalendarParser(String source, List<String> lines, Function<String, Optional<DayOverrides>> includes) {
        this.source = source;
        this.lines = lines;
        this.includes = includes;
    }

    private CalendarFormatException error(String problem, String chineseProblem) {
        return error(problem, chineseProblem, null);
    }

    private CalendarFormatException error(String problem, String chineseProblem, Throwable cause) {
        return new CalendarFormatException(source, lineNo, 0, problem, chineseProblem, cause);
    }

    /**
     * The problem another exception reports: its English message, and its Chinese one where it
     * gives one, else {@code chineseProblem}.
     */
    private CalendarFormatException error(RuntimeException e, String chineseProblem) {
        String chinese = e instanceof LocalizedMessage m ? m.message(Locale.SIMPLIFIED_CHINESE) : chineseProblem;
        return error(e.getMessage(), chinese, e);
    }

    /** Says in Chinese what {@link Identifiers} wants of an identifier, e.g. a layer id. */
    private static String badId(String what, String text) {
        return what + "须由 1 至 " + Identifiers.MAX_LENGTH + " 个 [A-Za-z0-9._:-] 中的字符组成，实际有 " + text.length()
                + " 个字符";
    }

    BusinessCalendar calendar() {
        read("calendar");
        lineNo = headerLine;
        if (zone == null) {
            throw error("calendar " + id + " has no 'zone' line", "日历 " + id + " 缺少 'zone' 行");
        }
        if (hours.isEmpty()) {
            throw error("calendar " + id + " has no 'hours' line", "日历 " + id + " 缺少 'hours' 行");
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
                String base = built.extendsLayer().get();
                throw error("layer " + built.id() + " extends " + base + ", which is not among the layers before it "
                        + below + " (e.g. put 'include " + base + "' before it)", "层 " + built.id() + " 扩展了 " + base
                        + "，但 " + base + " 不在该层之前的层 " + below + " 中（例如在该层之前写 'include " + base + "'）");
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
                    throw error(problem, BusinessCalendar.disjointLayer(ordinary, built, Locale.SIMPLIFIED_CHINESE));
                }
                ordinary.add(built);
            }
            for (DayOverride o : built.entries()) {
                if (o instanceof MakeUpWorkday m && pattern.hoursOn(m.hoursOf().orElse(makeUpHoursOf)).isEmpty()) {
                    if (l instanceof Layer layer) {
                        lineNo = layer.dateLines.get(m.date());
                    }
                    DayOfWeek like = m.hoursOf().orElse(makeUpHoursOf);
                    throw error("make-up working day " + m.date() + " takes the hours of " + like + ", which has none",
                            "调休上班日 " + m.date() + " 按" + Messages.weekdayZh(like) + "的工作时间上班，但"
                                    + Messages.weekdayZh(like) + "没有工作时间");
                }
            }
            b.overrides(built);
        }
        lineNo = headerLine;
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(e, "无法建立日历 " + id);
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
            throw error(e, "无法建立例外日期集 " + layer.id);
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
                    throw error("the first statement must be '" + kind + " <id>', got '" + kw[0] + "'",
                            "第一条语句必须是 '" + kind + " <id>'，实际是 '" + kw[0] + "'");
                }
                id = word(rest, kind + " id", kind.equals("overrides") ? "例外日期集编号" : "日历编号");
                headerLine = lineNo;
                current = kind.equals("overrides") ? newLayer(id) : null;
                checkId();
                continue;
            }
            if (kind.equals("overrides") && !OVERRIDE_KEYWORDS.contains(keyword)) {
                throw error("'" + kw[0] + "' is not allowed in an overrides file (allowed: " + OVERRIDE_KEYWORDS + ")",
                        "例外日期集文件中不允许使用 '" + kw[0] + "'（允许：" + OVERRIDE_KEYWORDS + "）");
            }
            try {
                statement(keyword, kw[0], rest);
            } catch (CalendarFormatException e) {
                throw e;
            } catch (IllegalArgumentException | DateTimeException e) {
                throw error(e, "无法读取 '" + kw[0] + "' 语句：'" + rest + "'");
            }
        }
        if (id == null) {
            lineNo = Math.max(1, lines.size());
            throw error("empty: the first statement must be '" + kind + " <id>'",
                    "内容为空：第一条语句必须是 '" + kind + " <id>'");
        }
    }

    private void checkId() {
        try {
            Identifiers.requireValid(id, id);
        } catch (IllegalArgumentException e) {
            throw error("bad id: " + e.getMessage(), badId("编号有误：'" + id + "' ", id), e);
        }
    }

    private void once(String keyword) {
        Integer before = seen.putIfAbsent(keyword, lineNo);
        if (before != null) {
            throw error("'" + keyword + "' appears twice (also on line " + before + ")",
                    "'" + keyword + "' 出现了两次（另见第 " + before + " 行）");
        }
    }

    private void statement(String keyword, String original, String rest) {
        switch (keyword) {
            case "zone" -> {
                once(keyword);
                zone = zone(word(rest, "zone", "时区"));
            }
            case "version" -> {
                once(keyword);
                version = word(rest, "version", "版本");
            }
            case "strict" -> {
                once(keyword);
                String v = word(rest, "strict", "strict 取值");
                if (!v.equals("true") && !v.equals("false")) {
                    throw error("strict is 'true' or 'false', got '" + v + "'", "strict 须为 'true' 或 'false'，实际是 '" + v + "'");
                }
                strict = v.equals("true");
            }
            case "make-up-hours" -> {
                once(keyword);
                makeUpHoursOf = weekday(word(rest, "make-up-hours weekday", "星期（如 SAT）"));
            }
            case "hours" -> hours(rest);
            case "include" -> {
                String ref = word(rest, "include id", "要引入的例外日期集编号");
                DayOverrides found = includes.apply(ref).orElseThrow(() -> error("unknown exceptions '" + ref
                        + "' to include", "没有可引入的例外日期集 '" + ref + "'"));
                layers.add(found);
                layerLines.add(lineNo);
                current = null;
            }
            case "layer" -> startLayer(word(rest, "layer id", "层编号"));
            case "source" -> layer().builder.source(required(rest, "source note", "来源说明"));
            case "covers" -> covers(rest);
            case "extends" -> extendsLayer(word(rest, "extended layer id", "被扩展的层编号"));
            case "holiday", "closure" -> daysOff(keyword, rest);
            case "workday" -> workday(rest);
            case "special" -> special(rest);
            default -> throw error("unknown statement '" + original + "'", "未知的语句 '" + original + "'");
        }
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw error(e, "'zone' 须为时区编号，例如 'Asia/Shanghai' 或 'UTC'，实际是 '" + text + "'");
        }
    }

    private Layer newLayer(String layerId) {
        try {
            return new Layer(layerId);
        } catch (IllegalArgumentException e) {
            throw error(e, badId("例外日期集编号", layerId));
        }
    }

    private void startLayer(String layerId) {
        current = newLayer(layerId);
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
            throw error("'hours' needs weekdays and periods, e.g. 'hours MON-FRI 09:00-12:00 13:30-18:00'",
                    "'hours' 需要星期（如 MON-FRI）和工作时段，例如 'hours MON-FRI 09:00-12:00 13:30-18:00'");
        }
        Set<DayOfWeek> days = weekdays(parts[0]);
        WorkingHours h = WorkingHours.parse(parts.length > 1 ? parts[1] : "");
        for (DayOfWeek d : days) {
            Integer before = hoursLine.putIfAbsent(d, lineNo);
            if (before != null) {
                throw error(d + " already has hours (line " + before + ")",
                        Messages.weekdayZh(d) + "已有工作时间（第 " + before + " 行）");
            }
            hours.put(d, h);
        }
    }

    private void covers(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts.length == 1 && parts[0].equals("none")) {
            return;
        }
        DateRange r = parts.length == 2 ? DateRange.of(date(parts[0]), date(parts[1]))
                : parts.length == 1 ? DateRange.parse(parts[0]) : null;
        if (r == null) {
            throw error("'covers' takes a first and a last date, e.g. 'covers 2025-01-01 2025-12-31'",
                    "'covers' 需要首日和末日，例如 'covers 2025-01-01 2025-12-31'");
        }
        supported(r);
        layer().builder.covers(r.first(), r.last());
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(e, "'covers' 的日期须写作 yyyy-MM-dd，例如 'covers 2025-01-01 2025-12-31'，实际是 '" + text + "'");
        }
    }

    private void extendsLayer(String layerId) {
        Layer l = layer();
        if (l.extendsLayer != null) {
            throw error("layer already extends " + l.extendsLayer + " (line " + l.extendsLine + ")",
                    "该层已扩展 " + l.extendsLayer + "（第 " + l.extendsLine + " 行）");
        }
        try {
            l.builder.extendsLayer(layerId);
        } catch (IllegalArgumentException e) {
            throw error(e, badId("被扩展的层编号", layerId));
        }
        l.extendsLayer = layerId;
        l.extendsLine = lineNo;
    }

    /** Refuses dates no calendar computes on, and ranges of days too long to list one by one. */
    private DateRange supported(DateRange r) {
        for (LocalDate d : List.of(r.first(), r.last())) {
            if (d.isBefore(BusinessCalendar.MIN_DATE) || d.isAfter(BusinessCalendar.MAX_DATE)) {
                throw error("date " + d + " is outside the supported dates " + BusinessCalendar.MIN_DATE + ".."
                        + BusinessCalendar.MAX_DATE, "日期 " + d + " 超出支持的日期范围 " + BusinessCalendar.MIN_DATE + ".."
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
                    + " 2025-01-28..2025-02-04 春节'", "'" + keyword + "' 需要日期或日期范围以及名称，例如 '" + keyword
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
            throw error("'workday' takes a date or date range, e.g. 'workday 2025-01-26 春节'",
                    "'workday' 需要日期或日期范围，例如 'workday 2025-01-26 春节'");
        }
        DateRange r = days(parts[0]);
        String tail = parts.length > 1 ? parts[1].strip() : "";
        Optional<DayOfWeek> like = Optional.empty();
        String[] t = tail.split("\\s+", 3);
        if (t[0].equalsIgnoreCase("like")) {
            if (t.length < 2) {
                throw error("'like' needs a weekday, e.g. 'workday 2025-01-26 like FRI'",
                        "'like' 后面需要星期（如 FRI），例如 'workday 2025-01-26 like FRI'");
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
            throw error("'special' takes a date and periods, e.g. 'special 2025-12-31 09:00-12:00 除夕'",
                    "'special' 需要日期和工作时段，例如 'special 2025-12-31 09:00-12:00 除夕'");
        }
        LocalDate date = supported(DateRange.parse(parts[0])).first();
        if (parts[0].contains("..")) {
            throw error("'special' takes one date, got '" + parts[0] + "'",
                    "'special' 只能用于一个日期，实际是 '" + parts[0] + "'");
        }
        List<WorkingPeriod> periods = new ArrayList<>();
        int i = 1;
        while (i < parts.length && PERIOD.matcher(parts[i]).matches()) {
            periods.add(WorkingPeriod.parse(parts[i]));
            i++;
        }
        if (periods.isEmpty()) {
            throw error("'special' needs at least one period HH:MM-HH:MM after the date",
                    "'special' 的日期之后至少需要一个工作时段 HH:MM-HH:MM");
        }
        String name = String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length));
        add(new SpecialHours(date, new WorkingHours(periods), name));
    }

    private void add(DayOverride o) {
        Layer l = layer();
        Integer before = l.dateLines.get(o.date());
        if (before != null) {
            DayOverride earlier = l.entries.get(o.date());
            throw error(o.date() + " already has an exception on line " + before + " ("
                    + DayOverrides.describe(earlier) + "); it cannot also be a " + DayOverrides.describe(o),
                    o.date() + " 在第 " + before + " 行已有例外（" + DayOverrides.describeZh(earlier) + "），不能再设为"
                    + DayOverrides.describeZh(o));
        }
        l.builder.add(o);
        l.dateLines.put(o.date(), lineNo);
        l.entries.put(o.date(), o);
    }

    private String word(String rest, String what, String whatZh) {
        if (rest.isEmpty() || rest.split("\\s+").length != 1) {
            throw error("expected one " + what + ", got '" + rest + "'", "应为一个" + (whatZh.matches("^[A-Za-z].*") ? " " : "") + whatZh + "，实际是 '" + rest + "'");
        }
        return rest;
    }

    private String required(String rest, String what, String whatZh) {
        if (rest.isEmpty()) {
            throw error("missing " + what, "缺少" + whatZh);
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
        throw error("not a weekday: '" + text + "' (MON, TUE, WED, THU, FRI, SAT, SUN)",
                "不是有效的星期：'" + text + "'（应为 MON、TUE、WED、THU、FRI、SAT、SUN）");
    }
}

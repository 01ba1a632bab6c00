package dev.aftersales.calendar;

import dev.aftersales.common.json.JsonReader;
import dev.aftersales.common.json.JsonSyntaxException;
import dev.aftersales.common.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads one year of official Chinese holidays (rule SL-1) from the yearly JSON files of the
 * community dataset NateScarlet/holiday-cn, so that a newly published year can be added without
 * a release of the library (rule SL-14):
 *
 * <pre>
 * {"year": 2027,
 *  "papers": ["https://www.gov.cn/..."],
 *  "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}
 * </pre>
 *
 * <p>A day with {@code "isOffDay": true} is a public holiday, one with {@code false} a make-up
 * working day (调休上班) worked with the calendar's make-up hours. The result is a set of
 * exceptions with id {@code cn-public-holidays-<year>}, covering that year (rule SL-16),
 * {@linkplain DayOverrides#extendsLayer() extending} {@value ChinaPublicHolidays#ID}, with a source
 * note naming the dataset and one per paper (the notice's address). Hand it to
 * {@link CalendarRegistry#addOfficialYear}, {@link BusinessCalendars#chinaOffice(DayOverrides...)}
 * or {@link BusinessCalendar#withOverrides}:
 *
 * <pre>{@code
 * DayOverrides y2027 = HolidayCnFormat.parseYear(Path.of("holiday-cn/2027.json"));
 * registry.addOfficialYear(y2027);          // running commitments on it are recomputed (SL-14)
 * }</pre>
 *
 * <p>Reading is strict: the text must be valid JSON (RFC 8259), the top level an object with a
 * whole-number {@code year} between 1 and 9999, an optional array of strings {@code papers} and a
 * non-empty array {@code days} of objects with exactly {@code name} (a non-empty string),
 * {@code date} ({@code yyyy-MM-dd}, in the year or the one before or after) and
 * {@code isOffDay} (a boolean); members whose names start with {@code $} ({@code $schema},
 * {@code $id}) are ignored, any other member is an error, and so is a date listed twice. An
 * empty {@code days} array is refused: the dataset publishes an empty file for a year before the
 * State Council's notice, and loading it would claim that the year has no holidays. Every problem
 * is a {@link CalendarFormatException} naming the source, the line and the column.
 */
public final class HolidayCnFormat {

    private static final Set<String> DAY_MEMBERS = Set.of("name", "date", "isOffDay");

    private HolidayCnFormat() {
    }

    /**
     * Loads a year from a UTF-8 file.
     *
     * @param file the file, e.g. {@code 2027.json}
     * @return the year's exceptions, id {@code cn-public-holidays-<year>}
     * @throws NullPointerException    if {@code file} is null
     * @throws UncheckedIOException    if the file cannot be read
     * @throws CalendarFormatException if the text is not a valid holiday-cn year
     */
    public static DayOverrides parseYear(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseYear(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday file " + file, e);
        }
    }

    /**
     * Loads a year from text.
     *
     * @param source the name errors give for the text, e.g. a file name
     * @param text   the JSON text; read to its end, not closed
     * @return the year's exceptions, id {@code cn-public-holidays-<year>}
     * @throws NullPointerException    if an argument is null
     * @throws UncheckedIOException    if the reader fails
     * @throws CalendarFormatException if the text is not a valid holiday-cn year
     */
    public static DayOverrides parseYear(String source, Reader text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        JsonValue root;
        try {
            root = JsonReader.read(source, text);
        } catch (JsonSyntaxException e) {
            throw new CalendarFormatException(source, e.line(), e.column(), e.english(), e.chinese(), null);
        }
        return new Loader(source).load(root);
    }

    /** Reads the tree of one file, naming the place of each problem. */
    private static final class Loader {

        private final String source;

        Loader(String source) {
            this.source = source;
        }

        private CalendarFormatException error(JsonValue at, String problem, String chineseProblem) {
            return new CalendarFormatException(source, at.line(), at.column(), problem, chineseProblem, null);
        }

        private CalendarFormatException error(JsonValue.Member at, String problem, String chineseProblem) {
            return new CalendarFormatException(source, at.line(), at.column(), problem, chineseProblem, null);
        }

        /** Names in Chinese what a value should be, e.g. {@code 每一天的条目} for {@code a day}. */
        private static String zh(String what) {
            return switch (what) {
                case "the top level" -> "顶层";
                case "a day" -> "每一天的条目";
                case "a paper" -> "每条通知";
                default -> what;
            };
        }

        DayOverrides load(JsonValue root) {
            JsonValue.Obj top = object(root, "the top level");
            for (JsonValue.Member m : top.members()) {
                if (!m.name().startsWith("$") && !Set.of("year", "papers", "days").contains(m.name())) {
                    throw error(m, "unknown member '" + m.name() + "' (expected year, papers, days)",
                            "未知的成员 '" + m.name() + "'（应为 year、papers、days）");
                }
            }
            int year = year(required(top, "year").value());
            JsonValue.Arr days = array(required(top, "days").value(), "'days'");
            if (days.items().isEmpty()) {
                throw error(days, "'days' is empty: holiday-cn publishes an empty file for " + year
                        + " before the State Council's notice; load the file once it lists the notice's days",
                        "'days' 为空：国务院通知发布前，holiday-cn 为 " + year + " 年发布的是空文件；请在文件列出通知中的日期后再加载");
            }
            DayOverrides.Builder b = DayOverrides.builder(ChinaPublicHolidays.ID + "-" + year)
                    .extendsLayer(ChinaPublicHolidays.ID)
                    .covers(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                    .source("NateScarlet/holiday-cn data for " + year);
            top.member("papers").ifPresent(p -> {
                for (JsonValue paper : array(p.value(), "'papers'").items()) {
                    String text = string(paper, "a paper");
                    try {
                        b.source(text);
                    } catch (IllegalArgumentException e) {
                        throw error(paper, "a paper is one line of text without surrounding blanks: " + e.getMessage(),
                                "每条通知须为一行文本，首尾不能有空白：" + e.getMessage());
                    }
                }
            });
            Map<LocalDate, JsonValue> seen = new HashMap<>();
            for (JsonValue item : days.items()) {
                day(b, year, object(item, "a day"), seen);
            }
            return b.build();
        }

        private void day(DayOverrides.Builder b, int year, JsonValue.Obj day, Map<LocalDate, JsonValue> seen) {
            for (JsonValue.Member m : day.members()) {
                if (!DAY_MEMBERS.contains(m.name())) {
                    throw error(m, "unknown member '" + m.name() + "' of a day (expected name, date, isOffDay)",
                            "日期条目中未知的成员 '" + m.name() + "'（应为 name、date、isOffDay）");
                }
            }
            JsonValue nameValue = required(day, "name").value();
            String name = string(nameValue, "'name'");
            JsonValue dateValue = required(day, "date").value();
            LocalDate date = date(dateValue, year);
            JsonValue off = required(day, "isOffDay").value();
            if (!(off instanceof JsonValue.Bool isOff)) {
                throw error(off, "'isOffDay' is true (a holiday) or false (a make-up working day), got " + off.kind(),
                        "'isOffDay' 须为 true（放假）或 false（调休上班），却是" + off.kindZh());
            }
            JsonValue before = seen.putIfAbsent(date, dateValue);
            if (before != null) {
                throw error(dateValue, date + " is listed twice (also at line " + before.line() + ", column "
                        + before.column() + ")", date + " 重复列出（另见第 " + before.line() + " 行第 " + before.column() + " 列）");
            }
            try {
                b.add(isOff.value() ? DayOff.holiday(date, name) : MakeUpWorkday.of(date, name));
            } catch (IllegalArgumentException e) {
                throw error(nameValue, "bad name: " + e.getMessage(), "名称有误：" + e.getMessage());
            }
        }

        private JsonValue.Member required(JsonValue.Obj in, String name) {
            return in.member(name).orElseThrow(() -> error(in, (in.members().isEmpty() ? "an empty object" : "an object")
                    + " without '" + name + "'", (in.members().isEmpty() ? "空对象" : "对象") + "缺少 '" + name + "'"));
        }

        private JsonValue.Obj object(JsonValue v, String what) {
            if (v instanceof JsonValue.Obj o) {
                return o;
            }
            throw error(v, what + " is an object, got " + v.kind(), zh(what) + "须为对象，却是" + v.kindZh());
        }

        private JsonValue.Arr array(JsonValue v, String what) {
            if (v instanceof JsonValue.Arr a) {
                return a;
            }
            throw error(v, what + " is an array, got " + v.kind(), zh(what) + "须为数组，却是" + v.kindZh());
        }

        private String string(JsonValue v, String what) {
            if (v instanceof JsonValue.Str s) {
                if (s.value().isBlank()) {
                    throw error(v, what + " is empty", zh(what) + "为空");
                }
                return s.value();
            }
            throw error(v, what + " is a string, got " + v.kind(), zh(what) + "须为字符串，却是" + v.kindZh());
        }

        private int year(JsonValue v) {
            if (!(v instanceof JsonValue.Num n) || !n.text().matches("[0-9]{1,4}")) {
                throw error(v, "'year' is a whole number between 1 and 9999, got "
                        + (v instanceof JsonValue.Num n ? n.text() : v.kind()),
                        "'year' 须为 1 至 9999 之间的整数，却是 " + (v instanceof JsonValue.Num n ? n.text() : v.kindZh()));
            }
            int year = Integer.parseInt(n.text());
            if (year < BusinessCalendar.MIN_DATE.getYear() || year > BusinessCalendar.MAX_DATE.getYear()) {
                throw error(v, "'year' is a whole number between 1 and 9999, got " + n.text(),
                        "'year' 须为 1 至 9999 之间的整数，却是 " + n.text());
            }
            return year;
        }

        private LocalDate date(JsonValue v, int year) {
            String text = string(v, "'date'");
            LocalDate date;
            try {
                if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
                }
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(v, "'date' is a date yyyy-MM-dd, got '" + text + "'",
                        "'date' 须为 yyyy-MM-dd 格式的日期，却是 '" + text + "'");
            }
            if (Math.abs(date.getYear() - year) > 1) {
                throw error(v, "'date' " + date + " is not in " + year + " or a year next to it",
                        "'date' " + date + " 不在 " + year + " 年或其相邻年份");
            }
            if (date.isBefore(BusinessCalendar.MIN_DATE) || date.isAfter(BusinessCalendar.MAX_DATE)) {
                throw error(v, "'date' " + date + " is outside the supported dates " + BusinessCalendar.MIN_DATE
                        + ".." + BusinessCalendar.MAX_DATE, "'date' " + date + " 超出支持的日期范围 "
                        + BusinessCalendar.MIN_DATE + ".." + BusinessCalendar.MAX_DATE);
            }
            return date;
        }
    }
}

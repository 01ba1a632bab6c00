package dev.aftersales.commitment.format;

import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.TermName;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.commitment.Trigger;
import dev.aftersales.commitment.Warning;
import dev.aftersales.common.Identifiers;
import dev.aftersales.common.json.JsonReader;
import dev.aftersales.common.json.JsonSyntaxException;
import dev.aftersales.common.json.JsonValue;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the JSON form of a policy (see {@link PolicyJson}), strictly: duplicate, unknown and
 * missing members and values of the wrong type are errors, each named at its line and column in
 * English and Chinese; every problem of the members read is named at once.
 */
final class PolicyJsonReader {

    private static final List<String> POLICY_MEMBERS = List.of("policy", "version", "selector", "terms");
    private static final List<String> TERM_MEMBERS = List.of("key", "name", "rules", "start", "stop", "pause", "target",
            "agreedOn", "warnings", "escalations");

    private final List<PolicyFormatException.Problem> problems = new ArrayList<>();
    private final Map<String, int[]> termPlaces = new HashMap<>();

    /** A problem at a place; caught by {@link #attempt}, which records it and goes on. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String chinese;

        Bad(int line, int column, String english, String chinese) {
            super(english, null, false, false);
            this.line = line;
            this.column = column;
            this.chinese = chinese;
        }
    }

    /** The policy read, and where it and each term start, for naming validation problems. */
    record Parsed(CommitmentPolicy policy, int line, int column, Map<String, int[]> termPlaces) {
    }

    private PolicyJsonReader() {
    }

    static Parsed parse(String source, String json) {
        JsonValue root;
        try {
            root = JsonReader.read(json, true);
        } catch (JsonSyntaxException e) {
            throw new PolicyFormatException(source, List.of(new PolicyFormatException.Problem(e.line(), e.column(),
                    e.english(), e.chinese())));
        }
        PolicyJsonReader r = new PolicyJsonReader();
        CommitmentPolicy policy = r.attempt(() -> r.policy(root));
        if (!r.problems.isEmpty()) {
            List<PolicyFormatException.Problem> sorted = new ArrayList<>(r.problems);
            sorted.sort(Comparator.comparingInt(PolicyFormatException.Problem::line)
                    .thenComparingInt(PolicyFormatException.Problem::column));
            throw new PolicyFormatException(source, sorted);
        }
        return new Parsed(policy, root.line(), root.column(), Map.copyOf(r.termPlaces));
    }

    private <T> T attempt(Supplier<T> read) {
        try {
            return read.get();
        } catch (Bad e) {
            problems.add(new PolicyFormatException.Problem(e.line, e.column, e.getMessage(), e.chinese));
            return null;
        }
    }

    private static Bad bad(JsonValue at, String english, String chinese) {
        return new Bad(at.line(), at.column(), english, chinese);
    }

    private CommitmentPolicy policy(JsonValue root) {
        JsonValue.Obj top = object(root, "the policy", "制度");
        known(top, POLICY_MEMBERS, "the policy", "制度");
        String id = attempt(() -> identifier(required(top, "policy", "the policy", "制度"), "'policy' (the policy id)",
                "'policy'（制度编号）"));
        Integer version = attempt(() -> integer(required(top, "version", "the policy", "制度"), "'version'"));
        TicketSelector selector = attempt(() -> top.member("selector").map(m -> selector(m.value()))
                .orElse(TicketSelector.any()));
        List<CommitmentTerm> terms = attempt(() -> terms(required(top, "terms", "the policy", "制度")));
        if (id == null || version == null || selector == null || terms == null || terms.contains(null)) {
            return null;
        }
        return new CommitmentPolicy(id, version, selector, terms);
    }

    private TicketSelector selector(JsonValue value) {
        JsonValue.Obj obj = object(value, "'selector'", "'selector'");
        List<String> names = PolicyJsonSelector.DIMENSIONS.stream().map(PolicyJsonSelector.Dimension::name).toList();
        known(obj, names, "'selector'", "'selector'");
        Map<String, Set<?>> read = new HashMap<>();
        boolean ok = true;
        for (PolicyJsonSelector.Dimension<?> d : PolicyJsonSelector.DIMENSIONS) {
            JsonValue.Member m = obj.member(d.name()).orElse(null);
            if (m != null) {
                Set<?> values = attempt(() -> dimension(d, m.value()));
                ok &= values != null;
                if (values != null) {
                    read.put(d.name(), values);
                }
            }
        }
        return ok ? PolicyJsonSelector.build(read) : null;
    }

    private <T> Set<T> dimension(PolicyJsonSelector.Dimension<T> d, JsonValue value) {
        return set(value, "'" + d.name() + "'", s -> {
            try {
                return d.parse().apply(s.value());
            } catch (IllegalArgumentException e) {
                if (d.known() != null) {
                    throw bad(s, "unknown " + d.what() + " '" + s.value() + "' (known: " + d.known() + ")",
                            "未知的" + d.whatZh() + " '" + s.value() + "'（可用：" + d.known() + "）");
                }
                throw bad(s, "malformed " + d.what() + " '" + s.value() + "': " + e.getMessage(),
                        d.whatZh() + " '" + s.value() + "' 格式不对");
            }
        });
    }

    private List<CommitmentTerm> terms(JsonValue value) {
        JsonValue.Arr arr = array(value, "'terms'");
        List<CommitmentTerm> out = new ArrayList<>();
        for (JsonValue item : arr.items()) {
            out.add(attempt(() -> term(item)));
        }
        return out;
    }

    private CommitmentTerm term(JsonValue value) {
        JsonValue.Obj t = object(value, "a term", "条款");
        known(t, TERM_MEMBERS, "a term", "条款");
        String key = attempt(() -> identifier(required(t, "key", "a term", "条款"), "'key' (the term key)",
                "'key'（条款键）"));
        if (key != null) {
            termPlaces.putIfAbsent(key, new int[] {t.line(), t.column()});
        }
        String of = key == null ? "the term" : "term " + key;
        String ofZh = key == null ? "条款" : "条款 " + key + " ";
        boolean[] ok = {key != null};
        TermName name = optional(t, "name", this::name, null, ok);
        List<String> rules = optional(t, "rules", v -> {
            List<String> out = new ArrayList<>();
            for (JsonValue item : array(v, "'rules'").items()) {
                out.add(string(item, "a rule id", "规则编号"));
            }
            return out;
        }, List.of(), ok);
        Trigger start = attempt(() -> trigger(required(t, "start", of, ofZh)));
        Set<TicketStep> stop = optional(t, "stop", v -> steps(v, "'stop'"), Set.of(), ok);
        Set<WaitingReason> pause = optional(t, "pause", v -> enums(v, "'pause'", WaitingReason.class, "waiting reason",
                "等待原因"), Set.of(), ok);
        Target target = attempt(() -> target(required(t, "target", of, ofZh), "'target'"));
        Set<TicketStep> agreedOn = optional(t, "agreedOn", v -> steps(v, "'agreedOn'"), Set.of(), ok);
        List<Warning> warnings = optional(t, "warnings", this::warnings, List.of(), ok);
        List<EscalationLevel> escalations = optional(t, "escalations", this::escalations, List.of(), ok);
        if (!ok[0] || start == null || target == null) {
            return null;
        }
        return new CommitmentTerm(key, start, stop, pause, target, warnings, escalations, agreedOn, rules, name);
    }

    /** Reads an optional member, recording a problem (and clearing {@code ok}) if it is malformed. */
    private <T> T optional(JsonValue.Obj in, String member, Function<JsonValue, T> read, T absent, boolean[] ok) {
        JsonValue.Member m = in.member(member).orElse(null);
        if (m == null) {
            return absent;
        }
        T value = attempt(() -> read.apply(m.value()));
        if (value == null) {
            ok[0] = false;
        }
        return value;
    }

    private TermName name(JsonValue value) {
        JsonValue.Obj n = object(value, "'name'", "'name'");
        known(n, List.of("zh", "en"), "'name'", "'name'");
        String zh = string(required(n, "zh", "'name'", "'name'"), "'zh'", "'zh'");
        String en = string(required(n, "en", "'name'", "'name'"), "'en'", "'en'");
        try {
            return new TermName(zh, en);
        } catch (IllegalArgumentException e) {
            throw bad(n, "a term name is not blank in either language", "条款名称的中英文都不能为空");
        }
    }

    private Trigger trigger(JsonValue value) {
        JsonValue.Obj s = object(value, "'start'", "'start'");
        known(s, List.of("on", "after", "by"), "'start'", "'start'");
        JsonValue.Member on = s.member("on").orElse(null);
        JsonValue.Member after = s.member("after").orElse(null);
        if ((on == null) == (after == null) || (on != null && s.member("by").isPresent())) {
            throw bad(s, "'start' is {\"on\": [steps]} or {\"after\": \"<term>\"} with an optional \"by\": [steps]",
                    "'start' 的写法是 {\"on\": [步骤]} 或 {\"after\": \"<条款>\"}，后者可加 \"by\": [步骤]");
        }
        if (on != null) {
            return new Trigger.OnStep(steps(on.value(), "'on'"));
        }
        String key = string(after.value(), "'after'", "'after'");
        Set<TicketStep> by = s.member("by").map(m -> steps(m.value(), "'by'")).orElse(Set.of());
        return new Trigger.AfterTerm(key, by);
    }

    private Target target(JsonValue value, String what) {
        JsonValue.Obj t = object(value, what, what);
        JsonValue kindValue = required(t, "kind", what, what);
        String kind = string(kindValue, "'kind'", "'kind'");
        List<String> members = switch (kind) {
            case "calendar" -> List.of("kind", "duration");
            case "business" -> List.of("kind", "duration", "calendar");
            case "working-days" -> List.of("kind", "days", "calendar");
            case "agreed" -> List.of("kind");
            default -> throw bad(kindValue, "unknown target kind '" + kind
                    + "' (known: calendar, business, working-days, agreed)",
                    "未知的目标类型 '" + kind + "'（可用：calendar、business、working-days、agreed）");
        };
        known(t, members, what + " of kind " + kind, what + "（" + kind + "）");
        return switch (kind) {
            case "calendar" -> Target.calendarTime(duration(required(t, "duration", what, what)));
            case "business" -> Target.businessTime(duration(required(t, "duration", what, what)),
                    string(required(t, "calendar", what, what), "'calendar'", "'calendar'"));
            case "working-days" -> Target.workingDays(integer(required(t, "days", what, what), "'days'"),
                    string(required(t, "calendar", what, what), "'calendar'", "'calendar'"));
            default -> Target.agreedTime();
        };
    }

    private List<Warning> warnings(JsonValue value) {
        List<Warning> out = new ArrayList<>();
        for (JsonValue item : array(value, "'warnings'").items()) {
            JsonValue.Obj w = object(item, "a warning", "预警");
            known(w, List.of("percent", "before"), "a warning", "预警");
            JsonValue.Member percent = w.member("percent").orElse(null);
            JsonValue.Member before = w.member("before").orElse(null);
            if ((percent == null) == (before == null)) {
                throw bad(w, "a warning is {\"percent\": <n>} or {\"before\": \"<duration>\"}",
                        "预警的写法是 {\"percent\": <数>} 或 {\"before\": \"<时长>\"}");
            }
            out.add(percent != null ? Warning.atPercent(integer(percent.value(), "'percent'"))
                    : Warning.before(duration(before.value())));
        }
        return out;
    }

    private List<EscalationLevel> escalations(JsonValue value) {
        List<EscalationLevel> out = new ArrayList<>();
        for (JsonValue item : array(value, "'escalations'").items()) {
            JsonValue.Obj e = object(item, "an escalation", "升级");
            known(e, List.of("from", "after", "to"), "an escalation", "升级");
            JsonValue fromValue = required(e, "from", "an escalation", "升级");
            String from = string(fromValue, "'from'", "'from'");
            EscalationLevel.Anchor anchor = switch (from) {
                case "start" -> EscalationLevel.Anchor.START;
                case "breach" -> EscalationLevel.Anchor.BREACH;
                default -> throw bad(fromValue, "an escalation counts 'from' \"start\" or \"breach\", got '" + from + "'",
                        "升级从 \"start\" 或 \"breach\" 起算（'from'），却是 '" + from + "'");
            };
            Target offset = target(required(e, "after", "an escalation", "升级"), "'after'");
            List<Recipient> recipients = new ArrayList<>();
            for (JsonValue r : array(required(e, "to", "an escalation", "升级"), "'to'").items()) {
                String text = string(r, "a recipient", "接收人");
                try {
                    recipients.add(Recipient.parse(text));
                } catch (IllegalArgumentException ex) {
                    throw bad(r, "a recipient is department:<id> or role:<id>, got '" + text + "'",
                            "接收人的写法是 department:<编号> 或 role:<编号>，却是 '" + text + "'");
                }
            }
            out.add(new EscalationLevel(anchor, offset, recipients));
        }
        return out;
    }

    // ---- values

    private JsonValue.Obj object(JsonValue v, String what, String whatZh) {
        if (v instanceof JsonValue.Obj o) {
            return o;
        }
        throw bad(v, what + " is an object, got " + v.kind(), whatZh + "须为对象，却是" + v.kindZh());
    }

    private static JsonValue.Arr array(JsonValue v, String what) {
        if (v instanceof JsonValue.Arr a) {
            return a;
        }
        throw bad(v, what + " is an array, got " + v.kind(), what + " 须为数组，却是" + v.kindZh());
    }

    private static String string(JsonValue v, String what, String whatZh) {
        if (v instanceof JsonValue.Str s) {
            return s.value();
        }
        throw bad(v, what + " is a string, got " + v.kind(), whatZh + " 须为字符串，却是" + v.kindZh());
    }

    private static String identifier(JsonValue v, String what, String whatZh) {
        String text = string(v, what, whatZh);
        try {
            return Identifiers.requireValid(what, text);
        } catch (IllegalArgumentException e) {
            throw bad(v, e.getMessage(), whatZh + "须为 1 至 " + Identifiers.MAX_LENGTH + " 个 [A-Za-z0-9._:-] 字符");
        }
    }

    private static int integer(JsonValue v, String what) {
        if (v instanceof JsonValue.Num n && n.text().matches("-?[0-9]{1,10}")) {
            try {
                return Integer.parseInt(n.text());
            } catch (NumberFormatException e) {
                // out of range: named below
            }
        }
        String got = v instanceof JsonValue.Num n ? n.text() : v.kind();
        String gotZh = v instanceof JsonValue.Num n ? n.text() : v.kindZh();
        throw bad(v, what + " is a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", got " + got,
                what + " 须为 " + Integer.MIN_VALUE + " 至 " + Integer.MAX_VALUE + " 的整数，却是" + gotZh);
    }

    private static Duration duration(JsonValue v) {
        String text = string(v, "a duration", "时长");
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(v, "a duration is ISO-8601, e.g. \"PT24H\" or \"PT10M\", got '" + text + "'",
                    "时长须用 ISO-8601 写法，如 \"PT24H\" 或 \"PT10M\"，却是 '" + text + "'");
        }
    }

    private static Set<TicketStep> steps(JsonValue v, String what) {
        return enums(v, what, TicketStep.class, "ticket step", "工单步骤");
    }

    private static <E extends Enum<E>> Set<E> enums(JsonValue v, String what, Class<E> type, String name,
                                                    String nameZh) {
        Set<E> read = set(v, what, s -> {
            try {
                return Enum.valueOf(type, s.value());
            } catch (IllegalArgumentException e) {
                String known = Arrays.toString(type.getEnumConstants());
                throw bad(s, "unknown " + name + " '" + s.value() + "' (known: " + known + ")",
                        "未知的" + nameZh + " '" + s.value() + "'（可用：" + known + "）");
            }
        });
        return read.isEmpty() ? Set.of() : EnumSet.copyOf(read);
    }

    /** Reads an array of strings as a set in the order written; a value given twice is an error. */
    private static <T> Set<T> set(JsonValue v, String what, Function<JsonValue.Str, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        for (JsonValue item : array(v, what).items()) {
            string(item, "an item of " + what, what + " 的元素");
            JsonValue.Str s = (JsonValue.Str) item;
            if (!out.add(parse.apply(s))) {
                throw bad(s, "'" + s.value() + "' is given twice in " + what, what + " 中 '" + s.value() + "' 重复出现");
            }
        }
        return out;
    }

    private static JsonValue required(JsonValue.Obj in, String member, String of, String ofZh) {
        return in.member(member).map(JsonValue.Member::value).orElseThrow(() -> bad(in, of + " has no '" + member + "'",
                ofZh + "缺少 '" + member + "'"));
    }

    private void known(JsonValue.Obj in, List<String> members, String of, String ofZh) {
        for (JsonValue.Member m : in.members()) {
            if (!members.contains(m.name())) {
                problems.add(new PolicyFormatException.Problem(m.line(), m.column(), "unknown member '" + m.name()
                        + "' of " + of + " (known: " + String.join(", ", members) + ")",
                        ofZh + "中有未知的成员 '" + m.name() + "'（可用：" + String.join("、", members) + "）"));
            }
        }
    }
}

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
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads the text form of a policy (see {@link PolicyFormat}), naming every malformed line. */
final class PolicyTextParser {

    private static final Set<String> REPEATED = Set.of("warn", "escalate");

    private final List<PolicyFormatException.Problem> problems = new ArrayList<>();
    private String id;
    private int policyLine;
    private Integer version;
    private Set<TicketKind> kinds = Set.of();
    private Set<Urgency> urgencies = Set.of();
    private Set<Severity> severities = Set.of();
    private Set<Channel> channels = Set.of();
    private Set<EstateId> estates = Set.of();
    private Set<TicketCategory> categories = Set.of();
    private final Set<String> headerSeen = new HashSet<>();
    private final List<TermDraft> terms = new ArrayList<>();
    private final Map<String, Integer> termLines = new HashMap<>();

    /** A term being read. */
    private static final class TermDraft {
        final String key;
        final int line;
        final Set<String> seen = new HashSet<>();
        TermName name;
        List<String> rules = List.of();
        Trigger start;
        Set<TicketStep> stop = Set.of();
        Set<WaitingReason> pause = Set.of();
        Target target;
        Set<TicketStep> agreedOn = Set.of();
        final List<Warning> warnings = new ArrayList<>();
        final List<EscalationLevel> escalations = new ArrayList<>();

        TermDraft(String key, int line) {
            this.key = key;
            this.line = line;
        }
    }

    private PolicyTextParser() {
    }

    /** The parsed policy and the line of each term, for naming validation problems. */
    record Parsed(CommitmentPolicy policy, int policyLine, Map<String, Integer> termLines) {
    }

    static Parsed parse(String source, String text) {
        PolicyTextParser p = new PolicyTextParser();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            p.line(i + 1, line);
        }
        CommitmentPolicy policy = p.problems.isEmpty() ? p.build(lines.length) : null;
        if (!p.problems.isEmpty()) {
            throw new PolicyFormatException(source, p.problems);
        }
        return new Parsed(policy, p.policyLine, Map.copyOf(p.termLines));
    }

    private void line(int number, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        try {
            List<Tokens.Token> words = Tokens.split(line);
            field(number, words.get(0), words.subList(1, words.size()));
        } catch (Tokens.Bad e) {
            problems.add(new PolicyFormatException.Problem(number, e.column, e.english, e.chinese));
        }
    }

    private void field(int number, Tokens.Token head, List<Tokens.Token> args) {
        String f = head.text();
        if (id == null && !f.equals("policy")) {
            throw new Tokens.Bad(head.column(), "the text starts with 'policy <id>', got '" + f + "'",
                    "文本须以 'policy <编号>' 开头，却是 '" + f + "'");
        }
        if (f.equals("policy")) {
            if (id != null) {
                throw new Tokens.Bad(head.column(), "a text holds one policy; 'policy' is given again",
                        "一个文本只含一项制度，'policy' 重复出现");
            }
            id = identifier(one(head, args), "policy id", "制度编号");
            policyLine = number;
            return;
        }
        if (f.equals("term")) {
            String key = identifier(one(head, args), "term key", "条款键");
            terms.add(new TermDraft(key, number));
            termLines.putIfAbsent(key, number);
            return;
        }
        if (terms.isEmpty()) {
            header(head, args);
        } else {
            term(terms.get(terms.size() - 1), head, args);
        }
    }

    private void header(Tokens.Token head, List<Tokens.Token> args) {
        String f = head.text();
        if (!headerSeen.add(f) && isHeaderField(f)) {
            throw new Tokens.Bad(head.column(), "'" + f + "' is given twice", "'" + f + "' 重复出现");
        }
        switch (f) {
            case "version" -> version = integer(one(head, args), "version", "版本");
            case "kinds" -> kinds = enums(args, TicketKind.class, "ticket kind", "工单类型");
            case "urgencies" -> urgencies = enums(args, Urgency.class, "urgency", "紧急程度");
            case "severities" -> severities = enums(args, Severity.class, "severity", "严重程度");
            case "channels" -> channels = set(args, t -> Channel.of(t), "channel", "渠道");
            case "estates" -> estates = set(args, EstateId::of, "estate", "楼盘");
            case "categories" -> categories = set(args, TicketCategory::of, "category", "类别");
            default -> throw new Tokens.Bad(head.column(), "unknown policy field '" + f
                    + "' (known: version, kinds, urgencies, severities, channels, estates, categories, term)",
                    "未知的制度字段 '" + f + "'（可用：version、kinds、urgencies、severities、channels、estates、categories、term）");
        }
    }

    private static boolean isHeaderField(String f) {
        return Set.of("version", "kinds", "urgencies", "severities", "channels", "estates", "categories").contains(f);
    }

    private void term(TermDraft t, Tokens.Token head, List<Tokens.Token> args) {
        String f = head.text();
        if (!REPEATED.contains(f) && !t.seen.add(f)) {
            throw new Tokens.Bad(head.column(), "'" + f + "' is given twice in term " + t.key,
                    "条款 " + t.key + " 中 '" + f + "' 重复出现");
        }
        switch (f) {
            case "name" -> {
                if (args.size() != 2) {
                    throw new Tokens.Bad(head.column(), "'name' takes the Chinese name and the English name",
                            "'name' 须给出中文名和英文名");
                }
                try {
                    t.name = new TermName(args.get(0).text(), args.get(1).text());
                } catch (IllegalArgumentException e) {
                    throw new Tokens.Bad(args.get(0).column(), "a term name is not blank in either language",
                            "条款名称的中英文都不能为空");
                }
            }
            case "rules" -> t.rules = args.stream().map(Tokens.Token::text).toList();
            case "start" -> t.start = trigger(head, args);
            case "stop" -> t.stop = enums(args, TicketStep.class, "ticket step", "工单步骤");
            case "pause" -> t.pause = enums(args, WaitingReason.class, "waiting reason", "等待原因");
            case "target" -> t.target = target(head, args, 0, args.size());
            case "agreed-on" -> t.agreedOn = enums(args, TicketStep.class, "ticket step", "工单步骤");
            case "warn" -> t.warnings.add(warning(head, args));
            case "escalate" -> t.escalations.add(escalation(head, args));
            default -> throw new Tokens.Bad(head.column(), "unknown term field '" + f
                    + "' (known: name, rules, start, stop, pause, target, agreed-on, warn, escalate)",
                    "未知的条款字段 '" + f + "'（可用：name、rules、start、stop、pause、target、agreed-on、warn、escalate）");
        }
    }

    private Trigger trigger(Tokens.Token head, List<Tokens.Token> args) {
        if (!args.isEmpty() && args.get(0).text().equals("on")) {
            return new Trigger.OnStep(enums(args.subList(1, args.size()), TicketStep.class, "ticket step", "工单步骤"));
        }
        if (!args.isEmpty() && args.get(0).text().equals("after") && args.size() >= 2) {
            String key = args.get(1).text();
            if (args.size() == 2) {
                return new Trigger.AfterTerm(key, Set.of());
            }
            if (args.get(2).text().equals("by")) {
                return new Trigger.AfterTerm(key,
                        enums(args.subList(3, args.size()), TicketStep.class, "ticket step", "工单步骤"));
            }
            throw new Tokens.Bad(args.get(2).column(), "expected 'by' after the earlier term, got '" + args.get(2).text() + "'",
                    "前一条款之后应为 'by'，却是 '" + args.get(2).text() + "'");
        }
        throw new Tokens.Bad(head.column(), "'start' is 'start on <steps>' or 'start after <term> [by <steps>]'",
                "'start' 的写法是 'start on <步骤>' 或 'start after <条款> [by <步骤>]'");
    }

    private Target target(Tokens.Token head, List<Tokens.Token> args, int from, int to) {
        List<Tokens.Token> a = args.subList(from, to);
        String usage = "a target is 'calendar <duration>', 'business <duration> on <calendar>', "
                + "'working-days <n> on <calendar>' or 'agreed'";
        String usageZh = "目标的写法是 'calendar <时长>'、'business <时长> on <日历>'、'working-days <天数> on <日历>' 或 'agreed'";
        if (a.isEmpty()) {
            throw new Tokens.Bad(head.column(), usage, usageZh);
        }
        String kind = a.get(0).text();
        if (kind.equals("agreed") && a.size() == 1) {
            return Target.agreedTime();
        }
        if (kind.equals("calendar") && a.size() == 2) {
            return Target.calendarTime(duration(a.get(1)));
        }
        if ((kind.equals("business") || kind.equals("working-days")) && a.size() == 4 && a.get(2).text().equals("on")) {
            String calendar = a.get(3).text();
            return kind.equals("business") ? Target.businessTime(duration(a.get(1)), calendar)
                    : Target.workingDays(integer(a.get(1), "working days", "工作日天数"), calendar);
        }
        throw new Tokens.Bad(a.get(0).column(), usage, usageZh);
    }

    private Warning warning(Tokens.Token head, List<Tokens.Token> args) {
        if (args.size() == 2 && args.get(0).text().equals("percent")) {
            return Warning.atPercent(integer(args.get(1), "percent", "百分比"));
        }
        if (args.size() == 2 && args.get(0).text().equals("before")) {
            return Warning.before(duration(args.get(1)));
        }
        throw new Tokens.Bad(head.column(), "a warning is 'warn percent <n>' or 'warn before <duration>'",
                "预警的写法是 'warn percent <数>' 或 'warn before <时长>'");
    }

    private EscalationLevel escalation(Tokens.Token head, List<Tokens.Token> args) {
        int to = -1;
        if (args.size() >= 2) {
            int arity = switch (args.get(1).text()) {
                case "agreed" -> 1;
                case "calendar" -> 2;
                case "business", "working-days" -> 4;
                default -> 0;
            };
            to = arity == 0 ? -1 : 1 + arity;
        }
        if (to < 2 || to >= args.size() || !args.get(to).text().equals("to")) {
            throw new Tokens.Bad(head.column(), "an escalation is 'escalate start|breach <target> to <recipients>'",
                    "升级的写法是 'escalate start|breach <目标> to <接收人>'");
        }
        Tokens.Token anchorWord = args.get(0);
        EscalationLevel.Anchor anchor = switch (anchorWord.text()) {
            case "start" -> EscalationLevel.Anchor.START;
            case "breach" -> EscalationLevel.Anchor.BREACH;
            default -> throw new Tokens.Bad(anchorWord.column(), "an escalation counts from 'start' or 'breach', got '"
                    + anchorWord.text() + "'", "升级从 'start' 或 'breach' 起算，却是 '" + anchorWord.text() + "'");
        };
        Target offset = target(head, args, 1, to);
        List<Recipient> recipients = new ArrayList<>();
        for (Tokens.Token r : args.subList(to + 1, args.size())) {
            try {
                recipients.add(Recipient.parse(r.text()));
            } catch (IllegalArgumentException e) {
                throw new Tokens.Bad(r.column(), "a recipient is department:<id> or role:<id>, got '" + r.text() + "'",
                        "接收人的写法是 department:<编号> 或 role:<编号>，却是 '" + r.text() + "'");
            }
        }
        return new EscalationLevel(anchor, offset, recipients);
    }

    private static Tokens.Token one(Tokens.Token head, List<Tokens.Token> args) {
        if (args.size() != 1) {
            throw new Tokens.Bad(head.column(), "'" + head.text() + "' takes one value, got " + args.size(),
                    "'" + head.text() + "' 须给出一个值，却有 " + args.size() + " 个");
        }
        return args.get(0);
    }

    private static String identifier(Tokens.Token t, String what, String whatZh) {
        try {
            return Identifiers.requireValid(what, t.text());
        } catch (IllegalArgumentException e) {
            throw new Tokens.Bad(t.column(), e.getMessage(), whatZh + "须为 1 至 " + Identifiers.MAX_LENGTH
                    + " 个 [A-Za-z0-9._:-] 字符");
        }
    }

    private static int integer(Tokens.Token t, String what, String whatZh) {
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw new Tokens.Bad(t.column(), what + " is a whole number, got '" + t.text() + "'",
                    whatZh + "须为整数，却是 '" + t.text() + "'");
        }
    }

    private static Duration duration(Tokens.Token t) {
        try {
            return Duration.parse(t.text());
        } catch (DateTimeParseException e) {
            throw new Tokens.Bad(t.column(), "a duration is ISO-8601, e.g. PT24H or PT10M, got '" + t.text() + "'",
                    "时长须用 ISO-8601 写法，如 PT24H 或 PT10M，却是 '" + t.text() + "'");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(List<Tokens.Token> args, Class<E> type, String what,
                                                    String whatZh) {
        Set<E> out = EnumSet.noneOf(type);
        for (Tokens.Token t : args) {
            try {
                out.add(Enum.valueOf(type, t.text()));
            } catch (IllegalArgumentException e) {
                String known = Arrays.toString(type.getEnumConstants());
                throw new Tokens.Bad(t.column(), "unknown " + what + " '" + t.text() + "' (known: " + known + ")",
                        "未知的" + whatZh + " '" + t.text() + "'（可用：" + known + "）");
            }
        }
        return out;
    }

    private static <T> Set<T> set(List<Tokens.Token> args, Function<String, T> parse, String what, String whatZh) {
        Set<T> out = new LinkedHashSet<>();
        for (Tokens.Token t : args) {
            try {
                out.add(parse.apply(t.text()));
            } catch (IllegalArgumentException e) {
                throw new Tokens.Bad(t.column(), "malformed " + what + " '" + t.text() + "': " + e.getMessage(),
                        whatZh + " '" + t.text() + "' 格式不对");
            }
        }
        return out;
    }

    private CommitmentPolicy build(int lastLine) {
        if (id == null) {
            problems.add(new PolicyFormatException.Problem(Math.max(1, lastLine), 0,
                    "no policy: the text holds no 'policy <id>' line", "没有制度：文本中没有 'policy <编号>' 行"));
            return null;
        }
        if (version == null) {
            problems.add(new PolicyFormatException.Problem(policyLine, 0, "policy " + id + " has no 'version' line",
                    "制度 " + id + " 缺少 'version' 行"));
        }
        List<CommitmentTerm> built = new ArrayList<>();
        for (TermDraft t : terms) {
            if (t.start == null || t.target == null) {
                String missing = t.start == null ? "start" : "target";
                problems.add(new PolicyFormatException.Problem(t.line, 0, "term " + t.key + " has no '" + missing
                        + "' line", "条款 " + t.key + " 缺少 '" + missing + "' 行"));
                continue;
            }
            built.add(new CommitmentTerm(t.key, t.start, t.stop, t.pause, t.target, t.warnings, t.escalations,
                    t.agreedOn, t.rules, t.name));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CommitmentPolicy(id, version, new TicketSelector(kinds, urgencies, severities, channels, estates, categories),
                built);
    }
}

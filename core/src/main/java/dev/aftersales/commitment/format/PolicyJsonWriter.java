package dev.aftersales.commitment.format;

import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.Trigger;
import dev.aftersales.commitment.Warning;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the JSON form of a policy (see {@link PolicyJson}): the policy, its selector and each term
 * on lines of their own, indented by two spaces, the values of a field on its line.
 */
final class PolicyJsonWriter {

    private PolicyJsonWriter() {
    }

    static String write(CommitmentPolicy p) {
        List<String> top = new ArrayList<>();
        top.add(member("policy", string(p.id())));
        top.add(member("version", Integer.toString(p.version())));
        String selector = PolicyJsonSelector.write(p.selector());
        if (selector != null) {
            top.add(member("selector", selector));
        }
        StringBuilder out = new StringBuilder("{\n");
        for (String m : top) {
            out.append("  ").append(m).append(",\n");
        }
        if (p.terms().isEmpty()) {
            out.append("  \"terms\": []\n");
        } else {
            out.append("  \"terms\": [\n");
            for (int i = 0; i < p.terms().size(); i++) {
                term(out, p.terms().get(i));
                out.append(i + 1 < p.terms().size() ? ",\n" : "\n");
            }
            out.append("  ]\n");
        }
        return out.append("}\n").toString();
    }

    private static void term(StringBuilder out, CommitmentTerm t) {
        List<String> fields = new ArrayList<>();
        fields.add(member("key", string(t.key())));
        if (t.name() != null) {
            fields.add(member("name", "{" + member("zh", string(t.name().chinese())) + ", "
                    + member("en", string(t.name().english())) + "}"));
        }
        if (!t.rules().isEmpty()) {
            fields.add(member("rules", array(t.rules(), PolicyJsonWriter::string)));
        }
        fields.add(member("start", trigger(t.start())));
        optional(fields, "stop", t.stopOn(), s -> string(s.name()));
        optional(fields, "pause", t.pauseWhile(), r -> string(r.name()));
        fields.add(member("target", target(t.target())));
        optional(fields, "agreedOn", t.agreedOn(), s -> string(s.name()));
        optional(fields, "warnings", t.warnings(), PolicyJsonWriter::warning);
        out.append("    {\n");
        for (String f : fields) {
            out.append("      ").append(f).append(",\n");
        }
        if (t.escalations().isEmpty()) {
            out.setLength(out.length() - 2);
            out.append('\n');
        } else {
            out.append("      \"escalations\": [\n");
            for (int i = 0; i < t.escalations().size(); i++) {
                out.append("        ").append(escalation(t.escalations().get(i)))
                        .append(i + 1 < t.escalations().size() ? ",\n" : "\n");
            }
            out.append("      ]\n");
        }
        out.append("    }");
    }

    private static String trigger(Trigger start) {
        if (start instanceof Trigger.AfterTerm after) {
            return after.bySteps().isEmpty() ? "{" + member("after", string(after.termKey())) + "}"
                    : "{" + member("after", string(after.termKey())) + ", "
                    + member("by", array(after.bySteps(), s -> string(s.name()))) + "}";
        }
        return "{" + member("on", array(((Trigger.OnStep) start).steps(), s -> string(s.name()))) + "}";
    }

    static String target(Target target) {
        if (target instanceof Target.CalendarTime c) {
            return "{" + member("kind", string("calendar")) + ", " + member("duration", string(c.duration().toString()))
                    + "}";
        }
        if (target instanceof Target.BusinessTime b) {
            return "{" + member("kind", string("business")) + ", "
                    + member("duration", string(b.workingTime().toString())) + ", "
                    + member("calendar", string(b.calendar())) + "}";
        }
        if (target instanceof Target.WorkingDays w) {
            return "{" + member("kind", string("working-days")) + ", " + member("days", Integer.toString(w.days()))
                    + ", " + member("calendar", string(w.calendar())) + "}";
        }
        return "{" + member("kind", string("agreed")) + "}";
    }

    private static String warning(Warning w) {
        if (w instanceof Warning.AtPercent p) {
            return "{" + member("percent", Integer.toString(p.percent())) + "}";
        }
        return "{" + member("before", string(((Warning.BeforeDeadline) w).leadTime().toString())) + "}";
    }

    private static String escalation(EscalationLevel e) {
        String from = e.anchor() == EscalationLevel.Anchor.START ? "start" : "breach";
        return "{" + member("from", string(from)) + ", " + member("after", target(e.offset())) + ", "
                + member("to", array(e.recipients(), (Recipient r) -> string(r.toString()))) + "}";
    }

    private static <T> void optional(List<String> fields, String name, Collection<T> values,
                                     Function<T, String> json) {
        if (!values.isEmpty()) {
            fields.add(member(name, array(values, json)));
        }
    }

    static String member(String name, String json) {
        return string(name) + ": " + json;
    }

    static <T> String array(Collection<T> values, Function<T, String> json) {
        StringBuilder b = new StringBuilder("[");
        for (T v : values) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(json.apply(v));
        }
        return b.append(']').toString();
    }

    /**
     * Writes a JSON string: {@code "} and {@code \} escaped, control characters and unpaired
     * surrogates as escapes (so that every Java string survives), everything else as it is.
     */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

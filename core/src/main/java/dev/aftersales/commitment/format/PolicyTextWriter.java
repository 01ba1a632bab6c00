package dev.aftersales.commitment.format;

import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.commitment.Trigger;
import dev.aftersales.commitment.Warning;
import java.util.Collection;
import java.util.function.Function;

/** Writes the text form of a policy (see {@link PolicyFormat}). */
final class PolicyTextWriter {

    private final StringBuilder out = new StringBuilder();

    private PolicyTextWriter() {
    }

    static String write(CommitmentPolicy policy) {
        PolicyTextWriter w = new PolicyTextWriter();
        w.policy(policy);
        return w.out.toString();
    }

    private void policy(CommitmentPolicy p) {
        line("", "policy " + Tokens.quote(p.id()));
        line("", "version " + p.version());
        TicketSelector s = p.selector();
        list("", "kinds", s.kinds(), Enum::name);
        list("", "urgencies", s.urgencies(), Enum::name);
        list("", "severities", s.severities(), Enum::name);
        list("", "channels", s.channels(), c -> c.name());
        list("", "estates", s.estates(), e -> e.value());
        list("", "categories", s.categories(), c -> c.code());
        for (CommitmentTerm t : p.terms()) {
            out.append('\n');
            term(t);
        }
    }

    private void term(CommitmentTerm t) {
        line("", "term " + Tokens.quote(t.key()));
        String in = "  ";
        if (t.name() != null) {
            line(in, "name " + Tokens.quote(t.name().chinese()) + " " + Tokens.quote(t.name().english()));
        }
        list(in, "rules", t.rules(), r -> r);
        if (t.start() instanceof Trigger.OnStep on) {
            line(in, join("start on", on.steps(), Enum::name));
        } else if (t.start() instanceof Trigger.AfterTerm after) {
            String by = after.bySteps().isEmpty() ? "" : join(" by", after.bySteps(), Enum::name);
            line(in, "start after " + Tokens.quote(after.termKey()) + by);
        }
        list(in, "stop", t.stopOn(), Enum::name);
        list(in, "pause", t.pauseWhile(), Enum::name);
        line(in, "target " + target(t.target()));
        list(in, "agreed-on", t.agreedOn(), Enum::name);
        for (Warning w : t.warnings()) {
            if (w instanceof Warning.AtPercent p) {
                line(in, "warn percent " + p.percent());
            } else if (w instanceof Warning.BeforeDeadline b) {
                line(in, "warn before " + b.leadTime());
            }
        }
        for (EscalationLevel e : t.escalations()) {
            String anchor = e.anchor() == EscalationLevel.Anchor.START ? "start" : "breach";
            line(in, join("escalate " + anchor + " " + target(e.offset()) + " to", e.recipients(), Recipient::toString));
        }
    }

    static String target(Target target) {
        if (target instanceof Target.CalendarTime c) {
            return "calendar " + c.duration();
        }
        if (target instanceof Target.BusinessTime b) {
            return "business " + b.workingTime() + " on " + Tokens.quote(b.calendar());
        }
        if (target instanceof Target.WorkingDays w) {
            return "working-days " + w.days() + " on " + Tokens.quote(w.calendar());
        }
        return "agreed";
    }

    private <T> void list(String indent, String field, Collection<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            line(indent, join(field, values, text));
        }
    }

    private static <T> String join(String head, Collection<T> values, Function<T, String> text) {
        StringBuilder b = new StringBuilder(head);
        for (T v : values) {
            b.append(' ').append(Tokens.quote(text.apply(v)));
        }
        return b.toString();
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }
}

package dev.aftersales.commitment;

import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.NonWorkingSpan;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/**
 * Renders an {@link Explanation} as text in English or Chinese (rule SL-15): a header (commitment,
 * ticket, policy version, term and rules; target, calendar and version, zone), one line per step
 * of the trace with its local time, and the result. The texts come from the resource bundle
 * {@code dev/aftersales/commitment/explanation} ({@code explanation.properties} and
 * {@code explanation_zh.properties}); any locale whose language is not Chinese gets English,
 * whatever the default locale. Stateless and thread-safe.
 */
public final class ExplanationRenderer {

    private static final String BUNDLE = "dev.aftersales.commitment.explanation";

    private ExplanationRenderer() {
    }

    /**
     * Renders an explanation.
     *
     * @param explanation the explanation
     * @param locale      the language: Chinese for {@code zh}, else English
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if an argument is null
     */
    public static String render(Explanation explanation, Locale locale) {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(locale, "locale");
        return new Texts(locale, explanation.zone()).render(explanation);
    }

    /** The texts of one language and zone. */
    private static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;
        private final ZoneId zone;
        private final DateTimeFormatter minutes;
        private final DateTimeFormatter seconds;

        Texts(Locale requested, ZoneId zone) {
            this.locale = requested.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.zone = zone;
            this.minutes = DateTimeFormatter.ofPattern(bundle.getString("datetime"), locale);
            this.seconds = DateTimeFormatter.ofPattern(bundle.getString("datetime.seconds"), locale);
        }

        String text(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }

        String render(Explanation e) {
            List<String> lines = new ArrayList<>();
            String rules = e.rules().isEmpty() ? "" : text("header.rules", String.join(", ", e.rules()));
            lines.add(text("header", e.commitment().value(), e.ticket().value(), String.valueOf(e.cycle()),
                    e.policy().toString(), e.termName(locale), rules));
            String cal = e.calendar() == null ? text("header.noCalendar")
                    : text("header.calendar", e.calendar().id(), e.calendar().version());
            lines.add(text("header.target", target(e.target()), cal, zone.getId()));
            for (ExplanationStep s : e.steps()) {
                lines.add(time(s.at()) + "  " + line(e, s));
            }
            StringBuilder result = new StringBuilder(text("result", time(e.asOf()), text("status." + e.status())));
            if (e.deadline() != null) {
                result.append(text("result.deadline", time(e.deadline())));
            }
            if (e.remaining() != null) {
                result.append(text("result.remaining", duration(e.remaining())));
            }
            if (e.stoppedAt() != null) {
                result.append(text("result.stopped", time(e.stoppedAt())));
            }
            if (e.lateness() != null) {
                result.append(text("result.lateness", duration(e.lateness())));
            }
            if (e.outsideCoverage()) {
                result.append(text("result.flag"));
            }
            lines.add(result.toString());
            return String.join("\n", lines);
        }

        String line(Explanation e, ExplanationStep s) {
            String at = time(s.at());
            if (s instanceof ExplanationStep.Started st) {
                String key = st.agreedFrom() != null ? "started.agreed"
                        : st.afterTerm() != null ? "started.after" : "started";
                return text(key, at, step(st.step()), time(st.deadline()), duration(st.budget()),
                        st.agreedFrom() != null ? st.agreedFrom().value()
                                : st.afterTerm() == null ? null : e.termName(st.afterTerm(), locale));
            }
            if (s instanceof ExplanationStep.Skipped sk) {
                return text("skipped", at, time(sk.span().end()), reason(sk.span()));
            }
            if (s instanceof ExplanationStep.OutsideCoverage oc) {
                List<String> ranges = new ArrayList<>();
                for (DateRange r : oc.dates()) {
                    ranges.add(r.toString());
                }
                return text("outsideCoverage", at, String.join(text("list.separator"), ranges));
            }
            if (s instanceof ExplanationStep.Paused p) {
                return text(p.afterBreach() ? "paused.afterBreach" : "paused", at,
                        text("waiting." + p.reason()), duration(p.remaining()));
            }
            if (s instanceof ExplanationStep.Resumed r) {
                return r.deadline() == null ? text("resumed.afterBreach", at) : text("resumed", at, time(r.deadline()));
            }
            if (s instanceof ExplanationStep.DeadlineAgreed g) {
                String key = g.ignored() ? "agreed.ignored" : g.deadline() == null ? "agreed.paused" : "agreed";
                return text(key, at, time(g.agreed()), g.by().toString(), step(g.step()),
                        g.deadline() == null ? "" : time(g.deadline())) + reason(g.step(), g.entry());
            }
            if (s instanceof ExplanationStep.AgreedAfterBreach g) {
                return text("agreedAfterBreach", at, time(g.agreed()), g.by().toString(), step(g.step()),
                        g.successor().value()) + reason(g.step(), g.entry());
            }
            if (s instanceof ExplanationStep.Recomputed r) {
                return text("recomputed", at, r.from().toString(), r.to().toString(), timeOrNone(r.before()),
                        timeOrNone(r.after()));
            }
            if (s instanceof ExplanationStep.ReEvaluated r) {
                return text("reEvaluated", at, r.by().toString(), r.from().toString(), r.to().toString(),
                        timeOrNone(r.before()), timeOrNone(r.after()));
            }
            if (s instanceof ExplanationStep.Warned w) {
                return text("warned", at, String.valueOf(w.level()), w.warning() == null ? "" : warning(w.warning()),
                        time(w.recordedAt()));
            }
            if (s instanceof ExplanationStep.Breached b) {
                return text("breached", at, b.recordedAt() == null ? text("breached.pending")
                        : text("breached.recorded", time(b.recordedAt())));
            }
            if (s instanceof ExplanationStep.Escalated x) {
                List<String> to = new ArrayList<>();
                for (Recipient r : x.recipients()) {
                    to.add(r.displayName(locale).map(name -> text("recipient." + r.kind() + ".named", r.id(), name))
                            .orElseGet(() -> text("recipient." + r.kind(), r.id())));
                }
                return text("escalated", at, String.valueOf(x.level()), String.join(text("list.separator"), to),
                        time(x.recordedAt()));
            }
            ExplanationStep.Stopped x = (ExplanationStep.Stopped) s;
            String key = x.step() == TicketStep.CLOSE ? "stopped.closed" : "stopped";
            return x.lateness() == null ? text(key + ".met", at, step(x.step()))
                    : text(key + ".late", at, step(x.step()), duration(x.lateness()));
        }

        /** SL-11: why a new time was agreed, cited by its ticket timeline entry, never copied. */
        String reason(TicketStep step, int entry) {
            return step == TicketStep.AGREE_NEW_TIME && entry > 0 ? text("agreed.reason", String.valueOf(entry)) : "";
        }

        String step(TicketStep step) {
            return text("step." + step);
        }

        String reason(NonWorkingSpan span) {
            String r = text("reason." + span.reason());
            return span.name().isEmpty() ? r : text("reason.named", r, span.name());
        }

        String target(Target t) {
            if (t instanceof Target.CalendarTime c) {
                return text("target.calendarTime", duration(c.duration()));
            }
            if (t instanceof Target.BusinessTime b) {
                return text("target.businessTime", duration(b.workingTime()), b.calendar());
            }
            if (t instanceof Target.WorkingDays w) {
                return text("target.workingDays", String.valueOf(w.days()), w.calendar());
            }
            return text("target.agreedTime");
        }

        String warning(Warning w) {
            if (w instanceof Warning.AtPercent p) {
                return text("warning.percent", String.valueOf(p.percent()));
            }
            return text("warning.before", duration(((Warning.BeforeDeadline) w).leadTime()));
        }

        String time(Instant instant) {
            boolean whole = instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0;
            return (whole ? minutes : seconds).format(instant.atZone(zone));
        }

        String timeOrNone(Instant instant) {
            return instant == null ? text("none") : time(instant);
        }

        String duration(Duration d) {
            if (d.isZero() || d.isNegative()) {
                return text("duration.zero");
            }
            List<String> parts = new ArrayList<>();
            long days = d.toDays();
            if (days > 0) {
                parts.add(text("duration.day", String.valueOf(days)));
            }
            if (d.toHoursPart() > 0) {
                parts.add(text("duration.hour", String.valueOf(d.toHoursPart())));
            }
            if (d.toMinutesPart() > 0) {
                parts.add(text("duration.minute", String.valueOf(d.toMinutesPart())));
            }
            if (d.toSecondsPart() > 0 || d.toNanosPart() > 0) {
                String secs = d.toNanosPart() == 0 ? String.valueOf(d.toSecondsPart())
                        : String.format(Locale.ROOT, "%d.%03d", d.toSecondsPart(), d.toMillisPart());
                parts.add(text("duration.second", secs));
            }
            return String.join(text("duration.separator"), parts);
        }
    }
}

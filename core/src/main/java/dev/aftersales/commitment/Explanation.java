package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a commitment's deadline is what it is (rule SL-15): the commitment, its policy version and
 * term (with the rules it implements), the target, the calendar and its version, every step of the
 * trace in time order, and the result as of the explanation's instant. Flags computations that
 * needed dates outside the calendar's coverage (rule SL-16). Render it with
 * {@link ExplanationRenderer} in English or Chinese.
 *
 * @param commitment      the commitment
 * @param ticket          its ticket
 * @param cycle           the ticket cycle
 * @param policy          the policy version
 * @param termKey         the term
 * @param rules           the rule ids the term implements
 * @param target          the term's target
 * @param calendar        the calendar version computed with, or {@code null} for calendar time
 * @param zone            the zone instants are shown in: the calendar's, UTC for calendar time
 * @param steps           the trace, in time order
 * @param asOf            the instant the result is as of
 * @param status          the status at {@code asOf}
 * @param deadline        the deadline in force, or {@code null} while paused
 * @param remaining       the time remaining while paused, else {@code null}
 * @param stoppedAt       when it stopped, or {@code null}
 * @param lateness        how late it was met, or {@code null}
 * @param outsideCoverage true if some computation needed dates outside the calendar's coverage
 * @param termNames       the names of the policy version's terms by key (this term's, and the
 *                        earlier term's a chained start names); a term without one shows its key
 */
public record Explanation(CommitmentId commitment, TicketId ticket, int cycle, PolicyRef policy, String termKey,
                          List<String> rules, Target target, CalendarRef calendar, ZoneId zone, List<ExplanationStep> steps,
                          Instant asOf, CommitmentStatus status, Instant deadline, Duration remaining,
                          Instant stoppedAt, Duration lateness, boolean outsideCoverage,
                          Map<String, TermName> termNames) {

    /**
     * Creates an explanation.
     *
     * @throws NullPointerException if a required argument is null
     */
    public Explanation {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(termKey, "termKey");
        rules = List.copyOf(rules);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(zone, "zone");
        steps = List.copyOf(steps);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        termNames = Map.copyOf(termNames);
    }

    /**
     * Creates an explanation whose terms have no names (they show their keys).
     *
     * @param commitment      the commitment
     * @param ticket          its ticket
     * @param cycle           the ticket cycle
     * @param policy          the policy version
     * @param termKey         the term
     * @param rules           the rule ids the term implements
     * @param target          the term's target
     * @param calendar        the calendar version computed with, or {@code null} for calendar time
     * @param zone            the zone instants are shown in
     * @param steps           the trace, in time order
     * @param asOf            the instant the result is as of
     * @param status          the status at {@code asOf}
     * @param deadline        the deadline in force, or {@code null} while paused
     * @param remaining       the time remaining while paused, else {@code null}
     * @param stoppedAt       when it stopped, or {@code null}
     * @param lateness        how late it was met, or {@code null}
     * @param outsideCoverage true if some computation needed dates outside the calendar's coverage
     * @throws NullPointerException if a required argument is null
     */
    public Explanation(CommitmentId commitment, TicketId ticket, int cycle, PolicyRef policy, String termKey,
                       List<String> rules, Target target, CalendarRef calendar, ZoneId zone,
                       List<ExplanationStep> steps, Instant asOf, CommitmentStatus status, Instant deadline,
                       Duration remaining, Instant stoppedAt, Duration lateness, boolean outsideCoverage) {
        this(commitment, ticket, cycle, policy, termKey, rules, target, calendar, zone, steps, asOf, status, deadline,
                remaining, stoppedAt, lateness, outsideCoverage, Map.of());
    }

    /**
     * Gets the name of a term of the policy version as people read it (rule SL-15).
     *
     * @param key    the term's key
     * @param locale Chinese for {@code zh}; any other language gets English
     * @return the name in that language, or the key if the term has no name
     * @throws NullPointerException if an argument is null
     */
    public String termName(String key, Locale locale) {
        TermName name = termNames.get(Objects.requireNonNull(key, "key"));
        return name == null ? key : name.in(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Gets the name of this commitment's term as people read it (rule SL-15).
     *
     * @param locale Chinese for {@code zh}; any other language gets English
     * @return the name in that language, or the key if the term has no name
     * @throws NullPointerException if {@code locale} is null
     */
    public String termName(Locale locale) {
        return termName(termKey, locale);
    }

    /**
     * Renders the explanation in a language, instants in the calendar's zone (UTC for calendar
     * time), see {@link ExplanationRenderer}.
     *
     * @param locale English or Chinese ({@code zh}); other locales get English
     * @return the text, one line per step
     * @throws NullPointerException if {@code locale} is null
     */
    public String render(Locale locale) {
        return ExplanationRenderer.render(this, locale);
    }
}

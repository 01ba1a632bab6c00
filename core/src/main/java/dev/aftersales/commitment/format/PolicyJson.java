package dev.aftersales.commitment.format;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.PolicyProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of a commitment policy (服务承诺制度的 JSON 格式; rules SL-6 to SL-13), for
 * applications that keep or send policies as JSON, documented field by field in
 * {@code docs/policies.md}:
 *
 * <pre>
 * {
 *   "policy": "rp2-emergency",
 *   "version": 1,
 *   "selector": {"kinds": ["REPAIR"], "urgencies": ["EMERGENCY"]},
 *   "terms": [
 *     {
 *       "key": "rp2-emergency-on-site",
 *       "name": {"zh": "紧急维修到场", "en": "be on site for the emergency"},
 *       "rules": ["RP-2", "RP-1"],
 *       "start": {"on": ["RECEIVE", "REOPEN"]},
 *       "stop": ["AGREE_PLAN", "START_WORK"],
 *       "target": {"kind": "calendar", "duration": "PT2H"},
 *       "escalations": [
 *         {"from": "breach", "after": {"kind": "calendar", "duration": "PT0S"}, "to": ["department:admin-hr"]}
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * Writing a policy and parsing the JSON gives an equal policy ({@link CommitmentPolicy#equals}),
 * for every policy the builders can make, also one that does not validate. Reading is strict
 * (RFC 8259, no comments, no trailing commas; duplicate members, unknown members, missing required
 * members and values of the wrong type are errors) and every problem is named with the source, the
 * line, the column and the problem in English and Chinese ({@link PolicyFormatException}), like
 * the text form ({@link PolicyFormat}); {@link #parse(String, String, CalendarRegistry)} also
 * names every validation problem ({@link CommitmentPolicy#validate}) at the term concerned.
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    /**
     * Writes a policy in the JSON form, indented by two spaces.
     *
     * @param policy the policy
     * @return the JSON text, ending with a line break
     * @throws NullPointerException if {@code policy} is null
     */
    public static String write(CommitmentPolicy policy) {
        return PolicyJsonWriter.write(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Parses the JSON form without validating the policy (e.g. to show a draft in an admin screen).
     *
     * @param source the name errors give for the text, e.g. a file name
     * @param json   the JSON text
     * @return the policy as written
     * @throws NullPointerException  if an argument is null
     * @throws PolicyFormatException naming the JSON syntax error, or else every malformed member
     */
    public static CommitmentPolicy parse(String source, String json) {
        Objects.requireNonNull(source, "source");
        return PolicyJsonReader.parse(source, Objects.requireNonNull(json, "json")).policy();
    }

    /**
     * Parses the JSON form and validates the policy, as registration does.
     *
     * @param source    the name errors give for the text
     * @param json      the JSON text
     * @param calendars the calendars the terms may name
     * @return the valid policy
     * @throws NullPointerException  if an argument is null
     * @throws PolicyFormatException naming the JSON syntax error, or else every malformed member, or
     *                               else every validation problem at the line and column of its term
     *                               (of the policy object for the policy as a whole)
     */
    public static CommitmentPolicy parse(String source, String json, CalendarRegistry calendars) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(calendars, "calendars");
        PolicyJsonReader.Parsed parsed = PolicyJsonReader.parse(source, Objects.requireNonNull(json, "json"));
        List<PolicyProblem> found = parsed.policy().validate(calendars);
        if (found.isEmpty()) {
            return parsed.policy();
        }
        List<PolicyFormatException.Problem> problems = new ArrayList<>();
        for (PolicyProblem p : found) {
            int[] at = p.termKey() == null ? null : parsed.termPlaces().get(p.termKey());
            problems.add(at == null
                    ? new PolicyFormatException.Problem(parsed.line(), parsed.column(), p.toString(), p.chinese())
                    : new PolicyFormatException.Problem(at[0], at[1], p.toString(), p.chinese()));
        }
        problems.sort(Comparator.comparingInt(PolicyFormatException.Problem::line)
                .thenComparingInt(PolicyFormatException.Problem::column));
        throw new PolicyFormatException(source, problems);
    }
}

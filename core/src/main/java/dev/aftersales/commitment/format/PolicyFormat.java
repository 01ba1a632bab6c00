package dev.aftersales.commitment.format;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.PolicyProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The text form of a commitment policy (服务承诺制度的文本格式; rules SL-6 to SL-13), documented with
 * every preset in {@code docs/policies.md}. One field a line, words separated by spaces, a word with
 * spaces or quotes written in double quotes; blank lines and lines starting with {@code #} are
 * ignored:
 *
 * <pre>
 * policy rp2-emergency
 * version 1
 * kinds REPAIR
 * urgencies EMERGENCY
 *
 * term rp2-emergency-on-site
 *   name 紧急维修到场 "be on site for the emergency"
 *   rules RP-2 RP-1
 *   start on RECEIVE REOPEN
 *   stop AGREE_PLAN START_WORK
 *   target calendar PT2H
 *   escalate breach calendar PT0S to department:admin-hr
 * </pre>
 *
 * Writing a policy and parsing the text gives an equal policy ({@link CommitmentPolicy#equals}).
 * Errors name the source, the line, the column where known, and the problem in English and Chinese
 * ({@link PolicyFormatException}); every malformed line is named at once, and
 * {@link #parse(String, String, CalendarRegistry)} also names every validation problem
 * ({@link CommitmentPolicy#validate}) at the line of the term concerned.
 */
public final class PolicyFormat {

    private PolicyFormat() {
    }

    /**
     * Writes a policy in the text form.
     *
     * @param policy the policy
     * @return the text, one field a line, ending with a line break
     * @throws NullPointerException if {@code policy} is null
     */
    public static String write(CommitmentPolicy policy) {
        return PolicyTextWriter.write(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Parses the text form without validating the policy (e.g. to show a draft in an admin screen).
     *
     * @param source the name errors give for the text, e.g. a file name
     * @param text   the text
     * @return the policy as written
     * @throws NullPointerException  if an argument is null
     * @throws PolicyFormatException naming every malformed line
     */
    public static CommitmentPolicy parse(String source, String text) {
        Objects.requireNonNull(source, "source");
        return PolicyTextParser.parse(source, Objects.requireNonNull(text, "text")).policy();
    }

    /**
     * Parses the text form and validates the policy, as registration does.
     *
     * @param source    the name errors give for the text
     * @param text      the text
     * @param calendars the calendars the terms may name
     * @return the valid policy
     * @throws NullPointerException  if an argument is null
     * @throws PolicyFormatException naming every malformed line, or else every validation problem at
     *                               the line of its term (of the {@code policy} line for the policy as a whole)
     */
    public static CommitmentPolicy parse(String source, String text, CalendarRegistry calendars) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(calendars, "calendars");
        PolicyTextParser.Parsed parsed = PolicyTextParser.parse(source, Objects.requireNonNull(text, "text"));
        List<PolicyProblem> found = parsed.policy().validate(calendars);
        if (found.isEmpty()) {
            return parsed.policy();
        }
        List<PolicyFormatException.Problem> problems = new ArrayList<>();
        for (PolicyProblem p : found) {
            int line = p.termKey() == null ? parsed.policyLine()
                    : parsed.termLines().getOrDefault(p.termKey(), parsed.policyLine());
            problems.add(new PolicyFormatException.Problem(line, 0, p.toString(), p.chinese()));
        }
        problems.sort(Comparator.comparingInt(PolicyFormatException.Problem::line));
        throw new PolicyFormatException(source, problems);
    }
}

package dev.aftersales.commitment;

import dev.aftersales.common.AfterSalesException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a commitment policy is registered with problems; the message and
 * {@link #problems()} name every one of them.
 */
public class InvalidPolicyException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String policy;
    private final transient List<PolicyProblem> problems;

    /**
     * Creates the exception.
     *
     * @param policy   the policy's id and version
     * @param problems every problem found, at least one
     */
    public InvalidPolicyException(String policy, List<PolicyProblem> problems) {
        super(format(policy, problems, Locale.ENGLISH));
        this.policy = policy;
        this.problems = List.copyOf(problems);
    }

    private static String format(String policy, List<PolicyProblem> problems, Locale locale) {
        boolean zh = chinese(locale);
        return text(CommitmentException.BUNDLE, locale, "error.invalidPolicy", policy, problems.size(),
                problems.stream().map(p -> zh ? p.chinese() : p.toString())
                        .collect(Collectors.joining(text(CommitmentException.BUNDLE, locale, "error.invalidPolicy.separator"))));
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 承诺制度 rp@2 有 1 个问题：条款 response：预警在期限之时或之后}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the policy, the terms and the kinds of problem
     */
    @Override
    public String message(Locale locale) {
        return format(policy, problems, locale);
    }

    /**
     * Gets every problem found.
     *
     * @return the problems
     */
    public List<PolicyProblem> problems() {
        return problems;
    }
}

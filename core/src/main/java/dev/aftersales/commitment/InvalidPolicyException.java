package dev.aftersales.commitment;

import dev.aftersales.common.AfterSalesException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a commitment policy is registered with problems; the message and
 * {@link #problems()} name every one of them.
 */
public class InvalidPolicyException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    /**
     * Creates the exception.
     *
     * @param policy   the policy's id and version
     * @param problems every problem found, at least one
     */
    public InvalidPolicyException(String policy, List<PolicyProblem> problems) {
        super("commitment policy " + policy + " has " + problems.size() + " problem(s): "
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
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

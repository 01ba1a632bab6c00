package dev.aftersales.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a command entering the library breaks its constraints. Lists every violation at
 * once, never only the first (rule CP-2: registration is complete, no missing field). The message
 * names the command and the fields, never the rejected values.
 */
public class InvalidCommandException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param command    the simple name of the command type
     * @param violations every violation, at least one
     */
    public InvalidCommandException(String command, List<Violation> violations) {
        super(command + " is invalid: " + violations.stream().map(Violation::toString)
                .collect(Collectors.joining("; ")));
        this.command = command;
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the simple name of the rejected command type.
     *
     * @return the command name
     */
    public String command() {
        return command;
    }

    /**
     * Returns every violation, ordered by field.
     *
     * @return the violations, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }
}

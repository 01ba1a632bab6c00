package dev.aftersales.common;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a command entering the library breaks its constraints. Lists every violation at
 * once, never only the first (rule CP-2: registration is complete, no missing field). The message
 * names the command and the fields, never the rejected values, in the language of the violations:
 * {@code RegisterEstate is invalid: name: is required} or
 * {@code 命令 RegisterEstate 无效：name: 不能为空}.
 */
public class InvalidCommandException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final transient List<Violation> violations;

    /**
     * Creates the exception with an English summary.
     *
     * @param command    the simple name of the command type
     * @param violations every violation, at least one
     */
    public InvalidCommandException(String command, List<Violation> violations) {
        this(command, violations, Locale.ENGLISH);
    }

    /**
     * Creates the exception with a summary in the language of the violations' messages (rule CP-2).
     *
     * @param command    the simple name of the command type
     * @param violations every violation, at least one
     * @param locale     {@link Locale#SIMPLIFIED_CHINESE} (any Chinese locale) or English (any other)
     */
    public InvalidCommandException(String command, List<Violation> violations, Locale locale) {
        super(CommandMessages.summary(command, violations, locale));
        this.command = command;
        this.violations = List.copyOf(violations);
    }

    /**
     * Gets the summary in English or (for a Chinese locale) Chinese, e.g.
     * {@code 命令 RegisterEstate 无效：name: 不能为空}. It names the command and the fields; each
     * violation's text stays in the language of the {@link CommandValidator} that found it.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the summary
     */
    @Override
    public String message(Locale locale) {
        return CommandMessages.summary(command, violations, chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
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

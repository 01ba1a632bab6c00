package dev.aftersales.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Validates commands entering the library with Jakarta Bean Validation (Hibernate Validator) and
 * turns violations into one {@link InvalidCommandException} listing all of them (rule CP-2).
 *
 * <p>Messages come from the library's own bundle {@code dev/aftersales/common/ValidationMessages}
 * (English, and {@code _zh_CN} for Chinese), in the locale given at construction, never from an
 * application's {@code ValidationMessages.properties} at the class-path root. The summary of the
 * exception is in the same language. The interpolator resolves {@code {parameters}} only, not
 * expression language, so the library needs no EL implementation at run time and a message can
 * never echo a rejected value.
 */
public final class CommandValidator implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;
    private final Locale locale;

    /**
     * Creates a validator whose messages are in the given locale.
     *
     * @param locale {@link Locale#ENGLISH}, {@link Locale#SIMPLIFIED_CHINESE}, or another locale
     *               (falling back to English)
     */
    public CommandValidator(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        // only English and Chinese messages exist; anything else is English, never the JVM default
        this.locale = CommandMessages.supported(locale);
        MessageInterpolator base = new LibraryMessageInterpolator();
        MessageInterpolator localised = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, CommandValidator.this.locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale requested) {
                return base.interpolate(template, context, requested);
            }
        };
        this.factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(localised)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Returns the locale of the messages: {@link Locale#SIMPLIFIED_CHINESE} for any Chinese locale,
     * else {@link Locale#ENGLISH}.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Checks a command and returns it when it is valid.
     *
     * @param command the command, a record or class with Bean Validation constraints
     * @param <C>     the command type
     * @return the same command
     * @throws NullPointerException    if the command is null
     * @throws InvalidCommandException listing every violation, if there is at least one
     */
    public <C> C validate(C command) {
        Objects.requireNonNull(command, "command");
        Set<ConstraintViolation<C>> found = validator.validate(command);
        if (!found.isEmpty()) {
            List<Violation> violations = found.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .toList();
            throw new InvalidCommandException(command.getClass().getSimpleName(), violations, locale);
        }
        return command;
    }

    @Override
    public void close() {
        factory.close();
    }
}

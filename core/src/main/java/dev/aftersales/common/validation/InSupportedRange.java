package dev.aftersales.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constraint: the annotated {@link java.time.Instant} or {@link java.time.LocalDate} lies in the
 * range every store holds exactly, {@link dev.aftersales.common.SupportedRange} (rule IN-2).
 * {@code null} is valid: a required field also carries {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = {SupportedInstantValidator.class, SupportedDateValidator.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InSupportedRange {

    /**
     * Returns the message.
     *
     * @return the message template
     */
    String message() default "{aftersales.time.range}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}

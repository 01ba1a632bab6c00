package dev.aftersales.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constraint: the annotated text is free text as rule IN-1 defines it ({@link FreeTexts}): no
 * control character other than tabs and line breaks, well-formed UTF-16, and not blank in the
 * Unicode sense. {@code null} is valid: a required field also carries {@code @NotNull}.
 *
 * <p>Each problem has its own message from the library's bundle, in English and Chinese: a
 * control character ({@code aftersales.text.control}), an unpaired surrogate
 * ({@code aftersales.text.malformed}) and, for blank text, {@link #message()}, so that a field
 * keeps its own wording ("the plan is required").
 */
@Documented
@Constraint(validatedBy = FreeTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {

    /**
     * Returns the message for a blank text.
     *
     * @return the message template
     */
    String message() default "{aftersales.text.blank}";

    /**
     * Returns whether a blank text is accepted (an optional text whose blank means unknown).
     *
     * @return true to accept blank text
     */
    boolean blankAllowed() default false;

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

package dev.aftersales.common.validation;

import dev.aftersales.common.SupportedRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;

/**
 * Checks the {@link InSupportedRange} constraint on a date (rule IN-2). Public only because Bean
 * Validation instantiates it.
 */
public final class SupportedDateValidator implements ConstraintValidator<InSupportedRange, LocalDate> {

    /** Creates the validator; Bean Validation does. */
    public SupportedDateValidator() {
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || SupportedRange.contains(value);
    }
}

package dev.aftersales.common.validation;

import dev.aftersales.common.SupportedRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;

/**
 * Checks the {@link InSupportedRange} constraint on an instant (rule IN-2). Public only because
 * Bean Validation instantiates it.
 */
public final class SupportedInstantValidator implements ConstraintValidator<InSupportedRange, Instant> {

    /** Creates the validator; Bean Validation does. */
    public SupportedInstantValidator() {
    }

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        return value == null || SupportedRange.contains(value);
    }
}

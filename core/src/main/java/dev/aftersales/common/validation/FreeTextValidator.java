package dev.aftersales.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/**
 * Checks the {@link FreeText} constraint (rule IN-1). Public only because Bean Validation
 * instantiates it.
 */
public final class FreeTextValidator implements ConstraintValidator<FreeText, String> {

    private boolean blankAllowed;

    /** Creates the validator; Bean Validation does. */
    public FreeTextValidator() {
    }

    @Override
    public void initialize(FreeText constraint) {
        this.blankAllowed = constraint.blankAllowed();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<FreeTexts.Problem> problem = FreeTexts.problem(value);
        if (problem.isEmpty() || (blankAllowed && problem.get() == FreeTexts.Problem.BLANK)) {
            return true;
        }
        if (problem.get() != FreeTexts.Problem.BLANK) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get() == FreeTexts.Problem.CONTROL_CHARACTER
                    ? "{aftersales.text.control}" : "{aftersales.text.malformed}").addConstraintViolation();
        }
        return false;
    }
}

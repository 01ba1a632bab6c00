package dev.aftersales.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The aspects of a callback's satisfaction the customer rated separately (rule MS-3): the speed of
 * the response, the staff's attitude and the result, each on the scale of the overall score,
 * {@value StepDetails#SATISFACTION_MIN} (very dissatisfied) to {@value StepDetails#SATISFACTION_MAX}
 * (very satisfied), and each optional ({@code null} when the customer gave no rating).
 *
 * <p>The constructor accepts any number so that a command carrying the aspects can report every
 * problem at once (rule CP-2); the range is checked by {@link dev.aftersales.common.CommandValidator}
 * with the command, and again by {@link StepDetails} before a step records them.
 *
 * @param responseSpeed the rating of the response speed, or {@code null}
 * @param attitude      the rating of the staff's attitude, or {@code null}
 * @param result        the rating of the result, or {@code null}
 */
public record SatisfactionAspects(
        @Min(value = StepDetails.SATISFACTION_MIN, message = "{aftersales.ticket.aspect.range}")
        @Max(value = StepDetails.SATISFACTION_MAX, message = "{aftersales.ticket.aspect.range}")
        Integer responseSpeed,
        @Min(value = StepDetails.SATISFACTION_MIN, message = "{aftersales.ticket.aspect.range}")
        @Max(value = StepDetails.SATISFACTION_MAX, message = "{aftersales.ticket.aspect.range}")
        Integer attitude,
        @Min(value = StepDetails.SATISFACTION_MIN, message = "{aftersales.ticket.aspect.range}")
        @Max(value = StepDetails.SATISFACTION_MAX, message = "{aftersales.ticket.aspect.range}")
        Integer result) {

    private static final SatisfactionAspects NONE = new SatisfactionAspects(null, null, null);

    /**
     * Obtains the aspects of a callback that rated none.
     *
     * @return the empty aspects
     */
    public static SatisfactionAspects none() {
        return NONE;
    }

    /**
     * Obtains the aspects of a callback that rated all three.
     *
     * @param responseSpeed the rating of the response speed
     * @param attitude      the rating of the staff's attitude
     * @param result        the rating of the result
     * @return the aspects, not yet checked
     */
    public static SatisfactionAspects of(int responseSpeed, int attitude, int result) {
        return new SatisfactionAspects(responseSpeed, attitude, result);
    }

    /**
     * Returns a copy with another rating of the response speed.
     *
     * @param rating the rating, or {@code null} for none
     * @return the copy
     */
    public SatisfactionAspects withResponseSpeed(Integer rating) {
        return new SatisfactionAspects(rating, attitude, result);
    }

    /**
     * Returns a copy with another rating of the staff's attitude.
     *
     * @param rating the rating, or {@code null} for none
     * @return the copy
     */
    public SatisfactionAspects withAttitude(Integer rating) {
        return new SatisfactionAspects(responseSpeed, rating, result);
    }

    /**
     * Returns a copy with another rating of the result.
     *
     * @param rating the rating, or {@code null} for none
     * @return the copy
     */
    public SatisfactionAspects withResult(Integer rating) {
        return new SatisfactionAspects(responseSpeed, attitude, rating);
    }

    /**
     * Tells whether no aspect was rated.
     *
     * @return {@code true} if all three are {@code null}
     */
    public boolean isEmpty() {
        return responseSpeed == null && attitude == null && result == null;
    }

    /**
     * Checks that every rating given is on the 1 to 5 scale.
     *
     * @return these aspects
     * @throws IllegalArgumentException if not, naming the aspect
     */
    public SatisfactionAspects requireOnScale() {
        check("responseSpeed", responseSpeed);
        check("attitude", attitude);
        check("result", result);
        return this;
    }

    private static void check(String field, Integer rating) {
        if (rating != null && (rating < StepDetails.SATISFACTION_MIN || rating > StepDetails.SATISFACTION_MAX)) {
            throw new IllegalArgumentException("satisfaction aspect " + field + " must be "
                    + StepDetails.SATISFACTION_MIN + " to " + StepDetails.SATISFACTION_MAX + ", got " + rating
                    + " (MS-3)");
        }
    }
}

package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;
import java.util.Objects;

/**
 * Thrown when a step of an ownership's life (hand over, transfer) is not allowed in its state or
 * with the given date. The message names the ownership, its unit, its state and the step, never
 * personal data (rule EU-4); nothing is changed.
 */
public class OwnershipStepException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final OwnershipId ownership;
    private final UnitId unit;
    private final OwnershipState state;
    private final String step;

    /**
     * Creates the exception.
     *
     * @param ownership the ownership
     * @param unit      its unit
     * @param state     its state
     * @param step      the refused step, e.g. {@code "hand over"}
     * @param reason    why, without personal data
     */
    public OwnershipStepException(OwnershipId ownership, UnitId unit, OwnershipState state, String step,
                                  String reason) {
        super("cannot " + step + " ownership " + ownership + " of unit " + unit + " in state " + state + ": "
                + reason);
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.state = Objects.requireNonNull(state, "state");
        this.step = Objects.requireNonNull(step, "step");
    }

    /**
     * Returns the ownership whose step was refused.
     *
     * @return the ownership id
     */
    public OwnershipId ownership() {
        return ownership;
    }

    /**
     * Returns the unit of the ownership.
     *
     * @return the unit id
     */
    public UnitId unit() {
        return unit;
    }

    /**
     * Returns the state the ownership was in.
     *
     * @return the state
     */
    public OwnershipState state() {
        return state;
    }

    /**
     * Returns the refused step.
     *
     * @return the step, e.g. {@code "hand over"}
     */
    public String step() {
        return step;
    }
}

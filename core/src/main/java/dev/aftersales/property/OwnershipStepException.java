package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;
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
    private final String chineseReason;

    /**
     * Creates the exception with the reason in English only: its Chinese message gives the
     * ownership, unit, state and step in Chinese and the English reason.
     *
     * @param ownership the ownership
     * @param unit      its unit
     * @param state     its state
     * @param step      the refused step, e.g. {@code "hand over"}
     * @param reason    why, without personal data
     */
    public OwnershipStepException(OwnershipId ownership, UnitId unit, OwnershipState state, String step,
                                  String reason) {
        this(ownership, unit, state, step, reason, reason);
    }

    /**
     * Creates the exception with the reason in English and Chinese.
     *
     * @param ownership     the ownership
     * @param unit          its unit
     * @param state         its state
     * @param step          the refused step, e.g. {@code "hand over"}
     * @param reason        why, without personal data
     * @param chineseReason why, in Chinese, without personal data
     */
    public OwnershipStepException(OwnershipId ownership, UnitId unit, OwnershipState state, String step,
                                  String reason, String chineseReason) {
        super(text(Messages.BUNDLE, Locale.ENGLISH, "step", step, ownership, unit, state, reason));
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.state = Objects.requireNonNull(state, "state");
        this.step = Objects.requireNonNull(step, "step");
        this.chineseReason = Objects.requireNonNull(chineseReason, "chineseReason");
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 不能交付房屋 U-1 的产权 own-7（状态：已交房）：该房屋已于 2026-01-05 交付}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the ownership, unit, state and step
     */
    @Override
    public String message(Locale locale) {
        if (!chinese(locale)) {
            return getMessage();
        }
        return text(Messages.BUNDLE, locale, "step", Messages.word("step.", step, locale), ownership, unit,
                state.displayName(locale), chineseReason);
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

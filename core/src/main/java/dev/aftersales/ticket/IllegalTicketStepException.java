package dev.aftersales.ticket;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a step is not legal for a ticket in its current state (see the table on
 * {@link Ticket}). The ticket is left exactly as it was: state, timeline and pending events.
 * The message names the ticket, its state and the step, and why, never personal data (rule EU-4).
 */
public class IllegalTicketStepException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final TicketId ticketId;
    private final TicketState state;
    private final TicketStep step;
    private final String chineseReason;

    /**
     * Creates the exception with the reason in English only: its Chinese message names the
     * ticket, state and step in Chinese and gives the English reason.
     *
     * @param ticketId the ticket
     * @param state    its current state
     * @param step     the refused step
     * @param reason   why it is refused
     */
    public IllegalTicketStepException(TicketId ticketId, TicketState state, TicketStep step, String reason) {
        this(ticketId, state, step, reason, reason);
    }

    /**
     * Creates the exception with the reason in English and Chinese.
     *
     * @param ticketId      the ticket
     * @param state         its current state
     * @param step          the refused step
     * @param reason        why it is refused
     * @param chineseReason why it is refused, in Chinese
     */
    public IllegalTicketStepException(TicketId ticketId, TicketState state, TicketStep step, String reason,
                                      String chineseReason) {
        super(text(Messages.BUNDLE, Locale.ENGLISH, "illegalStep", ticketId, state, step, reason));
        this.ticketId = ticketId;
        this.state = state;
        this.step = step;
        this.chineseReason = Objects.requireNonNull(chineseReason, "chineseReason");
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 工单 T-1 处于“已受理”状态，不能执行“开工”步骤：工单生命周期中没有这一转换}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the ticket, its state and the step
     */
    @Override
    public String message(Locale locale) {
        if (!chinese(locale)) {
            return getMessage();
        }
        return text(Messages.BUNDLE, locale, "illegalStep", ticketId, state.displayName(locale),
                step.displayName(locale), chineseReason);
    }

    /**
     * Returns the ticket whose step was refused.
     *
     * @return the ticket id
     */
    public TicketId ticketId() {
        return ticketId;
    }

    /**
     * Returns the ticket's state when the step was refused.
     *
     * @return the state
     */
    public TicketState state() {
        return state;
    }

    /**
     * Returns the refused step.
     *
     * @return the step
     */
    public TicketStep step() {
        return step;
    }
}

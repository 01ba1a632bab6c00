package dev.aftersales.ticket;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;

/** Thrown when a step names a ticket that is not stored. The message names the ticket id only. */
public class TicketNotFoundException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final TicketId ticketId;

    /**
     * Creates the exception.
     *
     * @param ticketId the missing ticket
     */
    public TicketNotFoundException(TicketId ticketId) {
        super(text(Messages.BUNDLE, Locale.ENGLISH, "notFound", ticketId));
        this.ticketId = ticketId;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 工单 T-1 不存在（未存储）}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the ticket id
     */
    @Override
    public String message(Locale locale) {
        return text(Messages.BUNDLE, locale, "notFound", ticketId);
    }

    /**
     * Returns the missing ticket's id.
     *
     * @return the ticket id
     */
    public TicketId ticketId() {
        return ticketId;
    }
}

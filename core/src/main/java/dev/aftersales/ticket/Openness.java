package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;
import java.util.Objects;

/** Which tickets a query returns with respect to closure: open ones, closed ones, or any. */
public enum Openness implements DisplayNamed {
    /** Tickets in any state. */
    ANY,
    /** Tickets not in state {@link TicketState#CLOSED}. */
    OPEN,
    /** Tickets in state {@link TicketState#CLOSED}. */
    CLOSED;

    /**
     * Checks if a ticket in the given state passes this filter.
     *
     * @param state the ticket's state
     * @return true if the state matches
     * @throws NullPointerException if the state is null
     */
    public boolean test(TicketState state) {
        Objects.requireNonNull(state, "state");
        return switch (this) {
            case ANY -> true;
            case OPEN -> state != TicketState.CLOSED;
            case CLOSED -> state == TicketState.CLOSED;
        };
    }
}

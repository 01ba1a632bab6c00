package dev.aftersales.testkit.tck;

import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitOfWork;

/**
 * What an adapter author supplies to the ticket TCK: a fresh, empty store's ticket repository and
 * the unit of work its repositories join. Each test asks for a new fixture, so tests never see
 * each other's tickets.
 */
public interface TicketStoreFixture {

    /**
     * Returns the store's ticket repository.
     *
     * @return the repository, the same instance on every call
     */
    TicketRepository tickets();

    /**
     * Returns the store's unit of work.
     *
     * @return the unit of work, the same instance on every call
     */
    UnitOfWork unitOfWork();

    /**
     * Obtains a fixture from its two parts.
     *
     * @param tickets    the ticket repository
     * @param unitOfWork the unit of work it joins
     * @return the fixture
     */
    static TicketStoreFixture of(TicketRepository tickets, UnitOfWork unitOfWork) {
        java.util.Objects.requireNonNull(tickets, "tickets");
        java.util.Objects.requireNonNull(unitOfWork, "unitOfWork");
        return new TicketStoreFixture() {
            @Override
            public TicketRepository tickets() {
                return tickets;
            }

            @Override
            public UnitOfWork unitOfWork() {
                return unitOfWork;
            }
        };
    }
}

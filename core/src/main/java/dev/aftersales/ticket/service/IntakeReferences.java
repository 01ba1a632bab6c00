package dev.aftersales.ticket.service;

/**
 * How the ticket service treats the property references of an intake command: its location
 * (unit, building, estate) and, when an owner reports, the owner (rules EU-1, EU-3). Set for a desk
 * with {@code AfterSales.builder().checkReferences(boolean)}.
 */
public enum IntakeReferences {

    /**
     * Every reference is checked against the property register in the unit of work of the
     * reception: the unit, building or estate must be registered, a unit must be in the building
     * and estate the command names, a building in the estate it names, a reporting owner must be
     * registered. A command that fails is refused with a
     * {@link dev.aftersales.ticket.TicketReferenceException} listing every problem, and nothing is
     * stored. The default.
     */
    CHECKED,

    /**
     * The references are taken as given, unchecked: for tests about something else, and for
     * applications whose own register is the reference. A unit named alone
     * ({@link dev.aftersales.ticket.TicketLocation#ofUnit(dev.aftersales.property.UnitId)}) is
     * still looked up, since its building and estate come from the register.
     */
    TRUSTED
}

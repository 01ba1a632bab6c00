package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeTexts;
import dev.aftersales.common.DepartmentId;
import java.util.Objects;

/**
 * What a customer reported when a ticket was received: its kind, channel, urgency (repairs),
 * severity (complaints), location, reporter and description. Immutable; fixed for the life of
 * the ticket.
 *
 * <p>Invariants: a repair has an urgency and no severity (rule RP-2); a complaint has a severity
 * and no urgency (rules CP-3, CP-9); other kinds have neither; a patrol finding is on a common
 * area (rule PT-2); the location names its building and estate (a unit named alone,
 * {@link TicketLocation.UnitOnly}, is refused: rule EU-1); a non-owner contact is well formed. The description and the reporter may
 * hold personal data, so {@code toString} withholds them (rule EU-4).
 *
 * @param kind        the kind of ticket
 * @param channel     the channel it came through
 * @param urgency     the urgency of a repair, {@code null} for other kinds
 * @param severity    the severity of a complaint, {@code null} for other kinds
 * @param location    where the matter is
 * @param reporter    who raised it
 * @param description what the customer said, 1 to {@value #DESCRIPTION_MAX} characters
 * @param category    the category of the request in the company's catalogue (rule PS-1), or
 *                    {@code null}
 */
public record TicketIntake(TicketKind kind, Channel channel, Urgency urgency, Severity severity,
                           TicketLocation location, Reporter reporter, String description,
                           TicketCategory category) {

    /** The longest description accepted. */
    public static final int DESCRIPTION_MAX = 2000;

    /**
     * Creates an intake.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if an invariant above is broken
     */
    public TicketIntake {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(description, "description");
        if ((kind == TicketKind.REPAIR) != (urgency != null)) {
            throw new IllegalArgumentException("a repair needs an urgency and other kinds have none (RP-2), kind " + kind);
        }
        if ((kind == TicketKind.COMPLAINT) != (severity != null)) {
            throw new IllegalArgumentException("a complaint needs a severity and other kinds have none (CP-3), kind " + kind);
        }
        if (location instanceof TicketLocation.UnitOnly named) {
            throw new IllegalArgumentException("a ticket's location names its building and estate: unit "
                    + named.unitId() + " is named alone, which only the ticket service looks up (EU-1)");
        }
        if (Channel.PATROL.equals(channel) && !location.isCommonArea()) {
            throw new IllegalArgumentException("a patrol finding is on a common area (PT-2)");
        }
        FreeTexts.require("description", description, DESCRIPTION_MAX);
        if (reporter instanceof Reporter.OfContact contact) {
            contact.contact().requireWellFormed();
        }
    }

    /**
     * Creates an intake without a category.
     *
     * @param kind        the kind of ticket
     * @param channel     the channel it came through
     * @param urgency     the urgency of a repair, {@code null} for other kinds
     * @param severity    the severity of a complaint, {@code null} for other kinds
     * @param location    where the matter is
     * @param reporter    who raised it
     * @param description what the customer said
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the kind, urgency and severity do not fit together
     */
    public TicketIntake(TicketKind kind, Channel channel, Urgency urgency, Severity severity,
                        TicketLocation location, Reporter reporter, String description) {
        this(kind, channel, urgency, severity, location, reporter, description, null);
    }

    /**
     * Returns a copy with another category.
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public TicketIntake withCategory(TicketCategory newCategory) {
        return new TicketIntake(kind, channel, urgency, severity, location, reporter, description, newCategory);
    }

    /**
     * Obtains the intake of a repair request (rules RP-1, RP-2).
     *
     * @param location    where the defect is
     * @param reporter    who reported it
     * @param channel     the channel
     * @param urgency     emergency or normal
     * @param description the defect as described
     * @return the intake
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an invariant is broken
     */
    public static TicketIntake repair(TicketLocation location, Reporter reporter, Channel channel,
                                      Urgency urgency, String description) {
        return new TicketIntake(TicketKind.REPAIR, channel, Objects.requireNonNull(urgency, "urgency"), null,
                location, reporter, description);
    }

    /**
     * Obtains the intake of a complaint (rules CP-3, CP-4).
     *
     * @param location    what the complaint is about
     * @param reporter    who lodged it
     * @param channel     the channel
     * @param severity    general, important or severe
     * @param description the complaint as described
     * @return the intake
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an invariant is broken
     */
    public static TicketIntake complaint(TicketLocation location, Reporter reporter, Channel channel,
                                         Severity severity, String description) {
        return new TicketIntake(TicketKind.COMPLAINT, channel, null, Objects.requireNonNull(severity, "severity"),
                location, reporter, description);
    }

    /**
     * Obtains the intake of a consultation, suggestion or praise, which have neither urgency nor
     * severity.
     *
     * @param kind        consultation, suggestion or praise
     * @param location    what it is about
     * @param reporter    who raised it
     * @param channel     the channel
     * @param description the question, suggestion or praise
     * @return the intake
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the kind is a repair or complaint, or an invariant is broken
     */
    public static TicketIntake of(TicketKind kind, TicketLocation location, Reporter reporter, Channel channel,
                                  String description) {
        return new TicketIntake(kind, channel, null, null, location, reporter, description);
    }

    /**
     * Returns the facts of a ticket with this intake that service commitments select on; they
     * hold no personal data.
     *
     * @param receivingUnit the department that received the ticket
     * @return the facts
     * @throws NullPointerException if the receiving unit is null
     */
    public TicketFacts facts(DepartmentId receivingUnit) {
        return new TicketFacts(kind, channel, urgency, severity, location.estate(),
                location.building().orElse(null), location.unit().orElse(null), receivingUnit, category);
    }

    @Override
    public String toString() {
        return "TicketIntake[" + kind + ", " + channel
                + (urgency == null ? "" : ", " + urgency)
                + (severity == null ? "" : ", " + severity)
                + (category == null ? "" : ", category " + category.code())
                + ", " + location + ", " + reporter + ", description " + Redaction.text(description) + "]";
    }
}

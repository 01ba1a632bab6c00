package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A callback and its satisfaction score, with where the ticket was and who handled it (rule MS-3:
 * closed tickets are reviewed to find weaknesses). Identifiers, enums and instants only.
 *
 * @param ticketId     the ticket
 * @param kind         its kind
 * @param estate       its estate
 * @param building     its building, {@code null} for an estate's common area
 * @param department   its responsible department, {@code null} for none
 * @param at           when the callback was recorded
 * @param method       how the customer was reached
 * @param satisfaction the score, 1 to 5
 * @param aspects      the aspects the customer rated (response speed, attitude, result), empty when none
 */
public record ScoredCallback(TicketId ticketId, TicketKind kind, EstateId estate, BuildingId building,
                             DepartmentId department, Instant at, CallbackMethod method, int satisfaction,
                             SatisfactionAspects aspects) {

    /** The order of a review (rule MS-3): newest callback first, then by ticket id. */
    public static final Comparator<ScoredCallback> ORDER = Comparator.comparing(ScoredCallback::at).reversed()
            .thenComparing(c -> c.ticketId().value());

    /**
     * Creates a scored callback whose customer rated no aspect.
     *
     * @param ticketId     the ticket
     * @param kind         its kind
     * @param estate       its estate
     * @param building     its building, {@code null} for an estate's common area
     * @param department   its responsible department, {@code null} for none
     * @param at           when the callback was recorded
     * @param method       how the customer was reached
     * @param satisfaction the score, 1 to 5
     * @throws NullPointerException if a required argument is null
     */
    public ScoredCallback(TicketId ticketId, TicketKind kind, EstateId estate, BuildingId building,
                          DepartmentId department, Instant at, CallbackMethod method, int satisfaction) {
        this(ticketId, kind, estate, building, department, at, method, satisfaction, SatisfactionAspects.none());
    }

    /**
     * Creates a scored callback.
     *
     * @throws NullPointerException if a required argument is null
     */
    public ScoredCallback {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(aspects, "aspects");
    }
}

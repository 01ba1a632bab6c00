package dev.aftersales.property;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An owner's profile was updated (rule EU-3). Names the fields that changed, never their values
 * (rule EU-4): a listener that needs them reads the owner.
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param owner      the owner
 * @param changed    the fields that changed, at least one, in the order of {@link Field}
 */
public record OwnerProfileUpdated(String eventId, Instant occurredAt, OwnerId owner, List<Field> changed)
        implements PropertyEvent {

    /** The fields of an owner's profile (EU-3), payment status and outstanding items aside. */
    public enum Field {
        /** The name. */
        NAME,
        /** The age. */
        AGE,
        /** The occupation. */
        OCCUPATION,
        /** The employer. */
        EMPLOYER,
        /** The household size. */
        HOUSEHOLD_SIZE,
        /** The household structure. */
        HOUSEHOLD_STRUCTURE,
        /** The phone numbers or their order. */
        PHONES,
        /** The id-card number. */
        ID_CARD_NUMBER,
        /** The customer origin. */
        ORIGIN,
        /** The property-right type. */
        PROPERTY_RIGHT_TYPE
    }

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument or a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier, or no field changed
     */
    public OwnerProfileUpdated {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(owner, "owner");
        changed = List.copyOf(changed);
        if (changed.isEmpty()) {
            throw new IllegalArgumentException("an update of owner " + owner + " changes at least one field");
        }
    }

    /**
     * Lists the fields of the profile in which two records of an owner differ: what an update
     * changed. The payment status and the outstanding items are not compared.
     *
     * @param before the owner before the update
     * @param after  the owner after it
     * @return the fields that differ, in the order of {@link Field}; empty if none does
     * @throws NullPointerException if an argument is null
     */
    public static List<Field> changesBetween(Owner before, Owner after) {
        OwnerProfile b = before.profile();
        OwnerProfile a = after.profile();
        List<Field> changed = new ArrayList<>();
        add(changed, Field.NAME, b.name(), a.name());
        add(changed, Field.AGE, b.age(), a.age());
        add(changed, Field.OCCUPATION, b.occupation(), a.occupation());
        add(changed, Field.EMPLOYER, b.employer(), a.employer());
        add(changed, Field.HOUSEHOLD_SIZE, b.householdSize(), a.householdSize());
        add(changed, Field.HOUSEHOLD_STRUCTURE, b.householdStructure(), a.householdStructure());
        add(changed, Field.PHONES, b.phones(), a.phones());
        add(changed, Field.ID_CARD_NUMBER, b.idCardNumber(), a.idCardNumber());
        add(changed, Field.ORIGIN, before.origin(), after.origin());
        add(changed, Field.PROPERTY_RIGHT_TYPE, before.propertyRightType(), after.propertyRightType());
        return List.copyOf(changed);
    }

    private static void add(List<Field> changed, Field field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @Override
    public String aggregateId() {
        return owner.value();
    }
}

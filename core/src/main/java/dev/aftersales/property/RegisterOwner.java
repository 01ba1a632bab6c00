package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Command: register an owner with the profile of rule EU-3. Holds personal data, so
 * {@code toString} shows the non-personal fields only (rule EU-4). Optional texts that are blank
 * count as unknown.
 *
 * @param ownerId            the owner's id from the caller's own system, or {@code null} to have
 *                           the library make one
 * @param name               the owner's name, at most {@value OwnerProfile#MAX_NAME} characters
 * @param age                the age in years, or {@code null}
 * @param occupation         the occupation, or {@code null}
 * @param employer           the employer, or {@code null}
 * @param householdSize      the number of people in the household, or {@code null}
 * @param householdStructure who lives in the household, or {@code null}
 * @param phones             1 to {@value OwnerProfile#MAX_PHONES} phone numbers, the preferred first
 * @param idCardNumber       the resident identity-card number, or {@code null}
 * @param origin             where the owner comes from
 * @param propertyRightType  the kind of property right
 * @param paymentStatus      how the owner stands with the fees due
 * @param outstandingItems   construction leftovers and compensation items still open, or {@code null}
 */
public record RegisterOwner(
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String ownerId,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = OwnerProfile.MAX_NAME, message = "{aftersales.property.text.size}")
        String name,
        @Min(value = 0, message = "{aftersales.property.min}")
        @Max(value = OwnerProfile.MAX_AGE, message = "{aftersales.property.max}")
        Integer age,
        @Size(max = OwnerProfile.MAX_TEXT, message = "{aftersales.property.text.size}")
        @FreeText(blankAllowed = true)
        String occupation,
        @Size(max = OwnerProfile.MAX_TEXT, message = "{aftersales.property.text.size}")
        @FreeText(blankAllowed = true)
        String employer,
        @Min(value = 1, message = "{aftersales.property.min}")
        @Max(value = OwnerProfile.MAX_HOUSEHOLD, message = "{aftersales.property.max}")
        Integer householdSize,
        HouseholdStructure householdStructure,
        @NotNull(message = "{aftersales.property.required}")
        @Size(min = 1, max = OwnerProfile.MAX_PHONES, message = "{aftersales.property.phones.size}")
        List<@NotNull(message = "{aftersales.property.required}")
            @Pattern(regexp = PropertyFormats.PHONE, message = "{aftersales.property.phone}") String> phones,
        @Pattern(regexp = PropertyFormats.ID_CARD, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{aftersales.property.idCard}")
        String idCardNumber,
        @NotNull(message = "{aftersales.property.required}")
        CustomerOrigin origin,
        @NotNull(message = "{aftersales.property.required}")
        PropertyRightType propertyRightType,
        @NotNull(message = "{aftersales.property.required}")
        PaymentStatus paymentStatus,
        @Size(max = Owner.MAX_ITEMS, message = "{aftersales.property.items.size}")
        List<@NotNull(message = "{aftersales.property.required}") @Valid Item> outstandingItems) {

    /**
     * An outstanding item named by the command (EU-3). Its description may mention people, so
     * {@code toString} leaves it out (EU-4).
     *
     * @param reference   the item's reference, unique per owner
     * @param kind        construction leftover or compensation
     * @param description what is open, at most {@value OutstandingItem#MAX_DESCRIPTION} characters
     */
    public record Item(
            @NotNull(message = "{aftersales.property.required}")
            @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
            String reference,
            @NotNull(message = "{aftersales.property.required}")
            OutstandingItem.Kind kind,
            @NotNull(message = "{aftersales.property.required}")
            @FreeText(message = "{aftersales.property.required}")
            @Size(max = OutstandingItem.MAX_DESCRIPTION, message = "{aftersales.property.text.size}")
            String description) {

        /** Returns the reference and kind only (EU-4). */
        @Override
        public String toString() {
            return "Item[reference=" + reference + ", kind=" + kind + "]";
        }
    }

    /**
     * Obtains a builder, for callers who set only some of the optional fields.
     *
     * @return a new builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks that no two outstanding items share a reference (Bean Validation; reported as
     * {@code itemReferencesDistinct}).
     *
     * @return true if the references are distinct
     */
    @AssertTrue(message = "{aftersales.property.items.distinct}")
    public boolean isItemReferencesDistinct() {
        if (outstandingItems == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (Item item : outstandingItems) {
            if (item != null && item.reference() != null && !seen.add(item.reference())) {
                return false;
            }
        }
        return true;
    }

    /** Returns the id and the non-personal fields only (rule EU-4). */
    @Override
    public String toString() {
        return "RegisterOwner[ownerId=" + ownerId + ", origin=" + origin + ", propertyRightType="
                + propertyRightType + ", paymentStatus=" + paymentStatus + ", outstandingItems=" + outstandingItems
                + ", personal data masked]";
    }

    /** Builds a {@link RegisterOwner}; every field starts unset ({@code null}). */
    public static final class Builder {
        private String ownerId;
        private String name;
        private Integer age;
        private String occupation;
        private String employer;
        private Integer householdSize;
        private HouseholdStructure householdStructure;
        private final List<String> phones = new ArrayList<>();
        private String idCardNumber;
        private CustomerOrigin origin;
        private PropertyRightType propertyRightType;
        private PaymentStatus paymentStatus;
        private final List<Item> outstandingItems = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the owner's id.
         *
         * @param value the id, or null to have one made
         * @return this builder
         */
        public Builder ownerId(String value) {
            this.ownerId = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the age.
         *
         * @param value the age in years
         * @return this builder
         */
        public Builder age(Integer value) {
            this.age = value;
            return this;
        }

        /**
         * Sets the occupation and employer.
         *
         * @param occupationValue the occupation
         * @param employerValue   the employer
         * @return this builder
         */
        public Builder work(String occupationValue, String employerValue) {
            this.occupation = occupationValue;
            this.employer = employerValue;
            return this;
        }

        /**
         * Sets the household.
         *
         * @param size      the number of people
         * @param structure who lives there
         * @return this builder
         */
        public Builder household(Integer size, HouseholdStructure structure) {
            this.householdSize = size;
            this.householdStructure = structure;
            return this;
        }

        /**
         * Adds a phone number.
         *
         * @param value the number
         * @return this builder
         */
        public Builder phone(String value) {
            this.phones.add(value);
            return this;
        }

        /**
         * Sets the id-card number.
         *
         * @param value the number
         * @return this builder
         */
        public Builder idCardNumber(String value) {
            this.idCardNumber = value;
            return this;
        }

        /**
         * Sets the non-personal classification of the owner.
         *
         * @param originValue    where the owner comes from
         * @param rightType      the kind of property right
         * @param paymentValue   the payment status
         * @return this builder
         */
        public Builder classification(CustomerOrigin originValue, PropertyRightType rightType,
                                      PaymentStatus paymentValue) {
            this.origin = originValue;
            this.propertyRightType = rightType;
            this.paymentStatus = paymentValue;
            return this;
        }

        /**
         * Adds an outstanding item.
         *
         * @param reference   the item's reference
         * @param kind        the kind
         * @param description what is open
         * @return this builder
         */
        public Builder outstandingItem(String reference, OutstandingItem.Kind kind, String description) {
            this.outstandingItems.add(new Item(reference, kind, description));
            return this;
        }

        /**
         * Builds the command; it is validated when it is executed.
         *
         * @return the command
         */
        public RegisterOwner build() {
            return new RegisterOwner(ownerId, name, age, occupation, employer, householdSize, householdStructure,
                    new ArrayList<>(phones), idCardNumber, origin, propertyRightType, paymentStatus,
                    new ArrayList<>(outstandingItems));
        }
    }

    /**
     * Returns the owner this validated command registers.
     *
     * @param id the owner's id
     * @return the owner, version 0, not stored yet
     * @throws NullPointerException     if the id is null
     * @throws IllegalArgumentException if the command was not validated first
     */
    public Owner toOwner(OwnerId id) {
        return OwnerCommands.toOwner(id, this);
    }
}

package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Command: replace the profile of a registered owner (rule EU-3): the personal data, the customer
 * origin and the property-right type; the payment status and the outstanding items have commands of
 * their own ({@link ChangePaymentStatus}, {@link RecordOutstandingItem}, {@link SettleOutstandingItem}).
 * Every field is given, as in {@link RegisterOwner}: start from {@link #builderFrom(Owner)} to change
 * a few. Optional texts that are blank count as unknown. Holds personal data, so {@code toString}
 * shows the id and the non-personal fields only (rule EU-4).
 *
 * @param ownerId            the owner's id
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
 */
public record UpdateOwnerProfile(
        @NotNull(message = "{aftersales.property.required}")
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
        PropertyRightType propertyRightType) {

    /**
     * Obtains a builder with no field set but the owner's id.
     *
     * @param ownerId the owner's id
     * @return a new builder
     */
    public static Builder builder(String ownerId) {
        return new Builder(ownerId);
    }

    /**
     * Obtains a builder holding an owner's current profile, origin and property-right type, for a
     * command that changes only what the caller sets afterwards.
     *
     * @param current the owner as stored
     * @return a new builder
     * @throws NullPointerException if the owner is null
     */
    public static Builder builderFrom(Owner current) {
        Objects.requireNonNull(current, "current");
        OwnerProfile p = current.profile();
        Builder b = new Builder(current.id().value()).name(p.name()).age(p.age()).work(p.occupation(), p.employer())
                .household(p.householdSize(), p.householdStructure())
                .idCardNumber(p.idCardNumber() == null ? null : p.idCardNumber().value())
                .classification(current.origin(), current.propertyRightType());
        p.phones().forEach(phone -> b.phones.add(phone.value()));
        return b;
    }

    /**
     * Returns the personal part of the profile this validated command sets.
     *
     * @return the profile
     * @throws NullPointerException     if the command was not validated first
     * @throws IllegalArgumentException if the command was not validated first
     */
    public OwnerProfile toProfile() {
        return OwnerCommands.profile(name, age, occupation, employer, householdSize, householdStructure, phones,
                idCardNumber);
    }

    /** Returns the id and the non-personal fields only (rule EU-4). */
    @Override
    public String toString() {
        return "UpdateOwnerProfile[ownerId=" + ownerId + ", origin=" + origin + ", propertyRightType="
                + propertyRightType + ", personal data masked]";
    }

    /** Builds an {@link UpdateOwnerProfile}. Not thread-safe. */
    public static final class Builder {
        private final String ownerId;
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

        private Builder(String ownerId) {
            this.ownerId = ownerId;
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
         * @param value the age in years, or null if unknown
         * @return this builder
         */
        public Builder age(Integer value) {
            this.age = value;
            return this;
        }

        /**
         * Sets the occupation and employer.
         *
         * @param occupationValue the occupation, or null if unknown
         * @param employerValue   the employer, or null if unknown
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
         * @param size      the number of people, or null if unknown
         * @param structure who lives there, or null if unknown
         * @return this builder
         */
        public Builder household(Integer size, HouseholdStructure structure) {
            this.householdSize = size;
            this.householdStructure = structure;
            return this;
        }

        /**
         * Replaces the phone numbers.
         *
         * @param values the numbers, the preferred first
         * @return this builder
         * @throws NullPointerException if the list is null
         */
        public Builder phones(List<String> values) {
            this.phones.clear();
            this.phones.addAll(values);
            return this;
        }

        /**
         * Sets the id-card number.
         *
         * @param value the number, or null if not recorded
         * @return this builder
         */
        public Builder idCardNumber(String value) {
            this.idCardNumber = value;
            return this;
        }

        /**
         * Sets the non-personal classification of the owner.
         *
         * @param originValue where the owner comes from
         * @param rightType   the kind of property right
         * @return this builder
         */
        public Builder classification(CustomerOrigin originValue, PropertyRightType rightType) {
            this.origin = originValue;
            this.propertyRightType = rightType;
            return this;
        }

        /**
         * Builds the command; it is validated when it is executed.
         *
         * @return the command
         */
        public UpdateOwnerProfile build() {
            return new UpdateOwnerProfile(ownerId, name, age, occupation, employer, householdSize, householdStructure,
                    new ArrayList<>(phones), idCardNumber, origin, propertyRightType);
        }
    }
}

package dev.aftersales.ticket;

import jakarta.validation.constraints.Pattern;
import dev.aftersales.common.Identifiers;
import dev.aftersales.property.OwnerId;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;

/**
 * Who raised a ticket: a registered owner, a person who is not an owner (with contact data,
 * personal data under rule EU-4), or a member of staff reporting a patrol finding (rule PT-2).
 */
public sealed interface Reporter permits Reporter.OfOwner, Reporter.OfContact, Reporter.OfStaff {

    /**
     * Returns the owner who raised the ticket, if an owner did.
     *
     * @return the owner id, empty for contacts and staff
     */
    Optional<OwnerId> owner();

    /**
     * Obtains a registered owner as reporter.
     *
     * @param owner the owner
     * @return the reporter
     * @throws NullPointerException if the owner is null
     */
    static OfOwner byOwner(OwnerId owner) {
        return new OfOwner(owner);
    }

    /**
     * Obtains a person who is not a registered owner as reporter.
     *
     * @param contact the person's name and phone number
     * @return the reporter
     * @throws NullPointerException if the contact is null
     */
    static OfContact byContact(ContactPerson contact) {
        return new OfContact(contact);
    }

    /**
     * Obtains a member of staff as reporter, e.g. a patroller recording a finding (rule PT-2).
     *
     * @param staffId the staff member's id
     * @return the reporter
     * @throws NullPointerException     if the id is null
     * @throws IllegalArgumentException if the id is not a valid identifier
     */
    static OfStaff byStaff(String staffId) {
        return new OfStaff(staffId);
    }

    /**
     * A registered owner.
     *
     * @param ownerId the owner
     */
    record OfOwner(OwnerId ownerId) implements Reporter {

        /**
         * Creates the reporter.
         *
         * @throws NullPointerException if the owner is null
         */
        public OfOwner {
            Objects.requireNonNull(ownerId, "ownerId");
        }

        @Override
        public Optional<OwnerId> owner() {
            return Optional.of(ownerId);
        }

        @Override
        public String toString() {
            return "owner " + ownerId;
        }
    }

    /**
     * A person who is not a registered owner. {@code toString} masks the person (rule EU-4).
     *
     * @param contact the person's name and phone number
     */
    record OfContact(@Valid ContactPerson contact) implements Reporter {

        /**
         * Creates the reporter.
         *
         * @throws NullPointerException if the contact is null
         */
        public OfContact {
            Objects.requireNonNull(contact, "contact");
        }

        @Override
        public Optional<OwnerId> owner() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "non-owner contact ***";
        }
    }

    /**
     * A member of staff, e.g. a patroller (rule PT-2).
     *
     * @param staffId the staff member's id
     */
    record OfStaff(
            @Pattern(regexp = CommandPatterns.STAFF_ID, message = "{aftersales.ticket.staff.pattern}") String staffId) implements Reporter {

        /**
         * Creates the reporter.
         *
         * @throws NullPointerException     if the id is null
         * @throws IllegalArgumentException if the id is not a valid identifier
         */
        public OfStaff {
            Identifiers.requireValid("staffId", staffId);
        }

        @Override
        public Optional<OwnerId> owner() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "staff " + staffId;
        }
    }
}

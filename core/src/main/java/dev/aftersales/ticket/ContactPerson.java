package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeTexts;
import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;

/**
 * A person who raised a ticket without being a registered owner (a tenant, a visitor, a
 * neighbour), with the name and phone number needed to reach them. Both are personal data
 * (rule EU-4): {@code toString} masks them, and no message of the library ever shows them.
 *
 * <p>The constructor accepts any text so that a command carrying a contact person can report
 * every problem at once (rule CP-2); the constraints are checked by
 * {@link dev.aftersales.common.CommandValidator} with the command, and again by
 * {@link TicketIntake} before a ticket is created.
 *
 * @param name  the person's name, 1 to {@value #NAME_MAX} characters
 * @param phone the phone number: digits, spaces and dashes, optionally a leading {@code +},
 *              5 to 21 characters
 */
public record ContactPerson(
        @NotNull(message = "{aftersales.ticket.contact.name.required}")
        @FreeText(message = "{aftersales.ticket.contact.name.required}")
        @Size(max = NAME_MAX, message = "{aftersales.ticket.contact.name.size}")
        String name,
        @NotNull(message = "{aftersales.ticket.contact.phone.required}")
        @Pattern(regexp = PHONE_PATTERN, message = "{aftersales.ticket.contact.phone.pattern}")
        String phone) {

    /** The longest name accepted. */
    public static final int NAME_MAX = 50;

    /** The shape of an accepted phone number. */
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 -]{4,19}";

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(PHONE_PATTERN);

    /**
     * Obtains a contact person.
     *
     * @param name  the name
     * @param phone the phone number
     * @return the contact person, not yet checked
     */
    public static ContactPerson of(String name, String phone) {
        return new ContactPerson(name, phone);
    }

    /**
     * Checks that the name and the phone number have the accepted shape.
     *
     * @return this contact person
     * @throws IllegalArgumentException if not, naming the field but never its value (rule EU-4)
     */
    public ContactPerson requireWellFormed() {
        if (name == null || FreeTexts.problem(name).isPresent() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("contact name must be 1 to " + NAME_MAX
                    + " characters of free text, not blank (IN-1)");
        }
        Matcher m = phone == null ? null : PHONE.matcher(phone);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("contact phone must be 5 to 21 digits, spaces or dashes");
        }
        return this;
    }

    @Override
    public String toString() {
        return "ContactPerson[name=***, phone=***]";
    }
}

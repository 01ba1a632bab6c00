package dev.aftersales.property;

import java.util.List;
import java.util.Objects;

/**
 * The personal part of an owner's profile (rule EU-3): name, age, occupation, employer, household
 * size and structure, phone numbers and, if known, the id-card number. This is the only type that
 * holds an owner's personal data; its {@code toString} masks all of it, and no exception message
 * shows a value (rule EU-4).
 *
 * @param name               the owner's name (户主), 1 to {@value #MAX_NAME} characters
 * @param age                the age in years, 0 to {@value #MAX_AGE}, or {@code null} if unknown
 * @param occupation         the occupation, 1 to {@value #MAX_TEXT} characters, or {@code null}
 * @param employer           the employer (工作单位), 1 to {@value #MAX_TEXT} characters, or {@code null}
 * @param householdSize      how many people live in the household (家庭人口), 1 to
 *                           {@value #MAX_HOUSEHOLD}, or {@code null} if unknown
 * @param householdStructure who lives in the household (人口结构), or {@code null} if unknown
 * @param phones             the phone numbers, 1 to {@value #MAX_PHONES}, the preferred one first
 * @param idCardNumber       the resident identity-card number, or {@code null} if not recorded
 */
public record OwnerProfile(String name, Integer age, String occupation, String employer, Integer householdSize,
                           HouseholdStructure householdStructure, List<PhoneNumber> phones,
                           IdCardNumber idCardNumber) {

    /** The longest name accepted. */
    public static final int MAX_NAME = 50;
    /** The longest occupation or employer accepted. */
    public static final int MAX_TEXT = 100;
    /** The highest age accepted. */
    public static final int MAX_AGE = 150;
    /** The largest household accepted. */
    public static final int MAX_HOUSEHOLD = 50;
    /** The most phone numbers kept per owner. */
    public static final int MAX_PHONES = 5;

    /**
     * Creates a profile.
     *
     * @throws NullPointerException     if the name or the phones (or one of them) is null
     * @throws IllegalArgumentException if a value is out of range; the message names the field,
     *                                  never the value
     */
    public OwnerProfile {
        Names.require("OwnerProfile.name", name, MAX_NAME);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new IllegalArgumentException("OwnerProfile.age must be 0 to " + MAX_AGE);
        }
        Names.optional("OwnerProfile.occupation", occupation, MAX_TEXT);
        Names.optional("OwnerProfile.employer", employer, MAX_TEXT);
        if (householdSize != null && (householdSize < 1 || householdSize > MAX_HOUSEHOLD)) {
            throw new IllegalArgumentException("OwnerProfile.householdSize must be 1 to " + MAX_HOUSEHOLD);
        }
        Objects.requireNonNull(phones, "OwnerProfile.phones");
        phones = List.copyOf(phones);
        if (phones.isEmpty() || phones.size() > MAX_PHONES) {
            throw new IllegalArgumentException("OwnerProfile.phones must hold 1 to " + MAX_PHONES
                    + " numbers, got " + phones.size());
        }
    }

    /**
     * Obtains a profile with a name and phone numbers only, every other field unknown.
     *
     * @param name   the owner's name
     * @param phones the phone numbers, at least one
     * @return the profile
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public static OwnerProfile of(String name, List<PhoneNumber> phones) {
        return new OwnerProfile(name, null, null, null, null, null, phones, null);
    }

    /**
     * Returns the preferred phone number, the first one.
     *
     * @return the preferred phone number
     */
    public PhoneNumber preferredPhone() {
        return phones.get(0);
    }

    /**
     * Returns a copy of this profile with other phone numbers.
     *
     * @param newPhones the phone numbers, 1 to {@value #MAX_PHONES}
     * @return the copy
     * @throws NullPointerException     if the list is null
     * @throws IllegalArgumentException if the list is empty or too long
     */
    public OwnerProfile withPhones(List<PhoneNumber> newPhones) {
        return new OwnerProfile(name, age, occupation, employer, householdSize, householdStructure, newPhones,
                idCardNumber);
    }

    /** Returns a text that shows none of the profile's values (rule EU-4). */
    @Override
    public String toString() {
        return "OwnerProfile[masked]";
    }
}

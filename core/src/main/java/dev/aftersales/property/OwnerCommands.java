package dev.aftersales.property;

import dev.aftersales.common.validation.FreeTexts;
import java.util.List;

/**
 * Turns validated owner commands ({@link RegisterOwner}, {@link UpdateOwnerProfile}) into an
 * {@link Owner} record or an {@link OwnerProfile}.
 */
final class OwnerCommands {

    private OwnerCommands() {
    }

    static Owner toOwner(OwnerId id, RegisterOwner command) {
        OwnerProfile profile = profile(command.name(), command.age(), command.occupation(), command.employer(),
                command.householdSize(), command.householdStructure(), command.phones(), command.idCardNumber());
        List<OutstandingItem> items = command.outstandingItems() == null ? List.of()
                : command.outstandingItems().stream()
                        .map(i -> new OutstandingItem(i.reference(), i.kind(), i.description())).toList();
        return new Owner(id, profile, command.origin(), command.propertyRightType(), command.paymentStatus(), items, 0);
    }

    /** The profile of validated command fields; blank optional texts are unknown. */
    static OwnerProfile profile(String name, Integer age, String occupation, String employer, Integer householdSize,
                                HouseholdStructure householdStructure, List<String> phones, String idCardNumber) {
        return new OwnerProfile(name, age, blankToNull(occupation), blankToNull(employer), householdSize,
                householdStructure, phones.stream().map(PhoneNumber::parse).toList(),
                idCardNumber == null ? null : IdCardNumber.parse(idCardNumber));
    }

    private static String blankToNull(String text) {
        return text == null || FreeTexts.isBlank(text) ? null : text;
    }
}

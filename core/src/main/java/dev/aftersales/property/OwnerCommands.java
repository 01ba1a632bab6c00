package dev.aftersales.property;

import java.util.List;

/** Turns a validated {@link RegisterOwner} command into an {@link Owner} record. */
final class OwnerCommands {

    private OwnerCommands() {
    }

    static Owner toOwner(OwnerId id, RegisterOwner command) {
        List<PhoneNumber> phones = command.phones().stream().map(PhoneNumber::parse).toList();
        OwnerProfile profile = new OwnerProfile(command.name(), command.age(), blankToNull(command.occupation()),
                blankToNull(command.employer()), command.householdSize(), command.householdStructure(), phones,
                command.idCardNumber() == null ? null : IdCardNumber.parse(command.idCardNumber()));
        List<OutstandingItem> items = command.outstandingItems() == null ? List.of()
                : command.outstandingItems().stream()
                        .map(i -> new OutstandingItem(i.reference(), i.kind(), i.description())).toList();
        return new Owner(id, profile, command.origin(), command.propertyRightType(), command.paymentStatus(), items, 0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

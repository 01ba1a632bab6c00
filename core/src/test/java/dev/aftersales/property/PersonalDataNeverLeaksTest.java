package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rule EU-4: no personal data (name, age, occupation, employer, household, phone numbers, id-card
 * number, free-text descriptions) reaches {@code toString}, exception messages, events or validation
 * messages, for every type that holds such data. Each try generates distinctive values and looks
 * for them in everything the library can show. (This slice does not log.)
 */
class PersonalDataNeverLeaksTest {

    /** Distinctive personal values for one owner. */
    record Secrets(String name, int age, String occupation, String employer, int householdSize,
                   HouseholdStructure structure, String mobile, String landline, String idCard, String description) {

        List<String> texts() {
            return List.of(name, occupation, employer, mobile, landline, idCard, description);
        }

        RegisterOwner command(String ownerId) {
            return RegisterOwner.builder().ownerId(ownerId).name(name).age(age).work(occupation, employer)
                    .household(householdSize, structure).phone(mobile).phone(landline).idCardNumber(idCard)
                    .classification(CustomerOrigin.OVERSEAS_CHINESE, PropertyRightType.FUND_RAISED,
                            PaymentStatus.PARTLY_PAID)
                    .outstandingItem("C1", OutstandingItem.Kind.COMPENSATION, description).build();
        }
    }

    @Provide
    Arbitrary<Secrets> secrets() {
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').ofLength(12);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4);
        Arbitrary<String> name = Combinators.combine(chinese, token).as((c, t) -> c + "·" + t);
        Arbitrary<String> mobile = Arbitraries.strings().numeric().ofLength(8).map(d -> "13" + d + "7");
        Arbitrary<String> landline = Arbitraries.strings().numeric().ofLength(8).map(d -> "0571-" + d);
        Arbitrary<String> idCard = Combinators.combine(Arbitraries.strings().numeric().ofLength(17),
                Arbitraries.of("X", "7")).as(String::concat);
        return Combinators.combine(name, Arbitraries.integers().between(0, 150), token.map(t -> "job-" + t),
                        token.map(t -> "corp-" + t), Arbitraries.integers().between(1, 50),
                        Arbitraries.of(HouseholdStructure.class), mobile, landline)
                .flatAs((n, a, o, e, h, s, m, l) -> Combinators.combine(idCard, token.map(t -> "desc-" + t))
                        .as((i, d) -> new Secrets(n, a, o, e, h, s, m, l, i, d)));
    }

    private static void assertNoneLeaks(Secrets s, List<String> shown) {
        Pattern structure = Pattern.compile("\\b" + s.structure().name() + "\\b");
        Pattern profileField = Pattern.compile("\\b(age|householdSize|householdStructure|name|employer|occupation)=");
        for (String text : shown) {
            for (String secret : s.texts()) {
                assertFalse(text.contains(secret), () -> "personal value leaked into: " + text);
            }
            assertFalse(structure.matcher(text).find(), () -> "household structure leaked into: " + text);
            assertFalse(profileField.matcher(text).find(), () -> "profile field shown: " + text);
        }
    }

    @Property(tries = 50)
    void eu4_valueTypesAndCommandsMaskPersonalData(@ForAll("secrets") Secrets s) {
        RegisterOwner command = s.command("O-1");
        ServiceFixture f = new ServiceFixture();
        Owner owner = f.service.registerOwner(command);
        assertEquals(s.name(), owner.profile().name());
        List<String> shown = new ArrayList<>(List.of(command.toString(), command.outstandingItems().get(0).toString(),
                owner.toString(), owner.profile().toString(), owner.outstandingItems().toString(),
                owner.profile().phones().toString(), owner.profile().idCardNumber().toString(),
                PhoneNumber.parse(s.mobile()).toString(), IdCardNumber.parse(s.idCard()).toString()));
        f.events.forEach(e -> shown.add(e.toString()));
        assertNoneLeaks(s, shown);
    }

    @Property(tries = 50)
    void eu4_eventsAndOwnershipsOfAFullLifeHoldNoPersonalData(@ForAll("secrets") Secrets s) {
        ServiceFixture f = new ServiceFixture().withEstate();
        f.addResidence("A1", "U1");
        f.service.registerOwner(s.command("O-1"));
        f.service.registerOwner(s.command("O-2"));
        f.service.signContract(new SignContract("U1", List.of(Buyer.of("O-1")), ServiceFixture.TODAY.minusDays(30)));
        f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY.minusDays(2), Actor.staff("S-1")));
        OwnershipTransfer t = f.service.transfer(new TransferOwnership("U1", List.of(Buyer.of("O-2")), ServiceFixture.TODAY));
        List<String> shown = new ArrayList<>(List.of(t.toString(),
                f.service.ownersOfUnit(UnitId.of("U1")).toString(),
                f.service.unitsOfOwner(OwnerId.of("O-2"), PageRequest.first(5)).toString()));
        for (DomainEvent e : f.events) {
            shown.add(e.toString());
            shown.add(e.aggregateId());
        }
        assertNoneLeaks(s, shown);
    }

    @Property(tries = 50)
    void eu4_ownerProfileCommandsEventsAndRefusalsHoldNoPersonalData(@ForAll("secrets") Secrets s) {
        ServiceFixture f = new ServiceFixture();
        f.registerOwner("O-1");
        UpdateOwnerProfile update = UpdateOwnerProfile.builder("O-1").name(s.name()).age(s.age())
                .work(s.occupation(), s.employer()).household(s.householdSize(), s.structure())
                .phones(List.of(s.mobile(), s.landline())).idCardNumber(s.idCard())
                .classification(CustomerOrigin.OVERSEAS_CHINESE, PropertyRightType.FUND_RAISED).build();
        RecordOutstandingItem item = new RecordOutstandingItem("O-1", "C1", OutstandingItem.Kind.COMPENSATION,
                s.description());
        Owner updated = f.service.updateOwnerProfile(update);
        assertEquals(s.name(), updated.profile().name());
        f.service.recordOutstandingItem(item);
        f.service.settleOutstandingItem(new SettleOutstandingItem("O-1", "C1"));
        f.service.recordOutstandingItem(item);
        Owner last = f.service.changePaymentStatus(new ChangePaymentStatus("O-1", PaymentStatus.IN_ARREARS));
        List<String> shown = new ArrayList<>(List.of(update.toString(), item.toString(), last.toString(),
                UpdateOwnerProfile.builderFrom(last).build().toString()));
        for (DomainEvent e : f.events) {
            shown.add(e.toString());
            shown.add(e.aggregateId());
        }
        shown.add(assertThrows(PropertyConflictException.class, () -> f.service.recordOutstandingItem(item)).getMessage());
        shown.add(assertThrows(PropertyNotFoundException.class, () -> f.service.updateOwnerProfile(
                UpdateOwnerProfile.builder("O-9").name(s.name()).phones(List.of(s.mobile())).idCardNumber(s.idCard())
                        .classification(CustomerOrigin.LOCAL, PropertyRightType.WELFARE).build())).getMessage());
        shown.add(assertThrows(PropertyNotFoundException.class, () -> f.service.settleOutstandingItem(
                new SettleOutstandingItem("O-1", "C9"))).getMessage());
        for (CommandValidator validator : List.of(ServiceFixture.validator(Locale.ENGLISH),
                ServiceFixture.validator(Locale.SIMPLIFIED_CHINESE))) {
            for (Object bad : List.of(UpdateOwnerProfile.builderFrom(last).name(s.name().repeat(10)).age(200)
                            .work(s.occupation().repeat(10), s.employer().repeat(10))
                            .phones(List.of(s.mobile() + "0", s.landline() + "-1234567")).idCardNumber(s.idCard() + "Z")
                            .build(),
                    new RecordOutstandingItem("O-1", "C2", OutstandingItem.Kind.COMPENSATION, s.description().repeat(50)))) {
                InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> validator.validate(bad));
                shown.add(e.getMessage());
                shown.add(bad.toString());
            }
        }
        assertNoneLeaks(s, shown);
    }

    @Property(tries = 50)
    void eu4_exceptionMessagesHoldNoPersonalData(@ForAll("secrets") Secrets s) {
        List<String> shown = new ArrayList<>();
        shown.add(assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(s.mobile() + "9")).getMessage());
        shown.add(assertThrows(IllegalArgumentException.class, () -> new PhoneNumber(s.name())).getMessage());
        shown.add(assertThrows(IllegalArgumentException.class, () -> new IdCardNumber(s.idCard() + "1")).getMessage());
        shown.add(assertThrows(IllegalArgumentException.class,
                () -> OwnerProfile.of(s.name().repeat(10), List.of(PhoneNumber.parse(s.mobile())))).getMessage());
        shown.add(assertThrows(IllegalArgumentException.class, () -> new OwnerProfile(s.name(), 151, s.occupation(),
                s.employer(), s.householdSize(), s.structure(), List.of(PhoneNumber.parse(s.mobile())), null)).getMessage());
        shown.add(assertThrows(IllegalArgumentException.class, () -> new OutstandingItem("R1",
                OutstandingItem.Kind.COMPENSATION, s.description().repeat(50))).getMessage());
        ServiceFixture f = new ServiceFixture();
        f.service.registerOwner(s.command("O-1"));
        shown.add(assertThrows(PropertyConflictException.class, () -> f.service.registerOwner(s.command("O-1")))
                .getMessage());
        shown.add(assertThrows(PropertyNotFoundException.class, () -> f.service.unitsOfOwner(OwnerId.of("O-9"),
                PageRequest.first(1))).getMessage());
        assertNoneLeaks(s, shown);
    }

    @Property(tries = 50)
    void eu4_validationMessagesHoldNoPersonalDataInEitherLanguage(@ForAll("secrets") Secrets s) {
        RegisterOwner bad = RegisterOwner.builder().name(s.name().repeat(10)).age(200)
                .work(s.occupation().repeat(10), s.employer().repeat(10)).household(99, s.structure())
                .phone(s.mobile() + "0").phone(s.landline() + "-1234567").idCardNumber(s.idCard() + "Z")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.WELFARE, PaymentStatus.IN_ARREARS)
                .outstandingItem("C1", OutstandingItem.Kind.COMPENSATION, s.description().repeat(50)).build();
        for (CommandValidator validator : List.of(ServiceFixture.validator(Locale.ENGLISH),
                ServiceFixture.validator(Locale.SIMPLIFIED_CHINESE))) {
            InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> validator.validate(bad));
            assertEquals(9, e.violations().size(), e.getMessage());
            List<String> shown = new ArrayList<>(List.of(e.getMessage(), e.toString(), bad.toString()));
            e.violations().forEach(v -> shown.add(v.toString()));
            assertNoneLeaks(s, shown);
        }
    }
}

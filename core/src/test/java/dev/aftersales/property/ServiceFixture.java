package dev.aftersales.property;

import dev.aftersales.step.FakeStore;
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A property service over a fake store with a fixed clock, recording the events it publishes. */
final class ServiceFixture {

    /** 2025-06-16 10:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    final FakePropertyStore store = new FakePropertyStore();
    final List<DomainEvent> events = new ArrayList<>();
    final PropertyService service;

    ServiceFixture() {
        this(Locale.ENGLISH);
    }

    private static final Map<Locale, CommandValidator> VALIDATORS = new ConcurrentHashMap<>();

    ServiceFixture(Locale locale) {
        service = new PropertyService(FakeStore.over(store)
                .property(store.estates(), store.units(), store.owners(), store.ownerships())
                .context(CLOCK, IdGenerator.sequential("t"), validator(locale), events::add));
    }

    /** Returns a validator for a locale, shared by all tests: building one takes a while. */
    static CommandValidator validator(Locale locale) {
        return VALIDATORS.computeIfAbsent(locale, CommandValidator::new);
    }

    /** Registers estate E1 with plot A (buildings A1, A2) and plot B (building B1). */
    ServiceFixture withEstate() {
        service.registerEstate(new RegisterEstate("E1", "Vanke City"));
        service.addPlot(new AddPlot("E1", "A", "Plot A"));
        service.addPlot(new AddPlot("E1", "B", "Plot B"));
        service.addBuilding(new AddBuilding("A", "A1", "Building 1"));
        service.addBuilding(new AddBuilding("A", "A2", "Building 2"));
        service.addBuilding(new AddBuilding("B", "B1", "Building 1"));
        return this;
    }

    Unit addResidence(String building, String unitId) {
        return service.addUnit(AddUnit.usable(building, unitId, unitId, UnitKind.RESIDENCE, "89.5",
                UnitUsage.RESIDENTIAL));
    }

    Owner registerOwner(String ownerId) {
        return service.registerOwner(sampleOwner(ownerId).build());
    }

    static RegisterOwner.Builder sampleOwner(String ownerId) {
        return RegisterOwner.builder().ownerId(ownerId).name("Wang Fang").age(42)
                .work("engineer", "Hangzhou Metro").household(3, HouseholdStructure.COUPLE_WITH_CHILDREN)
                .phone("13912345678").phone("0571-88776655")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP);
    }

    void clearEvents() {
        events.clear();
    }
}

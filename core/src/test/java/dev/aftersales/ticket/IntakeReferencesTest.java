package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static dev.aftersales.ticket.Fixtures.HOTLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.FakePropertyStore;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.step.FakeStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.ticket.TicketReferenceException.Problem;
import dev.aftersales.ticket.TicketReferenceException.Reason;
import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Intake checks its references against the property register (rules EU-1, EU-3), in the unit of
 * work that stores the ticket: a unit, building or estate that is not registered, a real unit with
 * a made-up building and estate, an owner never registered are refused with every problem listed
 * (CP-2), by id only (EU-4), and nothing is stored or published. A unit named alone takes its
 * building and estate from the register.
 *
 * <p>The register: estate E1 (plot E1-A, building E1-B1 with unit E1-B1-1201), estate E2 (plot
 * E2-A, building E2-B1), owner O-1.
 */
class IntakeReferencesTest {

    private static final UnitId FLAT = UnitId.of("E1-B1-1201");
    private static final BuildingId E1_B1 = BuildingId.of("E1-B1");
    private static final BuildingId E2_B1 = BuildingId.of("E2-B1");
    private static final EstateId E1 = EstateId.of("E1");
    private static final EstateId E2 = EstateId.of("E2");
    private static final Reporter OWNER = Reporter.byOwner(OwnerId.of("O-1"));
    private static final Reporter STRANGER = Reporter.byOwner(OwnerId.of("O-404"));

    private final Fixtures f = new Fixtures();
    private final FakePropertyStore register = new FakePropertyStore();
    private final MapTicketRepository tickets = new MapTicketRepository();
    private final CommandValidator validator = new CommandValidator(Locale.ENGLISH);
    private final List<DomainEvent> published = new ArrayList<>();
    /** For each owner lookup: whether it ran inside a unit of work. */
    private final List<Boolean> ownerLookupsInside = new ArrayList<>();
    private int depth;
    private StepContext context;
    private TicketService service;

    @BeforeEach
    void registerProperty() {
        FakeStore store = FakeStore.over(this::inUnitOfWork).tickets(tickets)
                .property(register.estates(), register.units(), watched(register.owners()), register.ownerships());
        context = store.context(f.clock, f.ids, validator, published::add);
        PropertyService property = new PropertyService(context);
        property.registerEstate(new RegisterEstate("E1", "Vanke City"));
        property.addPlot(new AddPlot("E1", "E1-A", "Plot A"));
        property.addBuilding(new AddBuilding("E1-A", "E1-B1", "Building 1"));
        property.addUnit(AddUnit.usable("E1-B1", FLAT.value(), "1201", UnitKind.RESIDENCE, "89.5",
                UnitUsage.RESIDENTIAL));
        property.registerEstate(new RegisterEstate("E2", "Lake View"));
        property.addPlot(new AddPlot("E2", "E2-A", "Plot A"));
        property.addBuilding(new AddBuilding("E2-A", "E2-B1", "Building 1"));
        property.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        published.clear();
        ownerLookupsInside.clear();
        service = new TicketService(context, FakeStore.commitmentsWithoutPolicies(context));
    }

    @AfterEach
    void closeValidator() {
        validator.close();
    }

    private <T> T inUnitOfWork(Supplier<T> work) {
        depth++;
        try {
            return register.inTransaction(work);
        } finally {
            depth--;
        }
    }

    private OwnerRepository watched(OwnerRepository owners) {
        return new OwnerRepository() {
            @Override
            public Owner save(Owner owner) {
                return owners.save(owner);
            }

            @Override
            public Optional<Owner> findById(OwnerId id) {
                ownerLookupsInside.add(depth > 0);
                return owners.findById(id);
            }

            @Override
            public Page<Owner> findAll(PageRequest page) {
                return owners.findAll(page);
            }
        };
    }

    private static ReportRepair repair(TicketLocation at, Reporter reporter) {
        return new ReportRepair(at, reporter, Channel.HOTLINE, Urgency.NORMAL, HOTLINE, "the bathroom window leaks");
    }

    private TicketReferenceException refused(Executable intake) {
        TicketReferenceException e = assertThrows(TicketReferenceException.class, intake);
        assertTrue(tickets.rows.isEmpty(), "nothing stored");
        assertTrue(published.isEmpty(), "nothing published");
        return e;
    }

    @Test
    @DisplayName("EU-1 a unit named alone is stored with the building and estate of the register")
    void eu1_unitNamedAloneTakesBuildingAndEstateFromTheRegister() {
        TicketRecord r = service.reportRepair(repair(TicketLocation.ofUnit(FLAT), OWNER), CLERK);
        assertEquals(TicketLocation.ofUnit(FLAT, E1_B1, E1), r.intake().location());
        assertEquals(E1, r.facts().estate());
        assertEquals(E1_B1, r.facts().building());
        assertEquals(r, tickets.rows.get(r.id().value()));
        assertEquals(1, service.ticketsOfBuilding(E1_B1, Openness.OPEN, PageRequest.first(5)).items().size());
    }

    @Test
    @DisplayName("EU-1 a unit, a building's and an estate's common area the register agrees with are accepted as given")
    void eu1_registeredLocationsAreAccepted() {
        assertEquals(Fixtures.UNIT, service.reportRepair(repair(Fixtures.UNIT, OWNER), CLERK).intake().location());
        TicketLocation lift = TicketLocation.buildingCommonArea(E2_B1, E2, "lift lobby");
        assertEquals(lift, service.reportRepair(repair(lift, OWNER), CLERK).intake().location());
        TicketLocation gate = TicketLocation.estateCommonArea(E2, "north gate");
        assertEquals(gate, service.reportRepair(repair(gate, OWNER), CLERK).intake().location());
        assertEquals(3, tickets.rows.size());
    }

    @Test
    @DisplayName("EU-1 a repair on a unit that is not registered is refused naming the unit; nothing is stored")
    void eu1_unknownUnitIsRefused() {
        for (TicketLocation at : List.of(TicketLocation.ofUnit(UnitId.of("E1-B1-9999")),
                TicketLocation.ofUnit(UnitId.of("E1-B1-9999"), E1_B1, E1))) {
            TicketReferenceException e = refused(() -> service.reportRepair(repair(at, OWNER), CLERK));
            assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_UNIT, "E1-B1-9999")), e.problems());
            assertEquals("ReportRepair refers to what the property register does not hold: unit E1-B1-9999 is not "
                    + "registered; nothing was stored", e.getMessage());
        }
    }

    @Test
    @DisplayName("EU-1 a real unit with a made-up building and estate is refused, naming what the register holds")
    void eu1_realUnitWithMadeUpBuildingAndEstateIsRefused() {
        TicketLocation madeUp = TicketLocation.ofUnit(FLAT, BuildingId.of("X-B7"), EstateId.of("X"));
        TicketReferenceException e = refused(() -> service.reportRepair(repair(madeUp, OWNER), CLERK));
        assertEquals(Reason.UNIT_IN_OTHER_BUILDING, e.problems().get(0).reason());
        assertEquals(FLAT.value(), e.problems().get(0).id());
        assertEquals("unit E1-B1-1201 is in building E1-B1 of estate E1, not in building X-B7 of estate X",
                e.problems().get(0).toString());
        TicketLocation otherEstate = TicketLocation.ofUnit(FLAT, E1_B1, E2);
        assertEquals(Reason.UNIT_IN_OTHER_BUILDING,
                refused(() -> service.reportRepair(repair(otherEstate, OWNER), CLERK)).problems().get(0).reason());
    }

    @Test
    @DisplayName("EU-1 common areas of an unknown building, of a building in another estate, of an unknown estate are refused")
    void eu1_commonAreasOutsideTheRegisterAreRefused() {
        assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_BUILDING, "E1-B9")), refused(() -> service.reportRepair(
                repair(TicketLocation.buildingCommonArea(BuildingId.of("E1-B9"), E1, "roof"), OWNER), CLERK)).problems());
        assertEquals(List.of(new Problem(Reason.BUILDING_IN_OTHER_ESTATE, "E2-B1", "is in estate E2, not in estate E1",
                "在楼盘 E2 中，不在楼盘 E1 中")),
                refused(() -> service.reportRepair(repair(TicketLocation.buildingCommonArea(E2_B1, E1, "roof"), OWNER),
                        CLERK)).problems());
        assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_ESTATE, "E9")), refused(() -> service.reportRepair(
                repair(TicketLocation.estateCommonArea(EstateId.of("E9"), "pond"), OWNER), CLERK)).problems());
    }

    @Test
    @DisplayName("EU-3 an owner never registered is refused; non-owner contacts and staff are not looked up")
    void eu3_unregisteredOwnerIsRefused() {
        assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_OWNER, "O-404")),
                refused(() -> service.reportRepair(repair(Fixtures.ROOF, STRANGER), CLERK)).problems());
        service.reportRepair(repair(Fixtures.ROOF, Reporter.byContact(ContactPerson.of("Li Lei", "13812345678"))), CLERK);
        service.reportRepair(new ReportRepair(Fixtures.ROOF, Reporter.byStaff("S-PATROL"), Channel.PATROL,
                Urgency.NORMAL, HOTLINE, "a cracked tile"), CLERK);
        assertEquals(2, tickets.rows.size());
    }

    @Test
    @DisplayName("EU-1/EU-3 the lookups are made in the unit of work that stores the ticket")
    void eu1_lookupsAreInTheUnitOfWorkOfTheReception() {
        service.reportRepair(repair(Fixtures.UNIT, OWNER), CLERK);
        assertEquals(List.of(true), ownerLookupsInside);
    }

    @Test
    @DisplayName("CP-2 every problem of a command is listed at once: the location, then the reporter")
    void cp2_everyProblemAtOnce() {
        TicketReferenceException e = refused(() -> service.reportRepair(
                repair(TicketLocation.ofUnit(UnitId.of("U-404")), STRANGER), CLERK));
        assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_UNIT, "U-404"), Problem.unknown(Reason.UNKNOWN_OWNER, "O-404")),
                e.problems());
        assertEquals("ReportRepair", e.command());
        assertEquals("ReportRepair refers to what the property register does not hold: unit U-404 is not registered; "
                + "owner O-404 is not registered; nothing was stored", e.getMessage());
    }

    @Test
    @DisplayName("CP-4 complaints, questions and feedback are checked like repairs")
    void cp4_everyIntakeIsChecked() {
        TicketLocation nowhere = TicketLocation.ofUnit(UnitId.of("U-404"));
        assertEquals("LodgeComplaint", refused(() -> service.lodgeComplaint(new LodgeComplaint(nowhere, OWNER,
                Channel.SALES_OFFICE, Severity.GENERAL, HOTLINE, "noise"), CLERK)).command());
        assertEquals("AskQuestion", refused(() -> service.askQuestion(new AskQuestion(nowhere, OWNER, Channel.HOTLINE,
                HOTLINE, "when is the gas connected?"), CLERK)).command());
        assertEquals("GiveFeedback", refused(() -> service.giveFeedback(new GiveFeedback(GiveFeedback.Feedback.PRAISE,
                Fixtures.ROOF, STRANGER, Channel.LETTER, HOTLINE, "thanks"), CLERK)).command());
        TicketRecord question = service.askQuestion(new AskQuestion(TicketLocation.ofUnit(FLAT), OWNER, Channel.HOTLINE,
                HOTLINE, "when is the gas connected?"), CLERK);
        assertEquals(Optional.of(E1_B1), question.intake().location().building());
    }

    @Test
    @DisplayName("EU-4 a refusal names ids only, never the reporter's contact data or the description")
    void eu4_refusalNamesIdsOnly() {
        String name = "Zhao Minghui";
        String phone = "13912340000";
        String description = "leak above the bed of the Zhao family";
        TicketReferenceException e = refused(() -> service.reportRepair(new ReportRepair(
                TicketLocation.ofUnit(UnitId.of("U-404")), Reporter.byContact(ContactPerson.of(name, phone)),
                Channel.HOTLINE, Urgency.NORMAL, HOTLINE, description), CLERK));
        for (String secret : List.of(name, phone, description, "Zhao")) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
            assertFalse(e.problems().toString().contains(secret), e.problems().toString());
        }
    }

    @Test
    @DisplayName("EU-1 trusted references are taken as given, but a unit named alone is still looked up")
    void eu1_trustedReferences() {
        TicketService trusting = new TicketService(context, FakeStore.commitmentsWithoutPolicies(context),
                IntakeReferences.TRUSTED);
        TicketLocation madeUp = TicketLocation.ofUnit(UnitId.of("U-404"), BuildingId.of("X-B7"), EstateId.of("X"));
        assertEquals(madeUp, trusting.reportRepair(repair(madeUp, STRANGER), CLERK).intake().location());
        assertEquals(TicketLocation.ofUnit(FLAT, E1_B1, E1),
                trusting.reportRepair(repair(TicketLocation.ofUnit(FLAT), STRANGER), CLERK).intake().location());
        tickets.rows.clear();
        published.clear();
        assertEquals(List.of(Problem.unknown(Reason.UNKNOWN_UNIT, "U-404")), refused(() -> trusting.reportRepair(
                repair(TicketLocation.ofUnit(UnitId.of("U-404")), STRANGER), CLERK)).problems());
    }

    @Test
    @DisplayName("EU-1 a unit named alone has no building or estate of its own, and no ticket is made at it")
    void eu1_unitNamedAloneIsNoTicketLocation() {
        TicketLocation named = TicketLocation.ofUnit(FLAT);
        assertEquals(Optional.of(FLAT), named.unit());
        assertFalse(named.isCommonArea());
        assertThrows(IllegalStateException.class, named::estate);
        assertThrows(IllegalStateException.class, named::building);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TicketIntake.repair(named, OWNER, Channel.HOTLINE, Urgency.NORMAL, "leak"));
        assertTrue(e.getMessage().contains("E1-B1-1201"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> repair(named, OWNER).toIntake());
    }

    @Test
    @DisplayName("PT-2 a patrol finding on a unit named alone is refused by validation before any lookup")
    void pt2_patrolFindingOnUnitNamedAlone() {
        assertThrows(dev.aftersales.common.InvalidCommandException.class, () -> service.reportRepair(new ReportRepair(
                TicketLocation.ofUnit(FLAT), Reporter.byStaff("S-PATROL"), Channel.PATROL, Urgency.NORMAL, HOTLINE,
                "a cracked tile"), CLERK));
        assertTrue(ownerLookupsInside.isEmpty());
        assertTrue(tickets.rows.isEmpty());
    }
}

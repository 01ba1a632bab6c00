package dev.aftersales.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule PS-1: of several policies that match a ticket and define the same term, the one with the most
 * specific selector starts it; two that could match one ticket at the same specificity are refused
 * at registration.
 */
class PolicySelectionTest {

    private static final String CONTACT = "contact";

    private static CommitmentPolicy contact(String id, TicketSelector selector, Duration within) {
        return CommitmentPolicy.builder(id).selecting(selector).term(CommitmentTerm.builder(CONTACT)
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(within)).build();
    }

    private static final TicketSelector REPAIRS = TicketSelector.kinds(TicketKind.REPAIR);

    /** A normal-urgency ticket of a kind, on a channel, in an estate, without a category. */
    private static TicketFacts ticket(TicketKind kind, Channel channel, String estate) {
        return ticket(kind, channel, estate, null);
    }

    /** A normal-urgency ticket of a kind, on a channel, in an estate, of a category or none. */
    private static TicketFacts ticket(TicketKind kind, Channel channel, String estate, String category) {
        return new TicketFacts(kind, channel, kind == TicketKind.REPAIR ? Urgency.NORMAL : null, null,
                EstateId.of(estate), BuildingId.of("B-1"), null, DepartmentId.of("cs"),
                category == null ? null : TicketCategory.of(category));
    }

    private static final TicketCategory PLUMBING = TicketCategory.of("plumbing");
    private static final TicketSelector REPAIRS_IN_E1 = REPAIRS.withEstates(EstateId.of("E-1"));

    @Test
    @DisplayName("PS-1 an estate's own policy wins over the general one for the same term; other estates keep the general one")
    void estatePolicyWinsForItsEstate() {
        Harness inE1 = new Harness(contact("general", REPAIRS, Duration.ofHours(24)),
                contact("estate-e1", REPAIRS_IN_E1, Duration.ofHours(4)));
        inE1.facts(Harness.repair(Urgency.NORMAL)).step(TicketStep.RECEIVE, "2025-03-03T10:00");
        assertEquals(1, inE1.terms(CONTACT).size(), "one contact commitment, not one per matching policy");
        assertEquals("estate-e1", inE1.term(CONTACT).policy().id());
        assertEquals(Harness.sh("2025-03-03T14:00"), inE1.term(CONTACT).deadline());

        Harness elsewhere = new Harness(contact("general", REPAIRS, Duration.ofHours(24)),
                contact("estate-e1", REPAIRS_IN_E1, Duration.ofHours(4)));
        elsewhere.facts(ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-2"))
                .step(TicketStep.RECEIVE, "2025-03-03T10:00");
        assertEquals("general", elsewhere.term(CONTACT).policy().id());
    }

    @Test
    @DisplayName("PS-1 an estate's variant of the RP-2 preset (the README's example) starts its terms instead of the preset")
    void presetVariantForOneEstate() {
        CommitmentPolicy general = CommitmentPresets.rp2RepairResponse();
        CommitmentPolicy riverside = general.withId("rp2-riverside")
                .withSelector(general.selector().withEstates(EstateId.of("E-1")));
        assertEquals(1, riverside.version());
        Harness h = new Harness(general, riverside);
        h.facts(Harness.repair(Urgency.NORMAL)).step(TicketStep.RECEIVE, "2025-03-03T10:00");
        assertEquals(List.of("rp2-riverside"), h.terms(CommitmentPresets.TERM_RP2_CONTACT).stream()
                .map(c -> c.policy().id()).toList());
    }

    @Test
    @DisplayName("PS-1 policies with different terms all apply: selection competes per term only")
    void differentTermsAllApply() {
        CommitmentPolicy other = CommitmentPolicy.builder("visit").selecting(REPAIRS_IN_E1).term(CommitmentTerm
                .builder("visit").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.START_WORK).within(Duration.ofHours(48)))
                .build();
        Harness h = new Harness(contact("general", REPAIRS, Duration.ofHours(24)), other);
        h.facts(Harness.repair(Urgency.NORMAL)).step(TicketStep.RECEIVE, "2025-03-03T10:00");
        assertEquals("general", h.term(CONTACT).policy().id());
        assertEquals("visit", h.term("visit").policy().id());
    }

    @Test
    @DisplayName("PS-1 equal specificity on overlapping selectors is refused, naming the term and the other policy")
    void equalSpecificityIsRefused() {
        PolicyCatalog catalog = new PolicyCatalog(new Harness().calendars);
        catalog.register(contact("by-estate", REPAIRS_IN_E1, Duration.ofHours(4)));
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> catalog.register(
                contact("by-urgency", REPAIRS.withUrgencies(Urgency.NORMAL), Duration.ofHours(8))));
        PolicyProblem problem = e.problems().get(0);
        assertEquals(PolicyProblem.Code.AMBIGUOUS_SELECTION, problem.code());
        assertEquals(CONTACT, problem.termKey());
        assertTrue(problem.message().contains("by-estate@1"), problem.message());
        assertTrue(catalog.latest("by-urgency").isEmpty(), "nothing registered");
        // disjoint selectors at the same specificity never compete
        catalog.register(contact("other-estate", REPAIRS.withEstates(EstateId.of("E-2")), Duration.ofHours(6)));
        // a new version of the same policy does not compete with itself
        catalog.register(contact("by-estate", REPAIRS_IN_E1, Duration.ofHours(3)).withVersion(2));
    }

    @Test
    @DisplayName("PS-1 per estate and category: the estate's plumbing policy beats the estate's (or the plumbing) one; others fall back")
    void perEstateAndCategory() {
        CommitmentPolicy general = contact("general", REPAIRS, Duration.ofHours(24));
        CommitmentPolicy e1Plumbing = contact("e1-plumbing", REPAIRS_IN_E1.withCategories(PLUMBING), Duration.ofHours(2));
        assertEquals(3, e1Plumbing.selector().specificity(), "kind, estate and category");
        record Case(String estate, String category, String winner) { }
        // by estate, then by category within an estate
        CommitmentPolicy[] byEstate = {general, contact("estate-e1", REPAIRS_IN_E1, Duration.ofHours(8)), e1Plumbing};
        for (Case c : List.of(new Case("E-1", "plumbing", "e1-plumbing"), new Case("E-1", "electrical", "estate-e1"),
                new Case("E-1", null, "estate-e1"), new Case("E-2", "plumbing", "general"))) {
            assertWinner(byEstate, c.estate(), c.category(), c.winner());
        }
        // by category, then by estate within a category
        CommitmentPolicy[] byCategory = {general, contact("plumbing", REPAIRS.withCategories(PLUMBING),
                Duration.ofHours(12)), e1Plumbing};
        for (Case c : List.of(new Case("E-1", "plumbing", "e1-plumbing"), new Case("E-2", "plumbing", "plumbing"),
                new Case("E-1", "electrical", "general"), new Case("E-2", null, "general"))) {
            assertWinner(byCategory, c.estate(), c.category(), c.winner());
        }
    }

    private static void assertWinner(CommitmentPolicy[] policies, String estate, String category, String winner) {
        Harness h = new Harness(policies);
        h.facts(ticket(TicketKind.REPAIR, Channel.HOTLINE, estate, category)).step(TicketStep.RECEIVE, "2025-03-03T10:00");
        assertEquals(List.of(winner), h.terms(CONTACT).stream().map(x -> x.policy().id()).toList(),
                () -> "estate " + estate + ", category " + category);
    }

    @Test
    @DisplayName("PS-1 an estate's policy and a category's policy are equally specific and overlap: the second is refused")
    void estateAndCategoryAtEqualSpecificityAreRefused() {
        PolicyCatalog catalog = new PolicyCatalog(new Harness().calendars);
        catalog.register(contact("estate-e1", REPAIRS_IN_E1, Duration.ofHours(8)));
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> catalog.register(
                contact("plumbing", REPAIRS.withCategories(PLUMBING), Duration.ofHours(12))));
        assertEquals(PolicyProblem.Code.AMBIGUOUS_SELECTION, e.problems().get(0).code());
        // a more specific estate-and-category policy does not lift the refusal: PS-1 compares the two
        // selectors themselves (E-1's plumbing repairs match both)
        catalog.register(contact("e1-plumbing", REPAIRS_IN_E1.withCategories(PLUMBING), Duration.ofHours(2)));
        assertThrows(InvalidPolicyException.class, () -> catalog.register(
                contact("plumbing", REPAIRS.withCategories(PLUMBING), Duration.ofHours(12))));
        catalog.register(contact("e2-plumbing", REPAIRS.withEstates(EstateId.of("E-2")).withCategories(PLUMBING),
                Duration.ofHours(3)));
    }

    @Test
    @DisplayName("PS-1 a ticket without a category matches no selector naming categories")
    void noCategoryMatchesNoCategorySelector() {
        TicketSelector plumbing = REPAIRS.withCategories(PLUMBING);
        assertTrue(plumbing.matches(ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-1", "plumbing")));
        assertFalse(plumbing.matches(ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-1", null)));
        assertFalse(plumbing.matches(ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-1", "electrical")));
        assertTrue(REPAIRS.matches(ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-1", "electrical")));
    }

    @Test
    @DisplayName("PS-1 the presets define disjoint terms: all of them register together")
    void presetsRegisterTogether() {
        PolicyCatalog catalog = new PolicyCatalog(new Harness().calendars);
        CommitmentPresets.all().forEach(catalog::register);
        assertEquals(CommitmentPresets.all().size(), catalog.latestVersions().size());
    }

    /** A selector over two kinds, two channels, two estates and two categories, each dimension constrained or not. */
    @Provide
    Arbitrary<TicketSelector> selectors() {
        Arbitrary<List<TicketKind>> kinds = Arbitraries.of(TicketKind.REPAIR, TicketKind.COMPLAINT).list()
                .uniqueElements().ofMaxSize(2);
        Arbitrary<List<Channel>> channels = Arbitraries.of(Channel.HOTLINE, Channel.LETTER).list().uniqueElements()
                .ofMaxSize(2);
        Arbitrary<List<String>> estates = Arbitraries.of("E-1", "E-2").list().uniqueElements().ofMaxSize(2);
        Arbitrary<List<String>> categories = Arbitraries.of("plumbing", "electrical").list().uniqueElements()
                .ofMaxSize(2);
        return Combinators.combine(kinds, channels, estates, categories).as((k, c, e, g) -> TicketSelector.any()
                .withKinds(k.toArray(TicketKind[]::new)).withChannels(c.toArray(Channel[]::new))
                .withEstates(e.stream().map(EstateId::of).toArray(EstateId[]::new))
                .withCategories(g.stream().map(TicketCategory::of).toArray(TicketCategory[]::new)));
    }

    @Property(tries = 200)
    @Label("PS-1 overlaps(a, b) holds exactly when some ticket matches both (reference: every ticket of the grid)")
    void overlapMatchesTheReference(@ForAll("selectors") TicketSelector a, @ForAll("selectors") TicketSelector b) {
        boolean someTicketMatchesBoth = false;
        for (TicketKind kind : List.of(TicketKind.REPAIR, TicketKind.COMPLAINT)) {
            for (Channel channel : List.of(Channel.HOTLINE, Channel.LETTER, Channel.WECHAT)) {
                for (String estate : List.of("E-1", "E-2", "E-3")) {
                    for (String category : java.util.Arrays.asList("plumbing", "electrical", "doors", null)) {
                        TicketFacts facts = ticket(kind, channel, estate, category);
                        someTicketMatchesBoth |= a.matches(facts) && b.matches(facts);
                    }
                }
            }
        }
        assertEquals(someTicketMatchesBoth, a.overlaps(b));
        assertEquals(a.overlaps(b), b.overlaps(a));
    }

    @Property(tries = 100)
    @Label("PS-1 whatever policies a catalog accepted, a ticket gets one contact commitment, from the most specific match")
    void oneCommitmentFromTheMostSpecificMatch(@ForAll("selectors") TicketSelector first,
                                                @ForAll("selectors") TicketSelector second,
                                                @ForAll("selectors") TicketSelector third) {
        PolicyCatalog catalog = new PolicyCatalog(new Harness().calendars);
        List<CommitmentPolicy> accepted = new ArrayList<>();
        List<TicketSelector> selectors = List.of(first, second, third);
        for (int i = 0; i < selectors.size(); i++) {
            CommitmentPolicy p = contact("p" + i, selectors.get(i), Duration.ofHours(i + 1));
            try {
                catalog.register(p);
                accepted.add(p);
            } catch (InvalidPolicyException refused) {
                assertEquals(PolicyProblem.Code.AMBIGUOUS_SELECTION, refused.problems().get(0).code());
            }
        }
        Harness h = new Harness(accepted.toArray(CommitmentPolicy[]::new));
        TicketFacts facts = ticket(TicketKind.REPAIR, Channel.HOTLINE, "E-1", "plumbing");
        h.facts(facts).step(TicketStep.RECEIVE, "2025-03-03T10:00");
        List<CommitmentPolicy> matching = accepted.stream().filter(p -> p.selector().matches(facts)).toList();
        int best = matching.stream().mapToInt(p -> p.selector().specificity()).max().orElse(-1);
        List<String> winners = matching.stream().filter(p -> p.selector().specificity() == best)
                .map(CommitmentPolicy::id).toList();
        assertTrue(winners.size() <= 1, "the catalog never holds two equally specific matches: " + winners);
        assertEquals(winners, h.terms(CONTACT).stream().map(c -> c.policy().id()).toList());
    }
}

package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.TermName;
import dev.aftersales.commitment.format.PolicyFormat;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text form of a policy round-trips exactly for generated policies (rule SL-13). */
class PolicyFormatRoundTripProperties {

    private static final CalendarRegistry CALENDARS = CalendarRegistry.withReadyCalendars();

    @Provide
    Arbitrary<CommitmentPolicy> policies() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank());
        Arbitrary<List<String>> rules = Arbitraries.strings().all().ofMaxLength(6).list().ofMaxSize(3);
        return Combinators.combine(
                CommitmentArbitraries.policies(CALENDARS, BusinessCalendars.CHINA_OFFICE_ID),
                Arbitraries.integers().between(1, 1000), text, text, rules, Arbitraries.of(true, false))
                .as((p, version, zh, en, ruleIds, named) -> {
                    List<CommitmentTerm> terms = new ArrayList<>();
                    for (CommitmentTerm t : p.terms()) {
                        CommitmentTerm.Builder b = t.toBuilder().rules(ruleIds.toArray(String[]::new));
                        terms.add(named ? b.build().withName(new TermName(zh, en)) : b.build());
                    }
                    return new CommitmentPolicy(p.id(), version, p.selector(), terms);
                });
    }

    @Property(tries = 200)
    @Label("Writing a generated policy and parsing the text gives an equal policy")
    void roundTrip(@ForAll("policies") CommitmentPolicy policy) {
        String text = PolicyFormat.write(policy);
        assertEquals(policy, PolicyFormat.parse("generated", text), text);
        assertEquals(policy, PolicyFormat.parse("generated", text, CALENDARS), text);
    }
}

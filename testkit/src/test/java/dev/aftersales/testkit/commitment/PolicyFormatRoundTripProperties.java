package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.format.PolicyFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text form of a policy round-trips exactly for generated policies of every shape (rule SL-13). */
class PolicyFormatRoundTripProperties {

    private static final CalendarRegistry CALENDARS = CalendarRegistry.withReadyCalendars();

    @Provide
    Arbitrary<CommitmentPolicy> anyPolicies() {
        return CommitmentArbitraries.anyPolicies();
    }

    @Provide
    Arbitrary<CommitmentPolicy> validPolicies() {
        return CommitmentArbitraries.validPolicies(CALENDARS);
    }

    @Property(tries = 300)
    @Label("SL-13 writing any policy the builders can make and parsing the text gives an equal policy")
    void roundTrip(@ForAll("anyPolicies") CommitmentPolicy policy) {
        String text = PolicyFormat.write(policy);
        assertEquals(policy, PolicyFormat.parse("generated", text), text);
    }

    @Property(tries = 200)
    @Label("SL-13 a valid policy of any shape round-trips through the text form with validation")
    void validRoundTrip(@ForAll("validPolicies") CommitmentPolicy policy) {
        String text = PolicyFormat.write(policy);
        assertEquals(policy, PolicyFormat.parse("generated", text, CALENDARS), text);
    }
}

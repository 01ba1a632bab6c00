package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.format.PolicyFormat;
import dev.aftersales.commitment.format.PolicyJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The JSON form of a policy round-trips exactly for generated policies of every shape, and carries
 * the same policies as the text form (rule SL-13).
 */
class PolicyJsonRoundTripProperties {

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
    @Label("SL-13 writing any policy the builders can make as JSON and parsing it gives an equal policy")
    void roundTrip(@ForAll("anyPolicies") CommitmentPolicy policy) {
        String json = PolicyJson.write(policy);
        assertEquals(policy, PolicyJson.parse("generated.json", json), json);
    }

    @Property(tries = 200)
    @Label("SL-13 a valid policy of any shape round-trips through the JSON form with validation")
    void validRoundTrip(@ForAll("validPolicies") CommitmentPolicy policy) {
        String json = PolicyJson.write(policy);
        assertEquals(policy, PolicyJson.parse("generated.json", json, CALENDARS), json);
    }

    @Property(tries = 300)
    @Label("SL-13 text -> policy -> JSON -> policy -> text gives the text back")
    void textThroughJsonIsTheText(@ForAll("anyPolicies") CommitmentPolicy generated) {
        String text = PolicyFormat.write(generated);
        CommitmentPolicy fromText = PolicyFormat.parse("generated", text);
        CommitmentPolicy fromJson = PolicyJson.parse("generated.json", PolicyJson.write(fromText));
        assertEquals(text, PolicyFormat.write(fromJson));
    }
}

package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_CONTACT;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SL-15: explanations name terms as people read them, in Chinese and English; keys stay ids. */
class TermNamesTest {

    @Test
    @DisplayName("SL-15 every term of every preset has a name in both languages")
    void everyPresetTermIsNamed() {
        for (CommitmentPolicy p : CommitmentPresets.all()) {
            for (CommitmentTerm t : p.terms()) {
                assertNotNull(t.name(), p.id() + "/" + t.key());
                assertFalse(t.displayName(Locale.SIMPLIFIED_CHINESE).equals(t.key()), t.key());
                assertFalse(t.displayName(Locale.ENGLISH).equals(t.key()), t.key());
            }
        }
        CommitmentTerm contact = CommitmentPresets.rp2RepairResponse().term(TERM_RP2_CONTACT).orElseThrow();
        assertEquals("首次联系业主", contact.displayName(Locale.CHINA));
        assertEquals("contact the owner", contact.displayName(Locale.ENGLISH));
        assertEquals("contact the owner", contact.displayName(Locale.GERMAN));
    }

    @Test
    @DisplayName("SL-15 a term without a name shows its key; CP-8 escalation keeps the name")
    void unnamedShowsKey() {
        CommitmentTerm t = CommitmentTerm.builder("t-1").startsOn(TicketStep.RECEIVE)
                .stopsOn(TicketStep.CONTACT_OWNER).within(Duration.ofHours(1)).build();
        assertEquals("t-1", t.displayName(Locale.CHINA));
        assertEquals("ring back", t.withName(new TermName("回电", "ring back")).displayName(Locale.ENGLISH));
        CommitmentPolicy escalated = CommitmentPresets.withCp8Escalation(CommitmentPresets.rp2RepairResponse());
        assertEquals("contact the owner",
                escalated.term(TERM_RP2_CONTACT).orElseThrow().displayName(Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> new TermName(" ", "x"));
    }

    @Test
    @DisplayName("SL-15 the explanation names the term in each language and keeps the key in the structure")
    void explanationUsesTheName() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        Explanation e = h.engine.explain(h.term(TERM_RP2_CONTACT), sh("2025-03-10T11:00"));
        assertEquals(TERM_RP2_CONTACT, e.termKey());
        String en = e.render(Locale.ENGLISH);
        String zh = e.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(en.contains("policy rp2-repair-response@1, term contact the owner (rules RP-2)"), en);
        assertTrue(zh.contains("条款首次联系业主（规则RP-2）"), zh);
        assertFalse(en.contains(TERM_RP2_CONTACT), en);
        assertFalse(zh.contains(TERM_RP2_CONTACT), zh);
    }
}

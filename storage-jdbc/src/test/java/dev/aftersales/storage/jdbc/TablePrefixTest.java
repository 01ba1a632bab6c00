package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link TablePrefix}: which prefixes are accepted, and how they are applied. */
class TablePrefixTest {

    @Test
    @DisplayName("the prefix goes in front of table names and replaces the scripts' placeholder")
    void applies() {
        TablePrefix p = TablePrefix.of("cs_");
        assertEquals("cs_outbox", p.table("outbox"));
        assertEquals("CREATE TABLE cs_outbox (x INT)", p.apply("CREATE TABLE ${prefix}outbox (x INT)"));
        assertEquals("aftersales_outbox", TablePrefix.DEFAULT.table("outbox"));
        assertEquals("outbox", TablePrefix.of("").table("outbox"));
    }

    @Test
    @DisplayName("upper case, quotes, dots, a leading digit or more than 24 characters are refused")
    void refusesUnsafePrefixes() {
        for (String bad : new String[] {"Cs_", "cs-", "1cs_", "cs.", "cs\"", "cs; DROP TABLE x", "p".repeat(25), " cs"}) {
            assertThrows(IllegalArgumentException.class, () -> TablePrefix.of(bad), bad);
        }
    }

    @Property
    @Label("every lower-case letter followed by up to 23 of [a-z0-9_] is a valid prefix")
    void acceptsSafePrefixes(@ForAll @CharRange(from = 'a', to = 'z') char first,
                             @ForAll @StringLength(max = 23) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9')
                             @Chars({'_'}) String rest) {
        assertEquals(first + rest, TablePrefix.of(first + rest).value());
    }
}

package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link ServerVersion}: parsing the version texts drivers report, and ordering. */
class ServerVersionTest {

    @Test
    @DisplayName("version texts of PostgreSQL, MariaDB (also behind MySQL's 5.5.5- prefix) and H2 parse")
    void parsesDriverTexts() {
        assertEquals(ServerVersion.of(15, 20, 0), ServerVersion.parse("15.20 (Debian 15.20-0+deb12u1)"));
        assertEquals(ServerVersion.of(10, 11, 19), ServerVersion.parse("10.11.19-MariaDB-0+deb12u1"));
        assertEquals(ServerVersion.of(10, 11, 6), ServerVersion.parse("5.5.5-10.11.6-MariaDB"));
        assertEquals(ServerVersion.of(2, 5, 252), ServerVersion.parse("2.5.252 (2026-09-23)"));
        assertEquals(ServerVersion.of(5, 5, 5), ServerVersion.parse("5.5.5-suffix"));
        assertThrows(IllegalArgumentException.class, () -> ServerVersion.parse("unknown"));
        assertThrows(IllegalArgumentException.class, () -> ServerVersion.of(-1, 0, 0));
    }

    @Property
    @Label("a printed version parses back to itself")
    void roundTrip(@ForAll("versions") ServerVersion v) {
        assertEquals(v, ServerVersion.parse(v.toString() + "-suffix"));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("isAtLeast agrees with the order of (major, minor, patch)")
    void order(@ForAll("versions") ServerVersion a, @ForAll("versions") ServerVersion b) {
        long ka = a.major() * 1_000_000L + a.minor() * 1_000L + a.patch();
        long kb = b.major() * 1_000_000L + b.minor() * 1_000L + b.patch();
        assertEquals(ka >= kb, a.isAtLeast(b.major(), b.minor(), b.patch()));
        assertEquals(Long.signum(ka - kb), Integer.signum(a.compareTo(b)));
        assertTrue(a.isAtLeast(a.major(), a.minor(), a.patch()));
    }

    @Provide
    Arbitrary<ServerVersion> versions() {
        Arbitrary<Integer> part = Arbitraries.integers().between(0, 300);
        return Combinators.combine(part, part, part).as(ServerVersion::of);
    }
}

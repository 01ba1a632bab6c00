package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Shares of co-owners are exact fractions (rule EU-3). */
class SharePropertiesTest {

    @Property
    void eu3_equalPartsAddUpToWhole(@ForAll @IntRange(min = 1, max = 200) int owners) {
        assertTrue(Share.addUpToWhole(Share.equalParts(owners)));
    }

    @Property
    void eu3_splittingAWholeKeepsTheSum(@ForAll @IntRange(min = 2, max = 9999) int denominator,
                                        @ForAll @IntRange(min = 1, max = 9998) int numerator) {
        int n = Math.min(numerator, denominator - 1);
        List<Share> split = List.of(Share.of(n, denominator), Share.of(denominator - n, denominator));
        assertTrue(Share.addUpToWhole(split));
    }

    @Property
    void eu3_oneShareTooManyIsNotWhole(@ForAll @IntRange(min = 1, max = 50) int owners) {
        List<Share> shares = new ArrayList<>(Share.equalParts(owners));
        shares.add(Share.of(1, 9999));
        assertFalse(Share.addUpToWhole(shares));
    }

    @Property
    void eu3_shareTextRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int denominator,
                                 @ForAll @IntRange(min = 1, max = 9999) int numerator) {
        Share share = Share.of(Math.min(numerator, denominator), denominator);
        assertEquals(share, Share.parse(share.toString()));
    }
}

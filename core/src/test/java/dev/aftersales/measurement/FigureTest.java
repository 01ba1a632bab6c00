package dev.aftersales.measurement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure carries its numerator and denominator (rules MS-1, MS-3, RP-6). */
class FigureTest {

    @Test
    @DisplayName("MS-1: a figure renders as numerator / denominator (percent to one decimal)")
    void rendersNumeratorDenominatorAndPercent() {
        assertEquals("37 / 40 (92.5 %)", Figure.of(37, 40).toString());
        assertEquals(Optional.of(new BigDecimal("92.5")), Figure.of(37, 40).percent());
        assertEquals("2 / 3 (66.7 %)", Figure.of(2, 3).toString());
        assertEquals("0 / 5 (0.0 %)", Figure.of(0, 5).toString());
    }

    @Test
    @DisplayName("MS-1: nothing measured gives an empty figure, never 0 % and never a division by zero")
    void emptyFigureHasNoRate() {
        Figure empty = Figure.of(0, 0);
        assertTrue(empty.isEmpty());
        assertEquals(Optional.empty(), empty.percent());
        assertEquals("0 / 0 (n/a)", empty.toString());
        assertEquals(Figure.empty(), empty);
    }

    @Test
    @DisplayName("MS-1: figures of two groups add numerators and denominators")
    void figuresAdd() {
        assertEquals(Figure.of(5, 9), Figure.of(2, 4).plus(Figure.of(3, 5)));
        assertEquals(Figure.of(2, 4), Figure.of(2, 4).plus(Figure.empty()));
    }

    @Test
    @DisplayName("a numerator above the denominator or below zero is refused")
    void refusesImpossibleFigures() {
        assertThrows(IllegalArgumentException.class, () -> Figure.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(-1, 2));
    }
}

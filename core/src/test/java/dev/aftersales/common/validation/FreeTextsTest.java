package dev.aftersales.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Violation;
import dev.aftersales.ticket.AgreePlan;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.TicketId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IN-1: one rule for free text, whatever the store: no control characters, well formed, not blank. */
class FreeTextsTest {

    private static final CommandValidator ENGLISH = new CommandValidator(Locale.ENGLISH);
    private static final CommandValidator CHINESE = new CommandValidator(Locale.SIMPLIFIED_CHINESE);
    private static final TicketId T1 = TicketId.of("T-1");

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0000", "x\u0007", "\u001B[31m", "x\u007F", "x\u0085", "x\u009F"})
    @DisplayName("IN-1 a control character other than tab and line breaks is refused")
    void in1_controlCharactersAreRefused(String text) {
        assertEquals(Optional.of(FreeTexts.Problem.CONTROL_CHARACTER), FreeTexts.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800", "\uD800b", "a\uDC00", "\uDFFF", "\uDBFF\uDBFF"})
    @DisplayName("IN-1 a surrogate without its partner is refused (PostgreSQL and MariaDB would store '?')")
    void in1_loneSurrogatesAreRefused(String text) {
        assertEquals(Optional.of(FreeTexts.Problem.MALFORMED), FreeTexts.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n\r", "\u00A0", "\u200B", "\u3000\u200B\uFEFF", "\u2028", " \u00AD "})
    @DisplayName("IN-1 white space of any script and invisible characters count as blank")
    void in1_unicodeBlankIsBlank(String text) {
        assertEquals(Optional.of(FreeTexts.Problem.BLANK), FreeTexts.problem(text));
        assertTrue(FreeTexts.isBlank(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"漏水", "line one\nline two\r\n\tindented", "\uD83D\uDEBF shower", "a\u200Bb", "\u00A0x"})
    @DisplayName("IN-1 ordinary text with line breaks, tabs, Chinese and characters beyond the BMP is accepted")
    void in1_ordinaryTextIsAccepted(String text) {
        assertEquals(Optional.empty(), FreeTexts.problem(text));
        assertFalse(FreeTexts.isBlank(text));
    }

    @Test
    @DisplayName("IN-1 a value type refuses bad text with an IllegalArgumentException naming the field, never the text")
    void in1_requireNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreeTexts.require("note", "secret\u0000", 100));
        assertEquals("note must not hold control characters other than tabs and line breaks", e.getMessage());
        assertEquals("note must be well-formed text, without an unpaired surrogate",
                assertThrows(IllegalArgumentException.class, () -> FreeTexts.require("note", "\uD800", 9)).getMessage());
        assertEquals("note must not be blank",
                assertThrows(IllegalArgumentException.class, () -> FreeTexts.require("note", "\u200B", 9)).getMessage());
        assertEquals("ok", FreeTexts.require("note", "ok", 2));
    }

    @Test
    @DisplayName("IN-1 a command with a NUL or a lone surrogate is refused naming the field, in English")
    void in1_commandViolationsInEnglish() {
        assertEquals(List.of(new Violation("plan", "must not contain control characters other than tabs and line breaks")),
                violations(ENGLISH, new AgreePlan(T1, "fix\u0000")));
        assertEquals(List.of(new Violation("note",
                        "must be well-formed text (a character is missing half of its surrogate pair)")),
                violations(ENGLISH, new ContactOwner(T1, "call \uD83D")));
        assertEquals(List.of(new Violation("plan", "the plan is required")),
                violations(ENGLISH, new AgreePlan(T1, "\u200B\u00A0")));
        assertEquals(List.of(new Violation("note", "must not be blank when given")),
                violations(ENGLISH, new ContactOwner(T1, "\u3000")));
    }

    @Test
    @DisplayName("IN-1 a command with a NUL or a lone surrogate is refused naming the field, in Chinese")
    void in1_commandViolationsInChinese() {
        assertEquals(List.of(new Violation("plan", "不能包含制表符和换行符以外的控制字符")),
                violations(CHINESE, new AgreePlan(T1, "fix\u0000")));
        assertEquals(List.of(new Violation("note", "必须是完整的文本（有字符缺少代理对的另一半）")),
                violations(CHINESE, new ContactOwner(T1, "\uDC00")));
    }

    private static List<Violation> violations(CommandValidator validator, Object command) {
        return assertThrows(InvalidCommandException.class, () -> validator.validate(command)).violations();
    }
}

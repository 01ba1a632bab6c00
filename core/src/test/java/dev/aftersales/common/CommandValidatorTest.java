package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

    record Sample(@NotNull String name, @Positive int count) {
    }

    record Ours(@NotNull(message = "{aftersales.ticket.channel.required}") String channel) {
    }

    @Test
    @DisplayName("CP-2 one exception lists every violation, ordered by field, without the rejected values")
    void listsEveryViolation() {
        try (CommandValidator validator = new CommandValidator(Locale.ENGLISH)) {
            InvalidCommandException e = assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new Sample(null, -7)));
            assertEquals("Sample", e.command());
            assertEquals(List.of("count", "name"), e.violations().stream().map(Violation::field).toList());
            assertTrue(e.getMessage().startsWith("Sample is invalid: count: "), e.getMessage());
            assertTrue(!e.getMessage().contains("-7"), e.getMessage());
        }
    }

    @Test
    @DisplayName("a valid command is returned unchanged")
    void validCommandPasses() {
        try (CommandValidator validator = new CommandValidator(Locale.ENGLISH)) {
            Sample sample = new Sample("x", 1);
            assertEquals(sample, validator.validate(sample));
        }
    }

    @Test
    @DisplayName("messages follow the validator's locale, not the JVM's default locale")
    void messagesFollowTheValidatorsLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            try (CommandValidator english = new CommandValidator(Locale.ENGLISH)) {
                InvalidCommandException e = assertThrows(InvalidCommandException.class,
                        () -> english.validate(new Sample(null, 1)));
                assertEquals("must not be null", e.violations().get(0).message());
            }
            Locale.setDefault(Locale.US);
            try (CommandValidator chinese = new CommandValidator(Locale.SIMPLIFIED_CHINESE)) {
                InvalidCommandException e = assertThrows(InvalidCommandException.class,
                        () -> chinese.validate(new Sample(null, 1)));
                assertEquals("不能为null", e.violations().get(0).message());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("the library's own messages stay English on a Chinese JVM, and other languages get English")
    void ownMessagesFollowTheValidatorsLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            for (Locale english : new Locale[] {Locale.ENGLISH, Locale.US, Locale.FRENCH, Locale.ROOT}) {
                try (CommandValidator validator = new CommandValidator(english)) {
                    String message = assertThrows(InvalidCommandException.class,
                            () -> validator.validate(new Ours(null))).violations().get(0).message();
                    assertTrue(message.chars().allMatch(c -> c < 0x2E80), english + ": " + message);
                }
            }
            Locale.setDefault(Locale.US);
            try (CommandValidator chinese = new CommandValidator(Locale.TRADITIONAL_CHINESE)) {
                String message = assertThrows(InvalidCommandException.class,
                        () -> chinese.validate(new Ours(null))).violations().get(0).message();
                assertTrue(message.chars().anyMatch(c -> c >= 0x4E00), message);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}

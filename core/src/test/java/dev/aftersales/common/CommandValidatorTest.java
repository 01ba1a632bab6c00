package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

    record Sample(@NotNull String name, @Positive int count) {
    }

    record Ours(@NotNull(message = "{aftersales.ticket.channel.required}") String channel) {
    }

    record RegisterEstate(@NotNull(message = "{aftersales.property.required}") String name,
                          @Size(max = 5, message = "{aftersales.property.text.size}") String note) {
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

    @Test
    @DisplayName("CP-2 an application's ValidationMessages.properties at the class-path root changes none of the library's English messages")
    void applicationBundleAtTheRootDoesNotChangeEnglishMessages() {
        // the clash is real: the test class path holds an application bundle with the library's keys
        assertTrue(ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH)
                .getString("aftersales.ticket.channel.required").startsWith("APPLICATION TEXT"));
        try (CommandValidator validator = new CommandValidator(Locale.ENGLISH)) {
            assertEquals("the channel is required", assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new Ours(null))).violations().get(0).message());
            InvalidCommandException e = assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new RegisterEstate(null, "too long")));
            assertEquals(List.of(new Violation("name", "is required"), new Violation("note", "must be at most 5 characters")),
                    e.violations());
            assertEquals("must not be null", assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new Sample(null, 1))).violations().get(0).message());
        }
    }

    @Test
    @DisplayName("CP-2 an application's ValidationMessages_zh_CN.properties changes none of the library's Chinese messages")
    void applicationBundleAtTheRootDoesNotChangeChineseMessages() {
        assertTrue(ResourceBundle.getBundle("ValidationMessages", Locale.SIMPLIFIED_CHINESE)
                .getString("aftersales.ticket.channel.required").startsWith("应用程序文本"));
        try (CommandValidator validator = new CommandValidator(Locale.SIMPLIFIED_CHINESE)) {
            assertEquals("必须填写受理渠道", assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new Ours(null))).violations().get(0).message());
            InvalidCommandException e = assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new RegisterEstate(null, "too long")));
            assertEquals(List.of(new Violation("name", "不能为空"), new Violation("note", "不能超过5个字符")), e.violations());
            assertEquals("不能为null", assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new Sample(null, 1))).violations().get(0).message());
        }
    }

    @Test
    @DisplayName("CP-2 the exception's summary is in the language of its messages: English")
    void summaryInEnglish() {
        try (CommandValidator validator = new CommandValidator(Locale.US)) {
            InvalidCommandException e = assertThrows(InvalidCommandException.class,
                    () -> validator.validate(new RegisterEstate(null, "too long")));
            assertEquals("RegisterEstate is invalid: name: is required; note: must be at most 5 characters", e.getMessage());
        }
    }

    @Test
    @DisplayName("CP-2 the exception's summary is in the language of its messages: Chinese, also on an English JVM")
    void summaryInChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            try (CommandValidator validator = new CommandValidator(Locale.SIMPLIFIED_CHINESE)) {
                InvalidCommandException e = assertThrows(InvalidCommandException.class,
                        () -> validator.validate(new RegisterEstate(null, "too long")));
                assertEquals("命令 RegisterEstate 无效：name: 不能为空；note: 不能超过5个字符", e.getMessage());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("CP-2 a summary built directly follows its locale: Chinese for any Chinese locale, else English, never the JVM's")
    void summaryOfADirectlyBuiltException() {
        List<Violation> one = List.of(new Violation("name", "x"));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("RegisterEstate is invalid: name: x", new InvalidCommandException("RegisterEstate", one).getMessage());
            assertEquals("RegisterEstate is invalid: name: x",
                    new InvalidCommandException("RegisterEstate", one, Locale.FRENCH).getMessage());
            Locale.setDefault(Locale.US);
            assertEquals("命令 RegisterEstate 无效：name: x",
                    new InvalidCommandException("RegisterEstate", one, Locale.TRADITIONAL_CHINESE).getMessage());
        } finally {
            Locale.setDefault(saved);
        }
    }
}

package dev.aftersales.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The library's own message bundle for commands (rule CP-2): the validation messages and the
 * summary of an {@link InvalidCommandException}, in English and Chinese.
 *
 * <p>The bundle is {@value #BUNDLE}, in the library's package rather than at the class-path root,
 * so that an application's own {@code ValidationMessages.properties} (routine with Spring) neither
 * hides the library's keys nor changes its texts. Its empty {@code _en} part keeps an English
 * lookup from falling back to the JVM's default locale (say {@code zh_CN}).
 */
final class CommandMessages {

    /** The base name of the bundle. */
    static final String BUNDLE = "dev.aftersales.common.ValidationMessages";

    private CommandMessages() {
    }

    /**
     * Returns the only two languages the library speaks: {@link Locale#SIMPLIFIED_CHINESE} for any
     * Chinese locale, {@link Locale#ENGLISH} for every other, never the JVM's default.
     *
     * @param requested the requested locale
     * @return the locale of the messages
     */
    static Locale supported(Locale requested) {
        return requested.getLanguage().equals(Locale.CHINESE.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * Returns the summary of a rejected command: its type and every violation, e.g.
     * {@code RegisterEstate is invalid: name: is required} or {@code 命令 RegisterEstate 无效：name: 不能为空}.
     *
     * @param command    the simple name of the command type
     * @param violations the violations, in order
     * @param locale     the language; any locale (see {@link #supported})
     * @return the summary
     */
    static String summary(String command, List<Violation> violations, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), CommandMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String list = violations.stream().map(Violation::toString)
                .collect(Collectors.joining(bundle.getString("aftersales.command.separator")));
        return new MessageFormat(bundle.getString("aftersales.command.invalid"), bundle.getLocale())
                .format(new Object[] {command, list});
    }
}

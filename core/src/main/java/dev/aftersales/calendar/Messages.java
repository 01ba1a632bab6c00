package dev.aftersales.calendar;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message bundle of the calendar exceptions, {@code dev/aftersales/calendar/messages}, in
 * English and Chinese (rule CP-2).
 */
final class Messages {

    private static final String BUNDLE = "dev.aftersales.calendar.messages";

    private Messages() {
    }

    private static final String[] WEEKDAYS_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    /** The Chinese name of a weekday, e.g. {@code 星期一}, for the Chinese problems of the calendar. */
    static String weekdayZh(DayOfWeek day) {
        return WEEKDAYS_ZH[day.getValue() - 1];
    }

    static boolean chinese(Locale locale) {
        return locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    /** Formats a text in English or (for a Chinese locale) Chinese; arguments printed with {@code String.valueOf}. */
    static String text(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return MessageFormat.format(b.getString(key), texts);
    }
}

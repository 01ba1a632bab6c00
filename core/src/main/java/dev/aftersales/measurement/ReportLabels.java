package dev.aftersales.measurement;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The labels of the KPI report in English or Chinese ({@code ReportLabels*.properties}). */
final class ReportLabels {

    private final ResourceBundle bundle;

    ReportLabels(Locale requested) {
        Locale locale = requested.getLanguage().equals(Locale.CHINESE.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(ReportLabels.class.getPackageName() + ".ReportLabels", locale,
                ReportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }

    /** A figure as "37 / 40 (92.5 %)", or "0 / 0 (n/a)" in the language's words. */
    String figure(Figure f) {
        return f.numerator() + " / " + f.denominator() + " ("
                + f.percent().map(p -> p.toPlainString() + " %").orElse(get("figure.none")) + ")";
    }

    /** A duration as days, hours and minutes ("1 d 2 h 5 min", "1天2小时5分钟"); seconds below a minute. */
    String duration(Duration d) {
        StringBuilder b = new StringBuilder();
        String sep = bundle.getString("unit.separator");
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        append(b, days, "unit.day", sep);
        append(b, hours, "unit.hour", sep);
        append(b, minutes, "unit.minute", sep);
        if (b.length() == 0) {
            append(b, d.toSecondsPart(), "unit.second", sep);
        }
        return b.length() == 0 ? "0" + sep + get("unit.second") : b.toString();
    }

    private void append(StringBuilder b, long amount, String unit, String sep) {
        if (amount > 0) {
            if (b.length() > 0) {
                b.append(sep);
            }
            b.append(amount).append(sep).append(get(unit));
        }
    }
}

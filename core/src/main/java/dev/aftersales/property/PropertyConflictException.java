package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a command conflicts with what is stored: an id already taken, a unit already sold,
 * a plot named under another estate, a date after today. The message names ids, states and dates
 * only, never personal data (rule EU-4), in English or Chinese ({@link #message(Locale)}); nothing
 * is changed.
 */
public class PropertyConflictException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String[] args;

    /**
     * Creates the exception with an English message only: its Chinese message is
     * {@code 房产数据冲突：} followed by the English one. The library uses the factories instead.
     *
     * @param message what conflicts, with ids only
     */
    public PropertyConflictException(String message) {
        this("conflict.other", message);
    }

    private PropertyConflictException(String key, Object... args) {
        super(text(Messages.BUNDLE, Locale.ENGLISH, key, args));
        this.key = key;
        this.args = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            this.args[i] = String.valueOf(args[i]);
        }
    }

    /**
     * Obtains the exception for an id already taken, e.g. {@code unit U-1 already exists}.
     *
     * @param kind what the id names: {@code estate}, {@code plot}, {@code building}, {@code unit} or {@code owner}
     * @param id   the id
     * @return the exception
     */
    public static PropertyConflictException alreadyExists(String kind, Object id) {
        return new PropertyConflictException("conflict.exists", Objects.requireNonNull(kind, "kind"), id);
    }

    /**
     * Obtains the exception for an outstanding item recorded twice.
     *
     * @param owner     the owner
     * @param reference the item's reference
     * @return the exception
     */
    public static PropertyConflictException outstandingItemExists(OwnerId owner, String reference) {
        return new PropertyConflictException("conflict.itemExists", owner, reference);
    }

    /**
     * Obtains the exception for an owner who already has the most outstanding items kept.
     *
     * @param owner the owner
     * @param most  the most items kept
     * @return the exception
     */
    public static PropertyConflictException tooManyOutstandingItems(OwnerId owner, int most) {
        return new PropertyConflictException("conflict.tooManyItems", owner, most);
    }

    /**
     * Obtains the exception for a unit sold a second time.
     *
     * @param unit      the unit
     * @param ownership its current ownership
     * @return the exception
     */
    public static PropertyConflictException alreadySold(UnitId unit, OwnershipId ownership) {
        return new PropertyConflictException("conflict.alreadySold", unit, ownership);
    }

    /**
     * Obtains the exception for a unit that has no ownership yet.
     *
     * @param unit the unit
     * @return the exception
     */
    public static PropertyConflictException notSold(UnitId unit) {
        return new PropertyConflictException("conflict.notSold", unit);
    }

    /**
     * Obtains the exception for a date of a unit after today.
     *
     * @param what  the date's name, e.g. {@code contract date}
     * @param date  the date
     * @param unit  the unit
     * @param today today
     * @return the exception
     */
    public static PropertyConflictException afterToday(String what, LocalDate date, UnitId unit, LocalDate today) {
        return new PropertyConflictException("conflict.afterToday", what, date, unit, today);
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 房屋 U-1 尚未售出}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming ids, states and dates only
     */
    @Override
    public String message(Locale locale) {
        Object[] words = args.clone();
        if (key.equals("conflict.exists")) {
            words[0] = Messages.kind(args[0], locale);
        } else if (key.equals("conflict.afterToday")) {
            words[0] = Messages.word("date.", args[0], locale);
        }
        return text(Messages.BUNDLE, locale, key, words);
    }
}

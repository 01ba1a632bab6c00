package dev.aftersales.measurement;

import dev.aftersales.common.AfterSalesException;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a two-monthly callback round cannot be tracked as asked (rule MS-2): the round was
 * not generated, the customer is not in it, the entry is already done, or no outcome was given.
 * The message names the owner id only (rule EU-4), in English or Chinese.
 */
public class CallbackRoundException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /** Why the round could not be tracked. */
    public enum Reason {
        /** No round was generated for the period. */
        NO_ROUND("no callback round was generated for the period", "该期间尚未生成回访批次"),
        /** The customer is not in the round. */
        NO_ENTRY("owner %s is not in the callback round", "业主 %s 不在本回访批次中"),
        /** The entry is already done. */
        ALREADY_DONE("the callback of owner %s in this round is already done", "业主 %s 本批次的回访已完成"),
        /** Tracking needs an outcome: done or not reached. */
        OUTCOME_REQUIRED("track owner %s as done or not reached", "业主 %s 的回访结果须为已完成或未联系上");

        private final String english;
        private final String chinese;

        Reason(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }
    }

    private final Reason reason;
    private final String owner;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param owner  the owner id concerned, or {@code null} when none
     */
    public CallbackRoundException(Reason reason, String owner) {
        super(text(reason, owner, Locale.ENGLISH) + " (MS-2)");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.owner = owner;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return text(reason, owner, locale);
    }

    /**
     * Gets the reason.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    private static String text(Reason reason, String owner, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        return String.format(Locale.ROOT, zh ? reason.chinese : reason.english, owner);
    }
}

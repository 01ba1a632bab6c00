package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a maintenance task's completion is refused (rule WA-3): the task was never
 * generated, or its completion is already recorded (a task is completed once). Nothing is written.
 */
public class MaintenanceTaskException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /** Why the completion was refused. */
    public enum Reason {
        /** No such task was generated. */
        NOT_FOUND,
        /** The task is already done. */
        ALREADY_DONE
    }

    private final MaintenanceTaskId task;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param task   the task
     * @param reason why
     * @throws NullPointerException if an argument is null
     */
    public MaintenanceTaskException(MaintenanceTaskId task, Reason reason) {
        super(text(Locale.ENGLISH, Objects.requireNonNull(task, "task"), Objects.requireNonNull(reason, "reason")));
        this.task = task;
        this.reason = reason;
    }

    private static String text(Locale locale, MaintenanceTaskId task, Reason reason) {
        return CoverageDecision.text(locale, reason == Reason.NOT_FOUND ? "error.taskNotFound" : "error.taskDone",
                task.text());
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the task
     */
    @Override
    public String message(Locale locale) {
        return text(locale, task, reason);
    }

    /**
     * Gets the task's key.
     *
     * @return the task key
     */
    public MaintenanceTaskId task() {
        return task;
    }

    /**
     * Gets why the completion was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}

package dev.aftersales.commitment;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One escalation level of a commitment term (rules SL-9, CP-8, CP-9): to whom, and when. Levels
 * anchored at the {@linkplain Anchor#BREACH breach} fire at the breach plus their offset (the first
 * level usually at the breach itself, further levels later), while the commitment has not stopped.
 * Levels anchored at the {@linkplain Anchor#START start} fire at the start plus their offset while
 * the commitment has not stopped: "reported at once" of CP-9 is a start level with a zero offset.
 * Pauses do not move escalation instants. Each level fires at most once per commitment; its
 * level number is its position in the term's list, from 1.
 *
 * @param anchor     where the offset counts from
 * @param offset     the offset (calendar time, business time or working days)
 * @param recipients who is told, at least one for a valid policy
 */
public record EscalationLevel(Anchor anchor, Target offset, List<Recipient> recipients) {

    /** Where an escalation's offset counts from. */
    public enum Anchor {
        /** The start of the commitment. */
        START,
        /** The breach, stamped with the deadline (rule SL-9). */
        BREACH
    }

    /**
     * Creates a level.
     *
     * @throws NullPointerException if an argument or recipient is null
     */
    public EscalationLevel {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(offset, "offset");
        recipients = List.copyOf(recipients);
    }

    /**
     * Obtains a level that fires at the breach (rule SL-9, CP-8).
     *
     * @param recipients who is told
     * @return the level
     * @throws NullPointerException if a recipient is null
     */
    public static EscalationLevel atBreach(Recipient... recipients) {
        return new EscalationLevel(Anchor.BREACH, Target.calendarTime(Duration.ZERO), Arrays.asList(recipients));
    }

    /**
     * Obtains a level that fires at an offset after the breach, if the commitment has not stopped
     * by then (rule SL-9).
     *
     * @param offset     the offset after the breach
     * @param recipients who is told
     * @return the level
     * @throws NullPointerException if an argument is null
     */
    public static EscalationLevel afterBreach(Target offset, Recipient... recipients) {
        return new EscalationLevel(Anchor.BREACH, offset, Arrays.asList(recipients));
    }

    /**
     * Obtains a level that fires at once when the commitment starts (rule CP-9: severe complaints
     * are reported at once).
     *
     * @param recipients who is told
     * @return the level
     * @throws NullPointerException if a recipient is null
     */
    public static EscalationLevel atStart(Recipient... recipients) {
        return new EscalationLevel(Anchor.START, Target.calendarTime(Duration.ZERO), Arrays.asList(recipients));
    }

    /**
     * Obtains a level that fires at an offset after the start, if the commitment has not stopped by
     * then.
     *
     * @param offset     the offset after the start
     * @param recipients who is told
     * @return the level
     * @throws NullPointerException if an argument is null
     */
    public static EscalationLevel afterStart(Target offset, Recipient... recipients) {
        return new EscalationLevel(Anchor.START, offset, Arrays.asList(recipients));
    }
}

package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.calendar.CalendarRegistry;

/**
 * Where a commitment's rules come from: the registered policy versions (rule SL-13) and the
 * calendars their working-time targets count on (rules SL-3, SL-5, SL-14), as currently
 * registered. Read-only; thread-safe as far as the catalog and registry are.
 */
final class Terms {

    private final PolicyCatalog policies;
    private final CalendarRegistry calendars;

    /**
     * Creates the lookup over a catalog and its calendars.
     *
     * @param policies the catalog
     */
    Terms(PolicyCatalog policies) {
        this.policies = policies;
        this.calendars = policies.calendars();
    }

    /**
     * Gets the catalog.
     *
     * @return the catalog
     */
    PolicyCatalog policies() {
        return policies;
    }

    /**
     * Gets the term a commitment runs under, in its policy version (rule SL-13).
     *
     * @param commitment the commitment
     * @return the term
     * @throws CommitmentException if the policy version or term is not registered
     */
    CommitmentTerm termOf(Commitment commitment) {
        CommitmentPolicy p = policies.get(commitment.policy());
        return p.term(commitment.termKey()).orElseThrow(() -> new CommitmentException(
                CommitmentException.Reason.NO_TERM, commitment.policy(), commitment.termKey()));
    }

    /**
     * Gets the calendar a term's target counts on, as currently registered.
     *
     * @param term the term
     * @return the calendar, or {@code null} when the target counts no working time
     */
    BusinessCalendar calendarOf(CommitmentTerm term) {
        return term.target().calendarId().map(calendars::get).orElse(null);
    }

    /**
     * Gets the version of the calendar a term's target counts on, as currently registered.
     *
     * @param term the term
     * @return the version, or {@code null} when the target counts no working time
     */
    CalendarRef calendarRefOf(CommitmentTerm term) {
        BusinessCalendar cal = calendarOf(term);
        return cal == null ? null : cal.ref();
    }

    /**
     * Gets a calendar as currently registered, e.g. the one an escalation offset counts on.
     *
     * @param id the calendar's id
     * @return the calendar
     */
    BusinessCalendar calendar(String id) {
        return calendars.get(id);
    }
}

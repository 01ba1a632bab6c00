package dev.aftersales.warranty;

import dev.aftersales.common.DisplayNamed;

/** The outcome of a coverage decision (rules WA-1, WA-2, WA-6). */
public enum CoverageOutcome implements DisplayNamed {
    /** Within the term and scope: repaired free (WA-1). */
    COVERED,
    /** The term ended before the defect date (WA-2). */
    EXPIRED,
    /** An exclusion applies (WA-6). */
    EXCLUDED,
    /** The defect date is before handover: the open-day and rectification process handles it. */
    NOT_HANDED_OVER,
    /** The component has no term (other parts with nothing agreed). */
    NO_TERM
}

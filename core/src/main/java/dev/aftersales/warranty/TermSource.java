package dev.aftersales.warranty;

/** Which of the terms decided the end of a component's warranty (rule WA-5). */
public enum TermSource {
    /** Handover plus the owner's statutory minimum. */
    OWNER_MINIMUM,
    /** Completion acceptance plus the contractor's term. */
    CONTRACTOR_TERM,
    /** Handover plus the developer's longer grant. */
    DEVELOPER_GRANT,
    /** Handover plus the term agreed for a component without a statutory floor. */
    AGREED_TERM
}

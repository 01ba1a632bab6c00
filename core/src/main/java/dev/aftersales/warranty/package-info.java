/**
 * Warranty (保修) core model: the statutory catalogue of components and their minimum terms
 * (rules WA-1, WA-5), an estate's warranty settings, the term of a component for a unit and the
 * coverage decision for a defect (rules WA-2, WA-6); maintenance plans and their dated tasks while
 * a term runs (rule WA-3, {@link dev.aftersales.warranty.MaintenanceSchedule}).
 *
 * <p>Conventions: a period P from a date d covers the local dates [d, d + P) ({@code LocalDate.plus});
 * n seasons from d are the n whole seasons that begin on or after d, covered through the last day
 * of the last one; the owner's term ends at the later of handover + owner's minimum, completion
 * acceptance + contractor's term and handover + developer's grant (WA-5). The warranty runs with
 * the unit: nothing in these facts depends on who owns it.
 */
package dev.aftersales.warranty;

/**
 * Service commitments (服务承诺), rules SL-6 to SL-16 of the domain: the promises of the seeds
 * (RP-2, CP-1, CP-5, CV-3, CP-8, CP-9) made exact.
 *
 * <ul>
 *   <li>Policies: {@link dev.aftersales.commitment.CommitmentPolicy} (versioned, selecting tickets
 *       with a {@link dev.aftersales.commitment.TicketSelector}) with
 *       {@link dev.aftersales.commitment.CommitmentTerm}s: a {@link dev.aftersales.commitment.Trigger},
 *       stop steps, pause reasons, a {@link dev.aftersales.commitment.Target}, warnings
 *       ({@link dev.aftersales.commitment.Warning}) and escalation levels
 *       ({@link dev.aftersales.commitment.EscalationLevel}); validation names every problem
 *       ({@link dev.aftersales.commitment.PolicyProblem}); a
 *       {@link dev.aftersales.commitment.PolicyCatalog} keeps the versions; the seeds' promises are
 *       {@link dev.aftersales.commitment.CommitmentPresets}.</li>
 *   <li>Commitments: {@link dev.aftersales.commitment.Commitment} values with their history
 *       ({@link dev.aftersales.commitment.CommitmentInput}) and firings; the pure
 *       {@link dev.aftersales.commitment.CommitmentEngine} applies ticket events, evaluates
 *       ({@link dev.aftersales.commitment.Evaluation}), sweeps, re-evaluates, recomputes and
 *       explains ({@link dev.aftersales.commitment.Explanation},
 *       {@link dev.aftersales.commitment.ExplanationRenderer}, English and Chinese).</li>
 * </ul>
 * Storage-facing code lives in {@code dev.aftersales.commitment.service}; this package depends on
 * the ticket and calendar features and the shared kernel only, never on the storage SPI.
 */
package dev.aftersales.commitment;

/**
 * The storage-facing runtime of service commitments: {@link
 * dev.aftersales.commitment.service.CommitmentService} applies ticket events to stored commitments,
 * answers queries and explanations, re-evaluates (SL-13) and recomputes (SL-14);
 * {@link dev.aftersales.commitment.service.CommitmentSweeper} fires warnings, breaches and
 * escalations exactly once (SL-8, SL-9); {@link dev.aftersales.commitment.service.ScheduledSweeps}
 * runs it on an executor the application supplies. Uses the storage SPI
 * ({@link dev.aftersales.spi.CommitmentRepository}).
 */
package dev.aftersales.commitment.service;

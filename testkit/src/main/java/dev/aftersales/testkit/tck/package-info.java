/**
 * The storage TCK: abstract JUnit 5 contract tests that a storage adapter's author extends,
 * supplying a fresh store through {@link dev.aftersales.testkit.tck.TicketStoreFixture}.
 * {@link dev.aftersales.testkit.tck.TicketRepositoryContract} covers saves, optimistic versions,
 * stale and concurrent writes and units of work; {@link dev.aftersales.testkit.tck.TicketQueriesContract}
 * covers every query, its order and paging. {@link dev.aftersales.testkit.tck.CommitmentRepositoryContract}
 * covers commitment saves, claims of due commitments, atomic sweep steps that record each firing
 * exactly once (also with several sweepers racing), and the outbox of fired events;
 * {@link dev.aftersales.testkit.tck.CommitmentQueriesContract} the commitment queries of MS-1. Both
 * take a fresh store through {@link dev.aftersales.testkit.tck.CommitmentStoreFixture}.
 */
package dev.aftersales.testkit.tck;

/**
 * The storage TCK: abstract JUnit 5 contract tests that a storage adapter's author extends,
 * supplying a fresh store through {@link dev.aftersales.testkit.tck.TicketStoreFixture}.
 * {@link dev.aftersales.testkit.tck.TicketRepositoryContract} covers saves, optimistic versions,
 * stale and concurrent writes and units of work; {@link dev.aftersales.testkit.tck.TicketQueriesContract}
 * covers every query, its order and paging.
 */
package dev.aftersales.testkit.tck;

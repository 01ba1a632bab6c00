/**
 * An integrator's own storage adapter: the "snapshot store", written against the storage SPI
 * ({@code dev.aftersales.spi}) alone, with none of the library's own storage classes, and proven by
 * the TCK ({@code SnapshotStoreTckTest}).
 *
 * <p>Read it in this order:
 * <ol>
 *   <li>{@link dev.aftersales.examples.adapter.SnapshotStore}: the adapter, and how each SPI contract
 *       (optimistic saves, units of work, consistent reads, ordered paged queries, conditional
 *       updates) maps onto a storage of your own, MongoDB or HTTP for instance;</li>
 *   <li>{@code Snapshot}: all tables as immutable maps in one immutable value;</li>
 *   <li>{@code Draft}: a unit of work's private copy, checked and applied at commit;</li>
 *   <li>{@code SnapshotEstates}, {@code SnapshotUnits}, {@code SnapshotOwners},
 *       {@code SnapshotOwnerships}, {@code SnapshotTickets}: one small class per repository
 *       interface, each method a line or two over the store;</li>
 *   <li>{@code SnapshotCommitments}, with its rows {@code FiringRow} and {@code ClaimRow}: service
 *       commitments, sweepers' claims as a conditional update, each firing recorded once under
 *       its unique key, and the outbox of fired events.</li>
 * </ol>
 *
 * <p>To write your own: implement {@link dev.aftersales.spi.AfterSalesStore}, extend
 * {@code dev.aftersales.testkit.tck.StoreContract} in a test returning a fresh store from
 * {@code newStore()}, and make every test pass; then hand the store to
 * {@code AfterSales.builder().store(...)}.
 */
package dev.aftersales.examples.adapter;

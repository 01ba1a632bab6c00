/**
 * The storage SPI: the only way the library reaches storage. Adapters (in memory, JDBC, or an
 * integrator's own) implement these interfaces and prove it by passing the TCK in
 * {@code aftersales-testkit}.
 *
 * <p>Contracts common to every repository:
 * <ul>
 *   <li>Records are immutable values; a save returns the stored copy with its new version
 *       ({@link dev.aftersales.common.Versioned}).</li>
 *   <li>Optimistic concurrency: a save whose version is not the stored one throws
 *       {@link dev.aftersales.spi.StaleWriteException} and changes nothing.</li>
 *   <li>A find of a missing id returns {@link java.util.Optional#empty()}, never throws.</li>
 *   <li>Queries return a {@link dev.aftersales.common.Page} in a stable order stated on each
 *       method; ties are broken by id.</li>
 *   <li>Writes inside {@link dev.aftersales.spi.UnitOfWork#inTransaction} are atomic.</li>
 *   <li>Implementations are safe for use by several threads.</li>
 * </ul>
 */
package dev.aftersales.spi;

/**
 * The step pipeline shared by every feature: {@link dev.aftersales.step.StepEffects} (validate,
 * decide, save, same-transaction effects, commit, after-commit bookkeeping, publish) and
 * {@link dev.aftersales.step.StepContext}, the one assembly of what every feature service needs
 * (store, clock, identifiers, validator and the pipeline). Both are assembled by
 * {@code AfterSales.builder()}: applications reach the services through the desk
 * ({@code desk.tickets()}, {@code desk.property()}, {@code desk.commitments()}), never by
 * constructing them.
 *
 * <p>A new feature (warranty, callbacks, open days, patrols) copies the shape of the ticket
 * feature: records and the aggregate in {@code dev.aftersales.<feature>}, its service in
 * {@code dev.aftersales.<feature>.service} taking a {@code StepContext}, every command through
 * {@code StepEffects.run}, its storage behind a repository of {@code dev.aftersales.spi}.
 */
package dev.aftersales.step;

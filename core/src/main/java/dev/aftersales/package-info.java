/**
 * The entry point of the library: {@link dev.aftersales.AfterSales}, the after-sales service desk of
 * a property developer, and its {@link dev.aftersales.AfterSales.Builder builder}.
 *
 * <h2>The one way in</h2>
 * An application builds one desk with {@link dev.aftersales.AfterSales#builder()}, choosing the store
 * (the in-memory one found on the class path by default, or e.g. {@code JdbcStore.create(dataSource).build()}
 * given to {@code store(...)}), the clock every step is stamped with, the language of validation
 * messages, the listeners of domain events, the business calendars and the service-commitment
 * policies, and whether intake checks its references against the property register
 * ({@code checkReferences}, on by default). The builder assembles every feature service over one
 * {@link dev.aftersales.step.StepContext}; the desk hands them out and is thread-safe:
 * <ul>
 *   <li>{@link dev.aftersales.AfterSales#property()}: estates, plots, buildings and units, owners
 *       and their profiles, contracts, handovers and transfers
 *       ({@link dev.aftersales.property}, rules EU-1..EU-4, PH-4, WA-1);</li>
 *   <li>{@link dev.aftersales.AfterSales#tickets()}: repairs, complaints, consultations,
 *       suggestions and praise, and every step of their life cycle ({@link dev.aftersales.ticket},
 *       rules RP-1..RP-6, CP-1..CP-13, CV-1..CV-4, PT-2);</li>
 *   <li>{@link dev.aftersales.AfterSales#commitments()}: the service commitments each ticket step
 *       starts, stops, pauses and resumes, their sweeps and explanations
 *       ({@link dev.aftersales.commitment}, rules SL-6..SL-16, CP-8, CP-9);</li>
 *   <li>{@link dev.aftersales.AfterSales#calendars()}: the business calendars deadlines are measured
 *       on ({@link dev.aftersales.calendar}, rules SL-1..SL-5, SL-16);</li>
 *   <li>{@link dev.aftersales.AfterSales#policies()}: the service policies as stored, versioned data,
 *       registered, previewed and re-evaluated while the desk runs (rules SL-13, PS-1);</li>
 *   <li>{@link dev.aftersales.AfterSales#measurement()}: the service's KPIs, reviews and callback
 *       rounds ({@link dev.aftersales.measurement}, rules MS-1..MS-3, RP-6);</li>
 *   <li>{@link dev.aftersales.AfterSales#warranty()}: warranty settings, coverage decisions and
 *       their record on repair tickets ({@link dev.aftersales.warranty}, rules WA-1, WA-2, WA-5,
 *       WA-6);</li>
 *   <li>{@link dev.aftersales.AfterSales#maintenance()}: plans of proactive inspections and
 *       maintenance while the warranty runs, their dated tasks and overdue tasks (rule WA-3).</li>
 * </ul>
 * The most common use cases are also methods of the desk itself, named by their domain verbs
 * ({@code reportRepair}, {@code lodgeComplaint}, {@code registerOwner}, {@code handOver},
 * {@code sweep} ...). Applications never construct the services themselves.
 *
 * <h2>One shape for every command</h2>
 * Every command of every service runs the same pipeline, {@link dev.aftersales.step.StepEffects}:
 * validate (one {@link dev.aftersales.common.InvalidCommandException} listing every violation, in
 * English or Chinese, rule CP-2), decide and save in one unit of work of the store with its
 * same-transaction effects and outbox rows, commit, then publish to the listeners. A step happens
 * whole or not at all; a listener's failure never undoes it. Storage is reached only through the
 * SPI of {@link dev.aftersales.spi}, which the storage modules implement.
 *
 * <p>Shared values (identifiers, actors, pages, events, validation) are in
 * {@link dev.aftersales.common}. Every business rule has an id (EU-1, RP-2, CP-5, SL-7 ...) that the
 * Javadoc and the tests cite; the rules are listed, with their ids, in {@code docs/rules.md} of
 * the source repository. Personal data never appears in logs, exception messages, events or
 * {@code toString} (rule EU-4).
 */
package dev.aftersales;

/**
 * Test support for users of the library: a controllable clock ({@link dev.aftersales.testkit.TestClock}),
 * captured log lines ({@link dev.aftersales.testkit.LogCapture}), the commitment helpers
 * ({@code commitment}), the storage TCK ({@code tck}) and jqwik arbitraries ({@code arbitraries}).
 *
 * <p>JUnit Jupiter and jqwik are optional dependencies of the testkit: the TCK needs JUnit and the
 * arbitraries need jqwik on the user's test class path, while {@code TestClock}, {@code LogCapture},
 * {@code CommitmentScenario}, {@code TicketEventScript}, {@code SlaAssertions},
 * {@code ReferenceSimulation} and {@code MinuteSteppingCalendar} need neither. Outside tests, use
 * {@link dev.aftersales.common.AdjustableClock} of the core module, on which {@code TestClock} is built.
 */
package dev.aftersales.testkit;

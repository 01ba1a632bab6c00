/**
 * Test support for users of the library: a controllable clock ({@link dev.aftersales.testkit.TestClock}),
 * the storage TCK ({@code tck}) and jqwik arbitraries ({@code arbitraries}).
 */
package dev.aftersales.testkit;

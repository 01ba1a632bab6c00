/**
 * jqwik arbitraries for the domain types, for test teams: tickets, their intakes, locations and
 * reporters, and valid step sequences of the ticket life cycle ({@link
 * dev.aftersales.testkit.arbitraries.TicketArbitraries}, {@link
 * dev.aftersales.testkit.arbitraries.PlannedStep}).
 */
package dev.aftersales.testkit.arbitraries;

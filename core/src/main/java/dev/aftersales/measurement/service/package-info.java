/**
 * The measurement use cases (rules MS-1, MS-3, RP-6): reports of the service's figures per period,
 * scope and grouping, built from one {@link dev.aftersales.step.StepContext}.
 */
package dev.aftersales.measurement.service;

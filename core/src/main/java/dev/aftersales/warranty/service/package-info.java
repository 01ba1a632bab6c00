/**
 * The warranty service (rules WA-1, WA-2, WA-5, WA-6): estates' warranty settings, coverage
 * decisions from the property register, and the decisions recorded on repair tickets; the
 * maintenance service (rule WA-3): plans of proactive inspections, their dated tasks and completion.
 */
package dev.aftersales.warranty.service;

/**
 * Small types shared by every feature: identifiers, actors, domain events and their listeners,
 * the root exception, command validation, paging.
 */
package dev.aftersales.common;

/**
 * Small types shared by every feature: identifiers, actors, domain events and their listeners,
 * the root exception, command validation, paging, and the English and Chinese display names of the
 * enums a screen shows ({@link dev.aftersales.common.DisplayNamed}).
 */
package dev.aftersales.common;

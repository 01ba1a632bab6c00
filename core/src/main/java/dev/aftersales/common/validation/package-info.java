/**
 * The constraints every command shares (rules IN-1, IN-2): free text that every store keeps as it
 * was given ({@link dev.aftersales.common.validation.FreeText}) and instants and dates in the one
 * range every store holds ({@link dev.aftersales.common.validation.InSupportedRange}).
 */
package dev.aftersales.common.validation;

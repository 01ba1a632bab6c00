/**
 * Internal: not part of the library's API, left out of its Javadoc, and free to change in any
 * release. A small strict JSON reader (RFC 8259) shared by the library's JSON formats (holiday-cn
 * calendar years in {@code dev.aftersales.calendar}, the JSON form of a policy in
 * {@code dev.aftersales.commitment.format}), so that the library needs no JSON dependency. Only
 * core uses it ({@code ArchitectureTest}).
 */
package dev.aftersales.common.json;

/**
 * Documented text and JSON forms of a commitment policy
 * ({@link dev.aftersales.commitment.format.PolicyFormat},
 * {@link dev.aftersales.commitment.format.PolicyJson}), each round-tripping exactly with the
 * policies the builders and presets produce (rules SL-6 to SL-13), so that a file in the
 * application's repository, an admin screen or another system can hold policies.
 */
package dev.aftersales.commitment.format;

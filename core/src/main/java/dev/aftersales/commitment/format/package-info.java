/**
 * A documented text form of a commitment policy ({@link dev.aftersales.commitment.format.PolicyFormat}),
 * round-tripping exactly with the policies the builders and presets produce (rules SL-6 to SL-13), so
 * that a file in the application's repository or an admin screen can hold policies.
 */
package dev.aftersales.commitment.format;

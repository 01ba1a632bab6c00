package dev.aftersales.property;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Command: record how a registered owner now stands with the fees due (缴费情况, rule EU-3).
 *
 * @param ownerId       the owner's id
 * @param paymentStatus the status now
 */
public record ChangePaymentStatus(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String ownerId,
        @NotNull(message = "{aftersales.property.required}")
        PaymentStatus paymentStatus) {
}

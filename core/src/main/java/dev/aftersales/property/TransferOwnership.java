package dev.aftersales.property;

import dev.aftersales.common.validation.InSupportedRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Command: a sold unit was transferred to new owners (rule EU-3). The current ownership ends on the
 * transfer date and a new one begins; a unit already handed over keeps its handover date (WA-1).
 * The date may not be after today.
 *
 * @param unitId        the unit
 * @param newOwners     the new owners, 1 to {@value Ownership#MAX_CO_OWNERS}, each once
 * @param transferredOn the transfer date, in {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 */
public record TransferOwnership(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String unitId,
        @NotNull(message = "{aftersales.property.required}")
        @Size(min = 1, max = Ownership.MAX_CO_OWNERS, message = "{aftersales.property.buyers.size}")
        List<@NotNull(message = "{aftersales.property.required}") @Valid Buyer> newOwners,
        @NotNull(message = "{aftersales.property.required}")
        @InSupportedRange
        LocalDate transferredOn) {

    /**
     * Checks that the new owners give a share each, adding up to one, or none at all (Bean
     * Validation; reported as {@code sharesConsistent}).
     *
     * @return true if the shares are consistent
     */
    @AssertTrue(message = "{aftersales.property.buyers.shares}")
    public boolean isSharesConsistent() {
        return Buyer.sharesConsistent(newOwners);
    }

    /**
     * Checks that no owner is named twice (Bean Validation; reported as {@code ownersDistinct}).
     *
     * @return true if every owner is named once
     */
    @AssertTrue(message = "{aftersales.property.buyers.distinct}")
    public boolean isOwnersDistinct() {
        return Buyer.distinctOwners(newOwners);
    }
}

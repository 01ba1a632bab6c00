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
 * Command: a sales contract for an unsold unit was signed by one or several buyers, who become
 * its owners (rule EU-3, PH-1). The date may not be after today.
 *
 * @param unitId   the unit sold
 * @param buyers   the buyers, 1 to {@value Ownership#MAX_CO_OWNERS}, each once, the main contact first
 * @param signedOn the contract date, in {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 */
public record SignContract(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String unitId,
        @NotNull(message = "{aftersales.property.required}")
        @Size(min = 1, max = Ownership.MAX_CO_OWNERS, message = "{aftersales.property.buyers.size}")
        List<@NotNull(message = "{aftersales.property.required}") @Valid Buyer> buyers,
        @NotNull(message = "{aftersales.property.required}")
        @InSupportedRange
        LocalDate signedOn) {

    /**
     * Checks that the buyers give a share each, adding up to one, or none at all (Bean Validation;
     * reported as {@code sharesConsistent}).
     *
     * @return true if the shares are consistent
     */
    @AssertTrue(message = "{aftersales.property.buyers.shares}")
    public boolean isSharesConsistent() {
        return Buyer.sharesConsistent(buyers);
    }

    /**
     * Checks that no owner is named twice (Bean Validation; reported as {@code ownersDistinct}).
     *
     * @return true if every owner is named once
     */
    @AssertTrue(message = "{aftersales.property.buyers.distinct}")
    public boolean isOwnersDistinct() {
        return Buyer.distinctOwners(buyers);
    }
}

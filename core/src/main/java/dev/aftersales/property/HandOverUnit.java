package dev.aftersales.property;

import dev.aftersales.common.validation.InSupportedRange;
import dev.aftersales.common.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Command: a sold unit was handed over to its owners (交付, rule EU-3); warranty clocks start on
 * that date (WA-1). The date may not be before the contract date nor after today.
 *
 * @param unitId       the unit
 * @param handedOverOn the handover date, in {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 * @param handedOverBy who handed the unit over
 */
public record HandOverUnit(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String unitId,
        @NotNull(message = "{aftersales.property.required}")
        @InSupportedRange
        LocalDate handedOverOn,
        @NotNull(message = "{aftersales.property.required}")
        Actor handedOverBy) {
}

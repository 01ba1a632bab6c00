package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: add a building to a registered plot (rule EU-1).
 *
 * @param plotId     the plot's id
 * @param buildingId the new building's id
 * @param name       the building's name, at most {@value Building#MAX_NAME} characters
 */
public record AddBuilding(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String plotId,
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String buildingId,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = Building.MAX_NAME, message = "{aftersales.property.text.size}")
        String name) {
}

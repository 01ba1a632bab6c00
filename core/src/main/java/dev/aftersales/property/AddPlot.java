package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: add a plot to a registered estate (rule EU-1).
 *
 * @param estateId the estate's id
 * @param plotId   the new plot's id
 * @param name     the plot's name, at most {@value Plot#MAX_NAME} characters
 */
public record AddPlot(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String estateId,
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String plotId,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = Plot.MAX_NAME, message = "{aftersales.property.text.size}")
        String name) {
}

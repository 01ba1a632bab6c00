package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: register an estate (rule EU-1). The id is the developer's own code for the estate.
 *
 * @param estateId the new estate's id
 * @param name     the estate's name, at most {@value Estate#MAX_NAME} characters
 */
public record RegisterEstate(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String estateId,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = Estate.MAX_NAME, message = "{aftersales.property.text.size}")
        String name) {
}

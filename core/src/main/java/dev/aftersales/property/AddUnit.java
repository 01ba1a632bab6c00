package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Command: add a unit to a registered building (rule EU-1).
 *
 * @param buildingId       the building's id
 * @param unitId           the new unit's id
 * @param number           the unit's number as shown to people, at most {@value Unit#MAX_NUMBER} characters
 * @param kind             residence, shop, parking space ...
 * @param areaSquareMetres the floor area in square metres, greater than zero, at most two decimals
 * @param usage            residential, commercial office ...
 * @param condition        whether it is usable (EU-2); {@code null} means {@link UnitCondition#USABLE}
 */
public record AddUnit(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String buildingId,
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String unitId,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = Unit.MAX_NUMBER, message = "{aftersales.property.text.size}")
        String number,
        @NotNull(message = "{aftersales.property.required}")
        UnitKind kind,
        @NotNull(message = "{aftersales.property.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{aftersales.property.area.positive}")
        @DecimalMax(value = "9999999.99", message = "{aftersales.property.area.max}")
        @Digits(integer = 7, fraction = Area.MAX_SCALE, message = "{aftersales.property.area.digits}")
        BigDecimal areaSquareMetres,
        @NotNull(message = "{aftersales.property.required}")
        UnitUsage usage,
        UnitCondition condition) {

    /**
     * Obtains a command for a usable unit.
     *
     * @param buildingId       the building's id
     * @param unitId           the new unit's id
     * @param number           the unit's number
     * @param kind             the kind
     * @param areaSquareMetres the floor area as decimal text, e.g. {@code "89.62"}
     * @param usage            the usage
     * @return the command
     * @throws NumberFormatException if the area is not a decimal number
     */
    public static AddUnit usable(String buildingId, String unitId, String number, UnitKind kind,
                                 String areaSquareMetres, UnitUsage usage) {
        return new AddUnit(buildingId, unitId, number, kind, new BigDecimal(areaSquareMetres), usage,
                UnitCondition.USABLE);
    }
}

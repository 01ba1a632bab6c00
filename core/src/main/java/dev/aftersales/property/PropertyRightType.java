package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * The kind of property right an owner holds (物业产权归属, rule EU-3).
 */
public enum PropertyRightType implements DisplayNamed {
    /** Commodity housing (商品房). */
    COMMODITY_HOUSING,
    /** Welfare housing (福利房). */
    WELFARE,
    /** Fund-raised housing (集资房). */
    FUND_RAISED,
    /** Work-unit housing (单位房). */
    WORK_UNIT,
    /** Foreign-related commodity housing (涉外商品房). */
    FOREIGN_RELATED_COMMODITY
}

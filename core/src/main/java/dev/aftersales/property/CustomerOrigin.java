package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * Where an owner comes from (客户构成, rule EU-3). A statistical category kept on {@link Owner},
 * not personal data in the sense of rule EU-4.
 */
public enum CustomerOrigin implements DisplayNamed {
    /** From this city (本市). */
    LOCAL,
    /** From another province (外省). */
    OTHER_PROVINCE,
    /** A foreign national (外国). */
    FOREIGN,
    /** An overseas Chinese (华侨). */
    OVERSEAS_CHINESE,
    /** From Hong Kong or Macau (港澳). */
    HONG_KONG_MACAU,
    /** From Taiwan (台湾). */
    TAIWAN
}

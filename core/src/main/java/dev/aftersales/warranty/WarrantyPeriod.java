package dev.aftersales.warranty;

import java.util.Objects;

/**
 * The length of a warranty term: months (or years), heating/cooling seasons, the design service
 * life, or "as agreed" (no statutory floor).
 *
 * @param kind   what the period counts
 * @param amount the number of months or seasons; 0 for design service life and agreed
 */
public record WarrantyPeriod(PeriodKind kind, int amount) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if kind is null
     * @throws IllegalArgumentException if a months or seasons amount is not positive, or another kind has an amount
     */
    public WarrantyPeriod {
        Objects.requireNonNull(kind, "kind");
        boolean counted = kind == PeriodKind.MONTHS || kind == PeriodKind.SEASONS;
        if (counted && (amount < 1 || amount > 1200)) {
            throw new IllegalArgumentException("amount: 1 to 1200 " + kind + ", got " + amount);
        }
        if (!counted && amount != 0) {
            throw new IllegalArgumentException("amount: none for " + kind + ", got " + amount);
        }
    }

    /**
     * Creates a period.
     *
     * @param months number of months, 1..1200
     * @return the period
     */
    public static WarrantyPeriod months(int months) {
        return new WarrantyPeriod(PeriodKind.MONTHS, months);
    }

    /**
     * Creates a period.
     *
     * @param years number of years, 1..100
     * @return the period, in months
     */
    public static WarrantyPeriod years(int years) {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("years: 1 to 100, got " + years);
        }
        return months(years * 12);
    }

    /**
     * Creates a period.
     *
     * @param seasons number of whole heating or cooling seasons
     * @return the period
     */
    public static WarrantyPeriod seasons(int seasons) {
        return new WarrantyPeriod(PeriodKind.SEASONS, seasons);
    }

    /**
     * Gets the design-service-life period (years from the estate's design data).
     *
     * @return the design-service-life period (years from the estate's design data)
     */
    public static WarrantyPeriod designServiceLife() {
        return new WarrantyPeriod(PeriodKind.DESIGN_SERVICE_LIFE, 0);
    }

    /**
     * Gets the "as agreed" period, which has no statutory floor.
     *
     * @return the "as agreed" period, which has no statutory floor
     */
    public static WarrantyPeriod agreed() {
        return new WarrantyPeriod(PeriodKind.AGREED, 0);
    }

    /**
     * Parses the catalogue notation: {@code 3y}, {@code 6m}, {@code 1season}, {@code 2seasons},
     * {@code design-life}, {@code agreed}.
     *
     * @param text the notation
     * @return the period
     * @throws IllegalArgumentException if the text is not one of these forms
     */
    public static WarrantyPeriod parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        if (t.equals("design-life")) {
            return designServiceLife();
        }
        if (t.equals("agreed")) {
            return agreed();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,4})(y|m|seasons?)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("period: <n>y, <n>m, <n>season(s), design-life or agreed, got '" + t + "'");
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "y" -> years(n);
            case "m" -> months(n);
            default -> seasons(n);
        };
    }

    /**
     * Tells whether this period, granted by a developer, is at least a statutory floor (rule WA-5).
     * Months compare with months and seasons with seasons; a design-life floor is met only by a
     * design-life grant; any grant meets an agreed floor.
     *
     * @param floor the statutory floor
     * @return true if this period is not shorter than the floor
     */
    public boolean isAtLeast(WarrantyPeriod floor) {
        return switch (floor.kind) {
            case AGREED -> kind != PeriodKind.AGREED;
            case DESIGN_SERVICE_LIFE -> kind == PeriodKind.DESIGN_SERVICE_LIFE;
            default -> kind == floor.kind && amount >= floor.amount;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONTHS -> amount % 12 == 0 ? amount / 12 + "y" : amount + "m";
            case SEASONS -> amount + (amount == 1 ? "season" : "seasons");
            case DESIGN_SERVICE_LIFE -> "design-life";
            case AGREED -> "agreed";
        };
    }
}

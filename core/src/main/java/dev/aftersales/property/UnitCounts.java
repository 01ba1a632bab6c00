package dev.aftersales.property;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many units of each kind a plot has, their floor area per kind, and how many parking spaces
 * are usable (rule EU-2). Storage adapters compute it with
 * {@link dev.aftersales.spi.UnitRepository#countByPlot}; {@link #tally} is the reference
 * definition their results must equal.
 *
 * @param units               the number of units per kind; every kind present, zero if none
 * @param areas               the total floor area per kind in square metres; every kind present,
 *                            zero if none; canonical (no trailing zeros)
 * @param usableParkingSpaces the number of {@linkplain Unit#isUsableParkingSpace() usable parking spaces}
 */
public record UnitCounts(Map<UnitKind, Long> units, Map<UnitKind, BigDecimal> areas, long usableParkingSpaces) {

    /**
     * Creates the counts, filling in zero for every kind missing from the maps.
     *
     * @throws NullPointerException     if a map, key or value is null
     * @throws IllegalArgumentException if a count or area is negative, or more parking spaces are
     *                                  usable than there are
     */
    public UnitCounts {
        units = complete(units, 0L);
        areas = complete(areas, BigDecimal.ZERO);
        EnumMap<UnitKind, BigDecimal> canonical = new EnumMap<>(UnitKind.class);
        areas.forEach((k, v) -> canonical.put(k, Area.canonical(v)));
        areas = Collections.unmodifiableMap(canonical);
        for (UnitKind kind : UnitKind.values()) {
            if (units.get(kind) < 0 || areas.get(kind).signum() < 0) {
                throw new IllegalArgumentException("counts and areas must be >= 0, " + kind + " is not");
            }
        }
        if (usableParkingSpaces < 0 || usableParkingSpaces > units.get(UnitKind.PARKING_SPACE)) {
            throw new IllegalArgumentException("usable parking spaces must be 0.." + units.get(UnitKind.PARKING_SPACE)
                    + ", got " + usableParkingSpaces);
        }
    }

    private static <V> Map<UnitKind, V> complete(Map<UnitKind, V> given, V zero) {
        Objects.requireNonNull(given, "map");
        EnumMap<UnitKind, V> out = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            out.put(kind, zero);
        }
        given.forEach((k, v) -> out.put(Objects.requireNonNull(k, "kind"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Obtains the counts of no unit at all.
     *
     * @return zero everywhere
     */
    public static UnitCounts none() {
        return new UnitCounts(Map.of(), Map.of(), 0);
    }

    /**
     * Counts units: the reference definition of rule EU-2's unit counts.
     *
     * @param units the units, e.g. all units of one plot
     * @return their counts and areas per kind and the number of usable parking spaces
     * @throws NullPointerException if the iterable or a unit is null
     */
    public static UnitCounts tally(Iterable<Unit> units) {
        EnumMap<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        EnumMap<UnitKind, BigDecimal> areas = new EnumMap<>(UnitKind.class);
        long usable = 0;
        for (Unit unit : units) {
            counts.merge(unit.kind(), 1L, Long::sum);
            areas.merge(unit.kind(), unit.area().squareMetres(), BigDecimal::add);
            if (unit.isUsableParkingSpace()) {
                usable++;
            }
        }
        return new UnitCounts(counts, areas, usable);
    }

    /**
     * Returns the number of units of a kind.
     *
     * @param kind the kind
     * @return the count, zero or more
     */
    public long count(UnitKind kind) {
        return units.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the total floor area of the units of a kind.
     *
     * @param kind the kind
     * @return the area in square metres, zero or more
     */
    public BigDecimal area(UnitKind kind) {
        return areas.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Returns the number of units of every kind.
     *
     * @return the total count
     */
    public long total() {
        return units.values().stream().mapToLong(Long::longValue).sum();
    }
}

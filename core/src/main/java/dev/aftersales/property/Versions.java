package dev.aftersales.property;

/** Checks of the optimistic-concurrency versions of stored property records. */
final class Versions {

    private Versions() {
    }

    static void requireValid(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version);
        }
    }
}

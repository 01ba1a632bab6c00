package dev.aftersales.common;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes new identifiers for aggregates the library creates (tickets, timeline entries, events).
 * The default makes random UUIDs; tests inject {@link #sequential(String)} for readable,
 * repeatable identifiers.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * Returns a new identifier text, unique for this generator, valid for {@link Identifiers}.
     *
     * @param kind a short prefix naming the kind of object, e.g. {@code "T"} for tickets
     * @return a new identifier
     */
    String next(String kind);

    /**
     * Obtains a generator of random UUID-based identifiers, e.g. {@code T-3f2a...}.
     *
     * @return the default generator
     */
    static IdGenerator randomUuids() {
        return kind -> kind + "-" + UUID.randomUUID();
    }

    /**
     * Obtains a generator of sequential identifiers, {@code prefix-kind-1}, {@code prefix-kind-2} ...,
     * one counter shared by all kinds. Thread-safe.
     *
     * @param prefix a prefix for every identifier, may be empty
     * @return a new sequential generator
     */
    static IdGenerator sequential(String prefix) {
        AtomicLong counter = new AtomicLong();
        String p = prefix.isEmpty() ? "" : prefix + "-";
        return kind -> p + kind + "-" + counter.incrementAndGet();
    }
}

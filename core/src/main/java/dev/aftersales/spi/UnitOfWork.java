package dev.aftersales.spi;

import java.util.function.Supplier;

/**
 * The transaction boundary of one command. Every repository call made by {@code work} on the
 * calling thread joins the unit of work; when {@code work} returns, its writes become visible
 * together (adapters that can do so make them atomic: the in-memory and JDBC adapters do); when it
 * throws, none of them is kept and the exception propagates unchanged.
 *
 * <p>Nested calls join the outer unit of work. A nested call that throws dooms the outer unit of
 * work: even if the caller catches the exception, the outer unit of work keeps nothing and its
 * end throws. Repository calls made outside any unit of work are each their own unit of work.
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} as one unit of work and returns its result.
     *
     * @param work the work
     * @param <T>  the result type
     * @return what {@code work} returned
     * @throws StaleWriteException if a save inside conflicts with a concurrent write; nothing of
     *                             the unit of work is kept
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} as one unit of work.
     *
     * @param work the work
     * @throws StaleWriteException if a save inside conflicts with a concurrent write
     */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

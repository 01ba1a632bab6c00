package dev.aftersales.spi;

/**
 * Makes the default store when an application configures none. Found with
 * {@link java.util.ServiceLoader}: {@code aftersales-storage-memory} registers one in
 * {@code META-INF/services/dev.aftersales.spi.StoreProvider}, so that putting it on the class path
 * is all the configuration an embedded, in-memory set-up needs.
 */
public interface StoreProvider {

    /**
     * Returns the name of the store this provider makes, for the start-up log line.
     *
     * @return a short name, e.g. {@code "memory"}
     */
    String name();

    /**
     * Creates a new, empty store.
     *
     * @return the store
     */
    AfterSalesStore create();
}

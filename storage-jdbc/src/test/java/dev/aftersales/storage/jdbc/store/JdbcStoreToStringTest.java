package dev.aftersales.storage.jdbc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.storage.jdbc.DatabaseProduct;
import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.ServerVersion;
import java.lang.reflect.Proxy;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a store says of itself in logs: dialect and table prefix, never the data source's URL or credentials. */
class JdbcStoreToStringTest {

    private static final String POOL_DESCRIPTION = "pool[url=jdbc:postgresql://db.internal:5432/desk?user=desk_user"
            + "&password=s3cret-Pa55]";

    /** A data source that describes itself with its URL and credentials, as some pools do, and must not be used. */
    private static DataSource revealingDataSource() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return POOL_DESCRIPTION;
                    }
                    throw new AssertionError("describing the store must not use the data source: " + method.getName());
                });
    }

    @Test
    @DisplayName("before the first connection: no dialect yet, the prefix, the outbox; nothing of the data source")
    void beforeDetection() {
        DataSource ds = revealingDataSource();
        JdbcStore store = JdbcStore.create(ds).tablePrefix("cs_").outbox(Clock.systemUTC()).build();
        String text = store.toString();
        assertEquals("JdbcStore[dialect not detected yet, table prefix \"cs_\", outbox on]", text);
        assertTrue(ds.toString().contains("s3cret"), "the data source would have revealed its credentials");
        for (String secret : new String[] {"jdbc:", "desk_user", "s3cret", "db.internal"}) {
            assertFalse(text.contains(secret), text);
        }
    }

    @Test
    @DisplayName("with a configured dialect: the product, its version and how it claims rows")
    void withConfiguredDialect() {
        Dialect pg = Dialect.of(DatabaseProduct.POSTGRESQL, ServerVersion.of(15, 4, 0));
        JdbcStore store = JdbcStore.create(revealingDataSource()).dialect(pg).build();
        assertEquals("JdbcStore[" + pg + ", table prefix \"aftersales_\", outbox off]", store.toString());
        assertTrue(store.toString().startsWith("JdbcStore[POSTGRESQL 15.4"), store.toString());
    }
}

package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.storage.jdbc.DatabaseProduct;
import dev.aftersales.storage.jdbc.JdbcRunner;

import java.util.function.Supplier;

/**
 * Runs the measurement statements with PostgreSQL's just-in-time compilation off, and puts the
 * setting back afterwards. The statements are aggregates over a period's rows that run in a
 * fraction of a second; PostgreSQL compiles any statement whose estimated cost passes
 * {@code jit_above_cost}, and on the 1,000,000-ticket benchmark that compilation alone took 100 to
 * 150 ms of a statement that ran for 160 ms. The setting is changed with
 * {@code set_config(..., true)}, local to the transaction, and restored to its former value when the
 * work ends, so a caller's transaction that the work joined keeps its own setting for its later
 * statements. If the work fails, the transaction is rolled back, which undoes the setting too (a
 * failed PostgreSQL transaction accepts no further statement). Other databases, and servers
 * without the setting, run the work unchanged.
 */
final class WithoutJit {

    private WithoutJit() {
    }

    /**
     * Runs the work in the runner's transaction with JIT off on PostgreSQL.
     *
     * @param jdbc the runner, whose transaction the work joins
     * @param work the statements
     * @param <T>  the result type
     * @return the work's result
     */
    static <T> T run(JdbcRunner jdbc, Supplier<T> work) {
        return jdbc.transactions().inTransaction(() -> {
            if (jdbc.dialect().product() != DatabaseProduct.POSTGRESQL) {
                return work.get();
            }
            String was = jdbc.queryOne("SELECT current_setting('jit', true) AS v", p -> { }, r -> r.text("v"));
            if (was == null || "off".equals(was)) {
                return work.get();
            }
            set(jdbc, "off");
            T result = work.get();
            set(jdbc, was);
            return result;
        });
    }

    private static void set(JdbcRunner jdbc, String value) {
        jdbc.queryOne("SELECT set_config('jit', ?, true) AS v", p -> p.text(value), r -> r.text("v"));
    }
}

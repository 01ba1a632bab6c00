package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.storage.jdbc.DatabaseProduct;
import dev.aftersales.storage.jdbc.JdbcRunner;

import java.util.function.Supplier;

/**
 * Runs the measurement statements with PostgreSQL's just-in-time compilation off, and puts the
 * setting back afterwards. The statements are aggregates over a period's rows; PostgreSQL compiles
 * any statement whose estimated cost passes {@code jit_above_cost}, and on the 1,000,000-ticket
 * benchmark the compilation took 138 ms of the response statement ({@code EXPLAIN ANALYZE}), and
 * made the confirmed-closure and satisfaction statements, 72 and 140 ms without it, about 56 ms
 * slower each (medians of five runs). The setting
 * is changed with {@code set_config(..., true)}, local to the transaction, and put back to its
 * former value when the work ends, so a caller's transaction that the work joined keeps its own
 * setting for its later statements. When the work fails, the setting is put back before the
 * failure propagates; if a statement failed, PostgreSQL accepts no further statement in that
 * transaction, so putting it back fails too (that failure is added to the first as suppressed) and
 * the transaction's rollback undoes the setting. Other databases, and servers without the setting,
 * run the work unchanged.
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
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failure) {
                try {
                    set(jdbc, was);
                } catch (RuntimeException restore) {
                    failure.addSuppressed(restore);
                }
                throw failure;
            }
            set(jdbc, was);
            return result;
        });
    }

    private static void set(JdbcRunner jdbc, String value) {
        jdbc.queryOne("SELECT set_config('jit', ?, true) AS v", p -> p.text(value), r -> r.text("v"));
    }
}

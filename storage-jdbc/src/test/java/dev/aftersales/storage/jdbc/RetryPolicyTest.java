package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy}: what may be retried, and how long a retry waits. */
class RetryPolicyTest {

    static JdbcStorageException failure(SqlFailure kind) {
        return new JdbcStorageException("test", kind, new SQLException("x", "00000"));
    }

    @Test
    @DisplayName("only transient failures are retried, and only while attempts are left")
    void retriesTransientFailuresOnly() {
        RetryPolicy p = RetryPolicy.standard();
        for (SqlFailure kind : SqlFailure.values()) {
            boolean expected = kind == SqlFailure.SERIALIZATION_FAILURE || kind == SqlFailure.LOCK_TIMEOUT
                    || kind == SqlFailure.CONNECTION_LOST;
            assertEquals(expected, p.allowsRetry(failure(kind), 1), kind.toString());
        }
        assertFalse(p.allowsRetry(failure(SqlFailure.SERIALIZATION_FAILURE), RetryPolicy.DEFAULT_MAX_ATTEMPTS));
        assertFalse(RetryPolicy.none().allowsRetry(failure(SqlFailure.SERIALIZATION_FAILURE), 1));
    }

    @Test
    @DisplayName("a commit whose outcome is unknown, a unique violation and an unexpected row count are never retried")
    void neverRetried() {
        RetryPolicy p = RetryPolicy.of(100, Duration.ZERO, Duration.ZERO);
        assertFalse(p.allowsRetry(failure(SqlFailure.COMMIT_OUTCOME_UNKNOWN), 1));
        assertFalse(p.allowsRetry(failure(SqlFailure.UNIQUE_VIOLATION), 1));
        assertFalse(p.allowsRetry(new UnexpectedRowCountException("UPDATE t", 1, 2), 1));
    }

    @Test
    @DisplayName("settings are checked as they are made")
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.of(3, Duration.ofMillis(-1), Duration.ofSeconds(1)));
    }

    @Property
    @Label("the wait after n attempts lies in the upper half of min(max, initial * 2^(n-1))")
    void backoffBounds(@ForAll @IntRange(min = 1, max = 40) int attempts, @ForAll @IntRange(max = 5_000) int initialMillis,
                       @ForAll @IntRange(max = 60_000) int extraMillis) {
        Duration initial = Duration.ofMillis(initialMillis);
        Duration max = initial.plusMillis(extraMillis);
        RetryPolicy p = RetryPolicy.of(50, initial, max);
        long cap = initial.toNanos();
        for (int i = 1; i < attempts; i++) {
            cap = Math.min(max.toNanos(), cap * 2);
        }
        cap = Math.min(cap, max.toNanos());
        long wait = p.backoff(attempts).toNanos();
        assertTrue(wait >= cap / 2 && wait <= cap, wait + " not in [" + cap / 2 + ", " + cap + "]");
    }
}

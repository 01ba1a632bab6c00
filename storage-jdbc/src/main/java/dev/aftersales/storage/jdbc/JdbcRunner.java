package dev.aftersales.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny JDBC runner: prepared statements with ordered parameters, rows mapped to values, row
 * counts checked. It knows no domain type; repositories are written on it.
 *
 * <p>Every call joins the unit of work open on the calling thread, or is its own unit of work if
 * none is. A row count other than the expected one is a bug and throws
 * {@link UnexpectedRowCountException}; any database failure throws a {@link JdbcStorageException}
 * and marks the unit of work rollback-only.
 *
 * <p>Logging (rule EU-4): statements are logged at DEBUG as SQL text with {@code ?} placeholders;
 * bound values are never logged. Thread-safe.
 */
public final class JdbcRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRunner.class);

    private final JdbcTransactions transactions;

    /**
     * Creates a runner whose statements join the given unit of work.
     *
     * @param transactions the unit of work
     */
    public JdbcRunner(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Returns the unit of work the runner's statements join.
     *
     * @return the transactions
     */
    public JdbcTransactions transactions() {
        return transactions;
    }

    /**
     * Returns the dialect of the database.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return transactions.dialect();
    }

    /**
     * Runs a query and maps every row.
     *
     * @param sql    the SQL text
     * @param binder binds the parameters
     * @param mapper maps one row
     * @param <T>    the value type
     * @return the values, in the order of the rows
     * @throws JdbcStorageException if the database fails
     */
    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        Dialect d = dialect();
        return run(sql, ps -> {
            binder.bind(new Params(ps, d));
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                Row row = new Row(rs, d);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
            }
            return out;
        });
    }

    /**
     * Runs a query that finds at most one row, e.g. by primary key.
     *
     * @param sql    the SQL text
     * @param binder binds the parameters
     * @param mapper maps the row
     * @param <T>    the value type
     * @return the value, or empty if no row matched
     * @throws UnexpectedRowCountException if more than one row matched
     * @throws JdbcStorageException        if the database fails
     */
    public <T> Optional<T> queryOptional(String sql, Binder binder, RowMapper<T> mapper) {
        return transactions.inTransaction(() -> {
            List<T> rows = query(sql, binder, mapper);
            if (rows.size() > 1) {
                throw new UnexpectedRowCountException(sql, 1, rows.size());
            }
            return rows.isEmpty() ? Optional.<T>empty() : Optional.of(rows.get(0));
        });
    }

    /**
     * Runs a query that finds exactly one row, e.g. a count.
     *
     * @param sql    the SQL text
     * @param binder binds the parameters
     * @param mapper maps the row
     * @param <T>    the value type
     * @return the value
     * @throws UnexpectedRowCountException if no row or more than one matched
     * @throws JdbcStorageException        if the database fails
     */
    public <T> T queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return transactions.inTransaction(() -> {
            List<T> rows = query(sql, binder, mapper);
            if (rows.size() != 1) {
                throw new UnexpectedRowCountException(sql, 1, rows.size());
            }
            return rows.get(0);
        });
    }

    /**
     * Runs an insert, update or delete.
     *
     * @param sql    the SQL text
     * @param binder binds the parameters
     * @return the number of rows the statement changed
     * @throws JdbcStorageException if the database fails
     */
    public int update(String sql, Binder binder) {
        Dialect d = dialect();
        return run(sql, ps -> {
            binder.bind(new Params(ps, d));
            return ps.executeUpdate();
        });
    }

    /**
     * Runs an insert, update or delete that must change exactly {@code expected} rows.
     *
     * @param expected the row count the statement must report
     * @param sql      the SQL text
     * @param binder   binds the parameters
     * @throws UnexpectedRowCountException if it changed another number of rows
     * @throws JdbcStorageException        if the database fails
     */
    public void updateExactly(int expected, String sql, Binder binder) {
        transactions.run(() -> {
            int actual = update(sql, binder);
            if (actual != expected) {
                throw new UnexpectedRowCountException(sql, expected, actual);
            }
        });
    }

    /**
     * Inserts one row unless a row with the same key exists, using
     * {@link Dialect#insertIfAbsent}. On databases where it is a plain insert, the duplicate key
     * failure is caught here; there the table's only unique keys must be {@code keyColumns}, since
     * a conflict on another unique key would also read as "present".
     *
     * @param table      the table name
     * @param columns    the columns, bound in this order
     * @param keyColumns the columns of the unique key
     * @param binder     binds one value per column
     * @return true if the row was inserted, false if the key was taken
     * @throws UnexpectedRowCountException if the insert reported more than one row
     * @throws JdbcStorageException        if the database fails for another reason
     */
    public boolean insertIfAbsent(String table, List<String> columns, List<String> keyColumns, Binder binder) {
        Dialect d = dialect();
        String sql = d.insertIfAbsent(table, columns, keyColumns);
        return transactions.inTransaction(() -> {
            int count = run(sql, ps -> {
                binder.bind(new Params(ps, d));
                try {
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    if (!d.failedStatementAbortsTransaction() && d.isUniqueViolation(e)) {
                        return 0;
                    }
                    throw e;
                }
            });
            if (count > 1) {
                throw new UnexpectedRowCountException(sql, 1, count);
            }
            return count == 1;
        });
    }

    /**
     * The most rows {@link #insertAllIfAbsent} puts into one statement (a commitment row binds about
     * 30 parameters; PostgreSQL accepts at most 65,535 per statement).
     */
    public static final int ROWS_PER_INSERT = 500;

    /**
     * Inserts several rows, each only if its key is free, with one multi-row statement per
     * {@value #ROWS_PER_INSERT} rows: one round trip where one insert per row took one each, and
     * unlike a JDBC batch the outcome is exact with every driver setting. All or none: when a key is
     * taken the unit of work is marked rollback-only (on PostgreSQL the statement inserted the
     * other rows) and the first item whose key was taken is returned.
     *
     * @param table     the table name
     * @param columns   the columns, bound in this order for each item
     * @param keyColumn the one column of the unique key, among {@code columns}
     * @param items     the rows to insert
     * @param key       the key value of an item
     * @param binder    binds one value per column of one item
     * @param <T>       the item type
     * @return empty if every row was inserted, else the first item whose key was taken
     * @throws JdbcStorageException if the database fails for another reason
     */
    public <T> Optional<T> insertAllIfAbsent(String table, List<String> columns, String keyColumn,
                                             List<? extends T> items, Function<? super T, String> key,
                                             BatchBinder<T> binder) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(binder, "binder");
        Dialect d = dialect();
        String single = d.insertIfAbsent(table, columns, List.of(keyColumn));
        // PostgreSQL skips taken keys (ON CONFLICT DO NOTHING) and names the inserted ones; elsewhere
        // the plain insert fails as a whole on a taken key and leaves the transaction usable
        boolean returning = single.contains(" ON CONFLICT ");
        return transactions.inTransaction(() -> {
            for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
                List<? extends T> chunk = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
                String sql = manyRows(single, columns.size(), chunk.size()) + (returning ? " RETURNING " + keyColumn : "");
                Set<String> inserted = run(sql, ps -> {
                    Params params = new Params(ps, d);
                    for (T item : chunk) {
                        binder.bind(params, item);
                    }
                    Set<String> keys = new HashSet<>();
                    if (returning) {
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                keys.add(rs.getString(1));
                            }
                        }
                        return keys;
                    }
                    try {
                        ps.executeUpdate();
                        chunk.forEach(item -> keys.add(key.apply(item)));
                    } catch (SQLException e) {
                        if (d.failedStatementAbortsTransaction() || !d.isUniqueViolation(e)) {
                            throw e;
                        }
                    }
                    return keys;
                });
                if (inserted.size() < chunk.size()) {
                    transactions.current().markRollbackOnly();
                    String exists = "SELECT 1 FROM " + table + " WHERE " + keyColumn + " = ?";
                    for (T item : chunk) {
                        String k = key.apply(item);
                        if (returning ? !inserted.contains(k)
                                : queryOptional(exists, p -> p.text(k), r -> Boolean.TRUE).isPresent()) {
                            return Optional.<T>of(item);
                        }
                    }
                    return Optional.<T>of(chunk.get(0)); // the same key twice in the items
                }
            }
            return Optional.<T>empty();
        });
    }

    /** Repeats the one group of placeholders of a single-row insert for {@code rows} rows. */
    private static String manyRows(String singleRow, int columns, int rows) {
        String group = "(" + AbstractDialect.placeholders(columns) + ")";
        int at = singleRow.indexOf("VALUES " + group);
        if (at < 0) {
            throw new IllegalStateException("not a single-row insert: " + singleRow);
        }
        int end = at + "VALUES ".length() + group.length();
        StringBuilder sql = new StringBuilder(singleRow.length() + rows * (group.length() + 2))
                .append(singleRow, 0, end);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(group);
        }
        return sql.append(singleRow, end, singleRow.length()).toString();
    }

    /**
     * Inserts one row, or replaces its non-key columns if a row with the same key exists, using
     * {@link Dialect#upsert}.
     *
     * @param table      the table name
     * @param columns    the columns, bound in this order
     * @param keyColumns the key columns
     * @param binder     binds one value per column
     * @throws JdbcStorageException if the database fails
     */
    public void upsert(String table, List<String> columns, List<String> keyColumns, Binder binder) {
        update(dialect().upsert(table, columns, keyColumns), binder);
    }

    /**
     * Runs one statement for each item as a JDBC batch.
     *
     * @param sql    the SQL text
     * @param items  the items, one statement each
     * @param binder binds the parameters of one item
     * @param <T>    the item type
     * @return the row count of each statement, as the driver reports it; a driver may report
     *         {@link Statement#SUCCESS_NO_INFO} instead of a count
     * @throws JdbcStorageException if the database fails
     */
    public <T> int[] batch(String sql, Collection<? extends T> items, BatchBinder<T> binder) {
        if (items.isEmpty()) {
            return new int[0];
        }
        Dialect d = dialect();
        return run(sql, ps -> {
            for (T item : items) {
                binder.bind(new Params(ps, d), item);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /**
     * Runs one statement for each item as a JDBC batch; each must change exactly one row. A count
     * the driver reports as {@link Statement#SUCCESS_NO_INFO} is accepted (a failed row would have
     * thrown), so use this for inserts; check updates whose row count matters one by one.
     *
     * @param sql    the SQL text
     * @param items  the items, one statement each
     * @param binder binds the parameters of one item
     * @param <T>    the item type
     * @throws UnexpectedRowCountException if a statement changed no row or several
     * @throws JdbcStorageException        if the database fails
     */
    public <T> void batchExactlyOneEach(String sql, Collection<? extends T> items, BatchBinder<T> binder) {
        transactions.run(() -> {
            int[] counts = batch(sql, items, binder);
            if (counts.length != items.size()) {
                throw new UnexpectedRowCountException(sql, items.size(), counts.length);
            }
            for (int c : counts) {
                if (c != 1 && c != Statement.SUCCESS_NO_INFO) {
                    throw new UnexpectedRowCountException(sql, 1, c);
                }
            }
        });
    }

    private <T> T run(String sql, SqlFunction<PreparedStatement, T> action) {
        return transactions.inTransaction(() -> {
            JdbcTransactions.Transaction tx = transactions.current();
            if (LOG.isDebugEnabled()) {
                LOG.debug("SQL: {}", sql);
            }
            try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
                return action.apply(ps);
            } catch (SQLException e) {
                tx.markRollbackOnly();
                throw transactions.failure(sql, e);
            }
        });
    }
}

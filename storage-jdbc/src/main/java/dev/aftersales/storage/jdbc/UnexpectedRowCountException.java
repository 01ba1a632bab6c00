package dev.aftersales.storage.jdbc;

/**
 * A statement changed a number of rows the library did not expect, e.g. an update by primary key
 * that changed two rows. This is a bug (in the library or in a hand-changed schema), never a
 * condition to retry; the unit of work is rolled back.
 */
public class UnexpectedRowCountException extends JdbcStorageException {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param sql      the statement, SQL text with placeholders only
     * @param expected the row count the library expected
     * @param actual   the row count the driver reported
     */
    public UnexpectedRowCountException(String sql, long expected, long actual) {
        super("expected " + expected + " row(s) but got " + actual + " in: " + sql, SqlFailure.UNEXPECTED_ROW_COUNT);
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the row count the library expected.
     *
     * @return the expected count
     */
    public long expected() {
        return expected;
    }

    /**
     * Returns the row count the driver reported.
     *
     * @return the actual count
     */
    public long actual() {
        return actual;
    }
}

package dev.aftersales.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that logs every prepared statement executed through it: its SQL text, whether it
 * ran as a JDBC batch, and how many rows the batch carried. Test code only: dynamic proxies wrap
 * the connections and prepared statements of the data source it is given.
 */
public final class StatementLog implements DataSource {

    /**
     * One execution of a prepared statement.
     *
     * @param sql     the SQL text
     * @param batched whether it ran through {@code executeBatch}
     * @param rows    the rows of the batch ({@code addBatch} calls), 1 for a single execution
     */
    public record Execution(String sql, boolean batched, int rows) {
    }

    private final DataSource target;
    private final List<Execution> executions = new ArrayList<>();

    /**
     * Logs the statements prepared through a data source.
     *
     * @param target the data source whose connections are used
     */
    public StatementLog(DataSource target) {
        this.target = target;
    }

    /** Returns the executions logged since the last {@link #clear()}, oldest first. */
    public synchronized List<Execution> executions() {
        return List.copyOf(executions);
    }

    /** Forgets the executions logged so far. */
    public synchronized void clear() {
        executions.clear();
    }

    private synchronized void log(Execution execution) {
        executions.add(execution);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = target.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = call(connection, method, args);
                    if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                                new StatementHandler((String) args[0], ps));
                    }
                    return result;
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the statement log has fixed credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }

    private final class StatementHandler implements InvocationHandler {
        private final String sql;
        private final PreparedStatement statement;
        private int pending;

        StatementHandler(String sql, PreparedStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "addBatch" -> pending++;
                case "clearBatch" -> pending = 0;
                case "executeBatch", "executeLargeBatch" -> {
                    log(new Execution(sql, true, pending));
                    pending = 0;
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> log(new Execution(sql, false, 1));
                default -> {
                    // not an execution
                }
            }
            return call(statement, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

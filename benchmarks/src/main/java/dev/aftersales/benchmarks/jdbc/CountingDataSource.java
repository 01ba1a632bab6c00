package dev.aftersales.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts the transactions its clients commit, as the client sees them: each
 * {@link Connection#commit()} is one, and each statement run while auto-commit is on is one (a
 * batch counts once). The same count for every system under test, on every database; on
 * PostgreSQL the benchmark checks it against {@code pg_stat_database.xact_commit}.
 */
final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final AtomicLong transactions = new AtomicLong();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    long transactions() {
        return transactions.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(c));
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection c;

        ConnectionHandler(Connection c) {
            this.c = c;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            Object result = call(c, m, args);
            if (m.getName().equals("commit")) {
                transactions.incrementAndGet();
            }
            if (result instanceof Statement st) {
                Class<?> type = m.getName().equals("prepareCall") ? java.sql.CallableStatement.class
                        : m.getName().equals("prepareStatement") ? java.sql.PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                        (p, sm, sargs) -> {
                            Object r = call(st, sm, sargs);
                            if (sm.getName().startsWith("execute") && c.getAutoCommit()) {
                                transactions.incrementAndGet();
                            }
                            return r;
                        });
            }
            return result;
        }
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}

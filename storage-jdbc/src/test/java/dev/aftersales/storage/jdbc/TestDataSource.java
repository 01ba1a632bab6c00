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
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The tests' data source: a driver's (non-pooling) data source whose every new connection gets
 * the session settings of the test database (a non-UTC session time zone), counted while open, and
 * which can break a connection on purpose: on the N-th statement executed, or on commit, the
 * physical connection is closed and the call fails as a lost connection ({@code 08006}), the way a
 * network failure or a server restart shows up. Test code only: dynamic proxies wrap the driver's
 * objects.
 */
public final class TestDataSource implements DataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DataSource driver;
    private final List<String> sessionSetup;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger executed = new AtomicInteger();
    private final Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile int failOnStatement = -1;
    private volatile boolean failOnCommit;

    TestDataSource(DataSource driver, List<String> sessionSetup) {
        this.driver = driver;
        this.sessionSetup = List.copyOf(sessionSetup);
    }

    /** Breaks the connection on the {@code n}-th statement executed from now on (1 = the next). */
    void breakOnStatement(int n) {
        executed.set(0);
        failOnStatement = n;
    }

    /** Breaks the connection on the next commit. */
    void breakOnCommit() {
        failOnCommit = true;
    }

    /** Stops breaking connections. */
    void heal() {
        failOnStatement = -1;
        failOnCommit = false;
    }

    /** Returns the SQL text of every statement prepared through this data source so far. */
    public Set<String> preparedStatements() {
        return Set.copyOf(prepared);
    }

    /** Returns how many connections are open now. */
    public int openConnections() {
        return open.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = driver.getConnection();
        try (Statement st = c.createStatement()) {
            for (String sql : sessionSetup) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        open.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(c));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the test data source has fixed credentials");
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

    private SQLException breakConnection(Connection physical, String when) {
        try {
            physical.close();
        } catch (SQLException ignored) {
            // already broken
        }
        return new SQLNonTransientConnectionException("test: connection broken " + when, "08006");
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection physical;
        private boolean closed;

        ConnectionHandler(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close")) {
                if (!closed) {
                    closed = true;
                    open.decrementAndGet();
                }
                physical.close();
                return null;
            }
            if (name.equals("commit") && failOnCommit) {
                failOnCommit = false;
                throw breakConnection(physical, "on commit");
            }
            if (name.equals("prepareStatement") && args != null && args.length > 0 && args[0] instanceof String sql) {
                prepared.add(sql);
            }
            Object result = call(physical, method, args);
            if (result instanceof PreparedStatement ps) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        new StatementHandler(physical, ps));
            }
            if (result instanceof Statement st) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                        new StatementHandler(physical, st));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Connection physical;
        private final Statement statement;

        StatementHandler(Connection physical, Statement statement) {
            this.physical = physical;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                int n = executed.incrementAndGet();
                if (n == failOnStatement) {
                    failOnStatement = -1;
                    throw breakConnection(physical, "on statement " + n);
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

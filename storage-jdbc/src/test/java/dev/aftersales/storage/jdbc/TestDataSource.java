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
 * The tests' data source: a driver's (non-pooling) data source under a trivial pool. Every new
 * physical connection gets the session settings of the test database (a non-UTC session time
 * zone); connections are counted while handed out; a connection goes back to the pool only if no
 * exception and no session {@code SET} went through it, and with auto-commit on and its first
 * isolation level. It can break a connection on purpose: on the N-th statement executed, or on
 * commit, the physical connection is closed and the call fails as a lost connection
 * ({@code 08006}), the way a network failure or a server restart shows up. Test code only: dynamic
 * proxies wrap the driver's objects.
 */
public final class TestDataSource implements DataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DataSource driver;
    private final List<String> sessionSetup;
    private final AtomicInteger open = new AtomicInteger();
    private final java.util.Deque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final AtomicInteger executed = new AtomicInteger();
    private final Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile int failOnStatement = -1;
    private volatile boolean failOnCommit;

    /**
     * Creates a pool over a driver's data source.
     *
     * @param driver       the driver's data source
     * @param sessionSetup statements run on every new physical connection
     */
    public TestDataSource(DataSource driver, List<String> sessionSetup) {
        this.driver = driver;
        this.sessionSetup = List.copyOf(sessionSetup);
    }

    /**
     * Returns another pool over the same database and session settings, as a second node would have.
     *
     * @param extraSetup statements run on every new physical connection after the usual ones
     * @return the pool
     */
    public TestDataSource anotherPool(String... extraSetup) {
        List<String> setup = new java.util.ArrayList<>(sessionSetup);
        setup.addAll(List.of(extraSetup));
        return new TestDataSource(driver, setup);
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
        Connection c = idle.pollFirst();
        if (c == null) {
            c = driver.getConnection();
            try (Statement st = c.createStatement()) {
                for (String sql : sessionSetup) {
                    st.execute(sql);
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        open.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(c, c.getTransactionIsolation()));
    }

    /** Closes the pooled connections. */
    void closeIdle() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private void giveBack(Connection physical, int isolation, boolean dirty, boolean isolationSet) {
        try {
            if (!dirty && !physical.isClosed()) {
                if (!physical.getAutoCommit()) {
                    physical.rollback();
                    physical.setAutoCommit(true);
                }
                if (isolationSet && physical.getTransactionIsolation() != isolation) {
                    physical.setTransactionIsolation(isolation);
                }
                idle.addFirst(physical);
                return;
            }
        } catch (SQLException e) {
            // not reusable
        }
        try {
            physical.close();
        } catch (SQLException ignored) {
            // broken already
        }
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
        private final int isolation;
        private boolean closed;
        private volatile boolean dirty;
        private boolean isolationSet;

        ConnectionHandler(Connection physical, int isolation) {
            this.physical = physical;
            this.isolation = isolation;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close")) {
                if (!closed) {
                    closed = true;
                    open.decrementAndGet();
                    giveBack(physical, isolation, dirty, isolationSet);
                }
                return null;
            }
            if (name.equals("isClosed")) {
                return closed || physical.isClosed();
            }
            if (closed) {
                throw new SQLException("test: connection used after close", "08003");
            }
            if (name.equals("setTransactionIsolation")) {
                isolationSet = true;
            }
            if (name.equals("commit") && failOnCommit) {
                failOnCommit = false;
                dirty = true;
                throw breakConnection(physical, "on commit");
            }
            if (name.equals("prepareStatement") && args != null && args.length > 0 && args[0] instanceof String sql) {
                prepared.add(sql);
            }
            Object result;
            try {
                result = call(physical, method, args);
            } catch (Throwable t) {
                dirty = true;
                throw t;
            }
            if (result instanceof PreparedStatement ps) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        new StatementHandler(this, ps));
            }
            if (result instanceof Statement st) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                        new StatementHandler(this, st));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final ConnectionHandler connection;
        private final Statement statement;

        StatementHandler(ConnectionHandler connection, Statement statement) {
            this.connection = connection;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                if (args != null && args.length > 0 && args[0] instanceof String sql
                        && sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SET ")) {
                    connection.dirty = true;
                }
                int n = executed.incrementAndGet();
                if (n == failOnStatement) {
                    failOnStatement = -1;
                    connection.dirty = true;
                    throw breakConnection(connection.physical, "on statement " + n);
                }
            }
            try {
                return call(statement, method, args);
            } catch (Throwable t) {
                connection.dirty = true;
                throw t;
            }
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

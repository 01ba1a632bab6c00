package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * A trivial connection pool for the benchmarks: a fixed number of physical connections opened at
 * once and handed out in turn, as a node's pool would. The library's transactions and the raw JDBC
 * baselines take their connections from it alike.
 */
final class BenchPool implements ConnectionProvider, AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    BenchPool(DataSource driver, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = driver.getConnection();
            all.add(c);
            idle.add(c);
        }
    }

    @Override
    public Connection acquire() throws SQLException {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", "08001", e);
        }
    }

    @Override
    public boolean inCallerTransaction(Connection connection) {
        return false;
    }

    @Override
    public void release(Connection connection) {
        idle.add(connection);
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : all) {
            c.close();
        }
    }
}

package dev.aftersales.storage.jdbc;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import java.util.List;
import java.util.Objects;

/**
 * Pages of a query: the SQL's own order, {@code LIMIT} one more row than the page holds to learn
 * whether more follow, and {@code OFFSET}. The SQL must order by a unique key (ties broken by id)
 * so that paging neither repeats nor skips a row while nothing changes.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * Returns the SQL text that limits a query to one page (one row more than the page): append it
     * to an ordered query and bind the page with {@link #bind}.
     *
     * @return {@code " LIMIT ? OFFSET ?"}
     */
    public static String clause() {
        return " LIMIT ? OFFSET ?";
    }

    /**
     * Binds the page's limit (plus one) and offset, for {@link #clause()}.
     *
     * @param params  the statement's parameters, positioned at the clause
     * @param request the page wanted
     * @throws java.sql.SQLException if the driver refuses
     */
    public static void bind(Params params, PageRequest request) throws java.sql.SQLException {
        params.intValue(request.limit() + 1).intValue(request.offset());
    }

    /**
     * Cuts the rows of a query with {@link #clause()} into the page.
     *
     * @param rows    the rows read, at most one more than the limit
     * @param request the page wanted
     * @param <T>     the item type
     * @return the page, with {@code hasMore} when the extra row was there
     */
    public static <T> Page<T> page(List<T> rows, PageRequest request) {
        Objects.requireNonNull(request, "request");
        boolean more = rows.size() > request.limit();
        return new Page<>(more ? rows.subList(0, request.limit()) : rows, request, more);
    }

    /**
     * Runs an ordered query for one page.
     *
     * @param jdbc    the runner
     * @param sql     the query, ordered by a unique key, without limit
     * @param binder  binds the query's own parameters
     * @param mapper  maps a row
     * @param request the page wanted
     * @param <T>     the item type
     * @return the page
     */
    public static <T> Page<T> query(JdbcRunner jdbc, String sql, Binder binder, RowMapper<T> mapper, PageRequest request) {
        Objects.requireNonNull(request, "request");
        return page(jdbc.query(sql + clause(), p -> {
            binder.bind(p);
            bind(p, request);
        }, mapper), request);
    }
}

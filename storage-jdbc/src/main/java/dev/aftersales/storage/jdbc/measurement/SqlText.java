package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.storage.jdbc.Binder;
import dev.aftersales.storage.jdbc.Params;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A statement under construction: its text and its parameters, bound in the order they appear in
 * the text, so that nested queries can be assembled inside out.
 */
final class SqlText implements Binder {

    private final StringBuilder text = new StringBuilder();
    private final List<Binder> params = new ArrayList<>();

    SqlText append(String sql) {
        text.append(sql);
        return this;
    }

    SqlText append(SqlText inner) {
        text.append(inner.text);
        params.addAll(inner.params);
        return this;
    }

    SqlText instant(Instant value) {
        text.append('?');
        params.add(p -> p.instant(value));
        return this;
    }

    SqlText longValue(long value) {
        text.append('?');
        params.add(p -> p.longValue(value));
        return this;
    }

    /** Appends {@code column IN (?, ?, ...)} for non-empty values. */
    SqlText in(String column, Collection<String> values) {
        text.append(column).append(" IN (");
        boolean first = true;
        for (String v : values) {
            text.append(first ? "?" : ", ?");
            params.add(p -> p.text(v));
            first = false;
        }
        text.append(')');
        return this;
    }

    String sql() {
        return text.toString();
    }

    @Override
    public void bind(Params p) throws SQLException {
        for (Binder b : params) {
            b.bind(p);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

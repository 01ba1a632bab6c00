package dev.aftersales.common;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query result.
 *
 * @param items   the items of this page, in the query's stable order; unmodifiable
 * @param request the request that produced this page
 * @param hasMore whether at least one more item follows this page
 * @param <T>     the item type
 */
public record Page<T>(List<T> items, PageRequest request, boolean hasMore) {

    /**
     * Creates a page.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there are more items than the request's limit
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (items.size() > request.limit()) {
            throw new IllegalArgumentException("page holds " + items.size() + " items, limit is " + request.limit());
        }
    }

    /**
     * Obtains a page from the items of a complete, ordered result: the slice the request asks for.
     *
     * @param all     the whole ordered result
     * @param request the page wanted
     * @param <T>     the item type
     * @return the page
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), request, to < all.size());
    }
}

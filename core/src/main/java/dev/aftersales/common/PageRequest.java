package dev.aftersales.common;

/**
 * Asks for one page of a query result: skip {@code offset} items, return at most {@code limit}.
 * Every query of the storage SPI returns its items in a stable, documented order, so that paging
 * through a result neither repeats nor skips an item while nothing changes.
 *
 * @param offset how many items to skip, zero or more
 * @param limit  how many items at most, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {

    /** The largest page the library serves. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Creates a page request.
     *
     * @throws IllegalArgumentException if the offset is negative or the limit out of range
     */
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /**
     * Obtains the first page of the given size.
     *
     * @param limit the page size
     * @return the request
     */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * Obtains a request for the page that follows this one.
     *
     * @return the next page's request
     */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}

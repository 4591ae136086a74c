package io.typedoo.typed;

/**
 * Which slice of a search to fetch: {@code offset} and {@code limit}, as Odoo's search takes them. Immutable.
 *
 * @param offset how many matching records to skip
 * @param limit how many to return at most, or 0 for all
 */
public record Page(int offset, int limit) {

    private static final Page ALL = new Page(0, 0);

    /** Checks the bounds. */
    public Page {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("A page needs offset >= 0 and limit >= 0, got " + offset + ", " + limit);
        }
    }

    /** Every matching record. */
    public static Page all() {
        return ALL;
    }

    /** The first {@code limit} records. */
    public static Page first(int limit) {
        return new Page(0, limit);
    }

    /** {@code limit} records after skipping {@code offset}. */
    public static Page of(int offset, int limit) {
        return new Page(offset, limit);
    }

    /** The page after this one, of the same size. */
    public Page next() {
        return new Page(offset + limit, limit);
    }

    /** True when the page has no limit. */
    public boolean isUnlimited() {
        return limit == 0;
    }
}

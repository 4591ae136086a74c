package io.typedoo.untyped;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Paging and ordering of a search: {@code SearchOptions.of().offset(20).limit(10).order("name desc, id")}.
 * Immutable; each setter returns a copy.
 */
public final class SearchOptions {

    private static final SearchOptions NONE = new SearchOptions(0, null, null);

    private final int offset;
    private final @Nullable Integer limit;
    private final @Nullable String order;

    private SearchOptions(int offset, @Nullable Integer limit, @Nullable String order) {
        this.offset = offset;
        this.limit = limit;
        this.order = order;
    }

    /** No offset, no limit, the model's default order. */
    public static SearchOptions of() {
        return NONE;
    }

    /** A copy that skips the first {@code offset} records. */
    public SearchOptions offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        return new SearchOptions(offset, limit, order);
    }

    /** A copy that returns at most {@code limit} records. */
    public SearchOptions limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
        return new SearchOptions(offset, limit, order);
    }

    /** A copy ordered by Odoo's order text, such as {@code "name desc, id"}. */
    public SearchOptions order(String order) {
        if (order.isBlank()) {
            throw new IllegalArgumentException("order must name at least one field");
        }
        return new SearchOptions(offset, limit, order);
    }

    /** The number of records skipped; 0 by default. */
    public int offset() {
        return offset;
    }

    /** The maximum number of records, or null for no limit. */
    public @Nullable Integer limit() {
        return limit;
    }

    /** Odoo's order text, or null for the model's default order. */
    public @Nullable String order() {
        return order;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SearchOptions s && s.offset == offset && Objects.equals(s.limit, limit)
                && Objects.equals(s.order, order);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, limit, order);
    }

    @Override
    public String toString() {
        return "SearchOptions[offset=" + offset + ", limit=" + limit + ", order=" + order + "]";
    }
}

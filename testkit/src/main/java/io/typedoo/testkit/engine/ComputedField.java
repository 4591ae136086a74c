package io.typedoo.testkit.engine;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Computes a non-stored field of a row (in the stored value form) from the row and the rest of the database. */
@FunctionalInterface
interface ComputedField {

    @Nullable Object compute(Store store, Map<String, Object> row);

    /** The fields the value depends on, as {@code fields_get} reports them ({@code depends}). */
    default List<String> depends() {
        return List.of();
    }

    /** A computed field that reports {@code depends}. */
    static ComputedField dependingOn(List<String> depends, ComputedField compute) {
        List<String> fields = List.copyOf(depends);
        return new ComputedField() {
            @Override
            public @Nullable Object compute(Store store, Map<String, Object> row) {
                return compute.compute(store, row);
            }

            @Override
            public List<String> depends() {
                return fields;
            }
        };
    }
}

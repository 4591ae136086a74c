package io.typedoo.testkit.engine;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Computes a non-stored field of a row (in the stored value form) from the row and the rest of the database. */
@FunctionalInterface
interface ComputedField {

    @Nullable Object compute(Store store, Map<String, Object> row);
}

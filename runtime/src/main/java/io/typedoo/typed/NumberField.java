package io.typedoo.typed;

import io.typedoo.internal.record.ValueType;
import java.math.BigDecimal;

/**
 * An integer, float or monetary field.
 *
 * @param <N> {@code Long}, {@code Integer}, {@code Double} or {@code BigDecimal}
 */
public final class NumberField<N extends Number & Comparable<N>> extends ComparableField<N> {

    private NumberField(String name, ValueType<N> type) {
        super(name, type);
    }

    /** An integer field read as {@code long}, or the {@code id} of the model. */
    public static NumberField<Long> ofLong(String name) {
        return new NumberField<>(name, ValueType.LONG);
    }

    /** An integer field read as {@code int}. */
    public static NumberField<Integer> ofInt(String name) {
        return new NumberField<>(name, ValueType.INTEGER);
    }

    /** A float or monetary field read as {@code double}. */
    public static NumberField<Double> ofDouble(String name) {
        return new NumberField<>(name, ValueType.DOUBLE);
    }

    /** A float or monetary field read as {@link BigDecimal}. */
    public static NumberField<BigDecimal> ofDecimal(String name) {
        return new NumberField<>(name, ValueType.DECIMAL);
    }
}

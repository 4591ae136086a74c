package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.ValueType;

/**
 * A field with ordered values: numbers, dates and datetimes.
 *
 * @param <T> the Java type of the value
 */
public abstract class ComparableField<T extends Comparable<? super T>> extends ValueField<T> {

    ComparableField(String name, ValueType<T> type) {
        super(name, type);
    }

    /** {@code (name, '>', value)}. */
    public final Domain gt(T value) {
        return Domain.leaf(name(), ">", type().toWire(nonNull(value, "gt")));
    }

    /** {@code (name, '>=', value)}. */
    public final Domain ge(T value) {
        return Domain.leaf(name(), ">=", type().toWire(nonNull(value, "ge")));
    }

    /** {@code (name, '<', value)}. */
    public final Domain lt(T value) {
        return Domain.leaf(name(), "<", type().toWire(nonNull(value, "lt")));
    }

    /** {@code (name, '<=', value)}. */
    public final Domain le(T value) {
        return Domain.leaf(name(), "<=", type().toWire(nonNull(value, "le")));
    }

    /** {@code from <= value <= to}. */
    public final Domain between(T from, T to) {
        return ge(from).and(le(to));
    }
}

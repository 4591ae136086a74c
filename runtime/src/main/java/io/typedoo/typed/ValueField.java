package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A field that can be compared for equality. There is no {@code eq(null)}: it throws a
 * {@link NullPointerException} that says to use {@link #isNotSet()}.
 *
 * @param <T> the Java type of the value
 */
public abstract class ValueField<T> extends ScalarField<T> {

    ValueField(String name, ValueType<T> type) {
        super(name, type);
    }

    /** {@code (name, '=', value)}. */
    public final Domain eq(T value) {
        return Domain.leaf(name(), "=", type().toWire(nonNull(value, "eq")));
    }

    /** {@code (name, '!=', value)}. */
    public final Domain ne(T value) {
        return Domain.leaf(name(), "!=", type().toWire(nonNull(value, "ne")));
    }

    /** {@code (name, 'in', values)}. */
    public final Domain in(Collection<? extends T> values) {
        return Domain.leaf(name(), "in", wire(values, "in"));
    }

    /** {@code (name, 'in', values)}. */
    @SafeVarargs
    public final Domain in(T... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(type().toWire(nonNull(value, "in")));
        }
        return Domain.leaf(name(), "in", list);
    }

    /** {@code (name, 'not in', values)}. */
    public final Domain notIn(Collection<? extends T> values) {
        return Domain.leaf(name(), "not in", wire(values, "notIn"));
    }

    private List<Object> wire(Collection<? extends T> values, String method) {
        List<Object> list = new ArrayList<>(values.size());
        for (T value : values) {
            list.add(type().toWire(nonNull(value, method)));
        }
        return list;
    }
}

package io.typedoo.typed;

import io.typedoo.internal.record.ValueType;

/**
 * A field whose value is read and written as one Java value of type {@code T}.
 *
 * @param <T> the Java type of the value
 */
public abstract class ScalarField<T> extends Field {

    private final ValueType<T> type;

    ScalarField(String name, ValueType<T> type) {
        super(name);
        this.type = type;
    }

    /** How the value crosses the wire. */
    public final ValueType<T> type() {
        return type;
    }
}

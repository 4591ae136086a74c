package io.typedoo.typed;

import io.typedoo.internal.record.ValueType;

/**
 * A selection field read as an enum; see {@link OdooSelection} for how constants map to Odoo values.
 *
 * @param <E> the enum
 */
public final class SelectionField<E extends Enum<E>> extends ValueField<E> {

    private SelectionField(String name, ValueType<E> type) {
        super(name, type);
    }

    /** A selection field named {@code name}, read as {@code type}. */
    public static <E extends Enum<E>> SelectionField<E> of(String name, Class<E> type) {
        return new SelectionField<>(name, ValueType.selection(type));
    }
}

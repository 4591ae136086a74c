package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.ValueType;

/** A boolean field. */
public final class BooleanField extends ValueField<Boolean> {

    private BooleanField(String name) {
        super(name, ValueType.BOOLEAN);
    }

    /** A boolean field named {@code name}. */
    public static BooleanField of(String name) {
        return new BooleanField(name);
    }

    /** {@code (name, '=', True)}. */
    public Domain isTrue() {
        return eq(true);
    }

    /** {@code (name, '=', False)}. */
    public Domain isFalse() {
        return eq(false);
    }
}

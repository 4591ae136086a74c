package io.typedoo.typed;

import io.typedoo.internal.record.ValueType;

/** A binary field (files, images), sent by Odoo as base64 and read as {@code byte[]}. */
public final class BinaryField extends ScalarField<byte[]> {

    private BinaryField(String name) {
        super(name, ValueType.BINARY);
    }

    /** A binary field named {@code name}. */
    public static BinaryField of(String name) {
        return new BinaryField(name);
    }
}

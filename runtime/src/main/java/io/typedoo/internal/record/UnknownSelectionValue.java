package io.typedoo.internal.record;

/**
 * Thrown by a selection {@link ValueType} for a value its enum lacks; the record layer, which knows the model,
 * record and field, turns it into {@link io.typedoo.error.OdooSelectionValueException}.
 */
public final class UnknownSelectionValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final String enumType;

    UnknownSelectionValue(String value, Class<?> enumType) {
        super("The selection value '" + value + "' has no constant in " + enumType.getName());
        this.value = value;
        this.enumType = enumType.getName();
    }

    /** The value the server sent. */
    public String value() {
        return value;
    }

    /** The qualified name of the enum. */
    public String enumType() {
        return enumType;
    }
}

package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server sent a selection value that the Java enum of the field (or method result) has no constant for,
 * typically because the server's selection list is newer than the enum. The fix is in the enum: add a constant
 * for {@link #value()}.
 */
public class OdooSelectionValueException extends OdooException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final long recordId;
    private final String member;
    private final String value;
    private final String enumType;

    /**
     * @param member the field read, or the method whose result it was
     * @param enumType the enum's qualified name
     */
    public OdooSelectionValueException(String model, long recordId, String member, String value, String enumType,
            @Nullable CallSite callSite) {
        super(model + "(" + recordId + ")." + member + " is '" + value + "', which the enum " + enumType
                + " has no constant for; add one (the server's selection list may be newer than the enum)", callSite);
        this.model = model;
        this.recordId = recordId;
        this.member = member;
        this.value = value;
        this.enumType = enumType;
    }

    /** The Odoo model, such as {@code todo.task}. */
    public String model() {
        return model;
    }

    /** The id of the record whose value it was. */
    public long recordId() {
        return recordId;
    }

    /** The field read, such as {@code priority}, or the model method whose result it was. */
    public String member() {
        return member;
    }

    /** The selection value the server sent, such as {@code "2"}. */
    public String value() {
        return value;
    }

    /** The qualified name of the enum that lacks a constant for it. */
    public String enumType() {
        return enumType;
    }
}

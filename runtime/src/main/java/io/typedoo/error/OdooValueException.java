package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The server sent a value that cannot be read as its field's type: a date such as {@code 2026-13-45}, a string
 * where a number belongs, a row without a numeric {@code id}. The message names the model, the field and, when
 * known, the record; the server, not the caller, is at fault.
 */
public class OdooValueException extends OdooException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final @Nullable String field;
    private final @Nullable Long recordId;

    /**
     * A value of {@code model}'s {@code field} (null for the row itself) of record {@code recordId} (null when
     * unknown) could not be read: {@code detail} says how.
     */
    public OdooValueException(String detail, @Nullable CallSite callSite, String model, @Nullable String field,
            @Nullable Long recordId, @Nullable Throwable cause) {
        super(detail, callSite, cause);
        this.model = model;
        this.field = field;
        this.recordId = recordId;
    }

    /** A message naming model, field and record, and what was wrong: {@code res.partner(7).date: ...}. */
    public static String describe(String model, @Nullable String field, @Nullable Long recordId, String what) {
        return model + (recordId == null ? "" : "(" + recordId + ")") + (field == null ? "" : "." + field) + ": "
                + what;
    }

    /** The model of the value. */
    @Override
    public String model() {
        return model;
    }

    /** The field whose value could not be read, or null when the row itself is malformed. */
    public @Nullable String field() {
        return field;
    }

    /** The record, or null when unknown. */
    public @Nullable Long recordId() {
        return recordId;
    }
}

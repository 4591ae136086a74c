package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * A record's value was read that is not loaded, where strict reads forbid loading it: the read would have been a
 * call to the server, and the code said none may happen here (a client built with
 * {@code OdooClient.builder().strictReads(true)}, or records passed to {@code RecordModel.strict(...)}). Nothing was
 * sent. The message names the model, the record and the field; the fix is to load it before, with
 * {@code fetchAll(...)} or a fetch plan that brings it.
 */
public class OdooNotLoadedException extends OdooException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final long recordId;
    private final String field;

    /** {@code model(recordId).field} is not loaded, and loading it is not allowed here. */
    public OdooNotLoadedException(String model, long recordId, String field, @Nullable CallSite callSite) {
        super(model + "(" + recordId + ")." + field + " is not loaded, and strict reads forbid a call to load it;"
                + " load the records before with fetchAll(...) or a fetch plan that brings " + field, callSite);
        this.model = model;
        this.recordId = recordId;
        this.field = field;
    }

    /** The model of the record, such as {@code todo.task}. */
    @Override
    public String model() {
        return model;
    }

    /** The id of the record whose value was read. */
    public long recordId() {
        return recordId;
    }

    /** The Odoo name of the field that was read, such as {@code description}. */
    public String field() {
        return field;
    }
}

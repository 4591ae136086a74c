package io.typedoo.processor.model;

/**
 * The qualified names of the runtime types that generated code refers to, in one place. The processor does not
 * depend on the runtime artifact (it runs in the compiler, the runtime runs in the application), so it names these
 * types as strings; a test compiles generated code against the real runtime, which fails if a name here drifts.
 */
public final class RuntimeNames {

    /** The typed layer, what users call: models, records, values builders, field constants. */
    public static final String TYPED = "io.typedoo.typed";
    /** The record layer's machinery, called only by generated code and not API. */
    public static final String INTERNAL = "io.typedoo.internal.record";
    /** The package of {@code OdooClient}. */
    public static final String CLIENT = "io.typedoo.client";

    /** The base class of generated records; its public and protected methods are taken names. */
    public static final String RECORD_HANDLE = TYPED + ".RecordHandle";
    /** The base class of generated values builders; its public and protected methods are taken names. */
    public static final String RECORD_VALUES = TYPED + ".RecordValues";

    /** The interface selection enums implement to name their Odoo values. */
    public static final String ODOO_SELECTION = TYPED + ".OdooSelection";

    private RuntimeNames() {
    }
}

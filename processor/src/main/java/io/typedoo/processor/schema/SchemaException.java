package io.typedoo.processor.schema;

/** A schema snapshot that cannot be read or is not a {@code typedoo-schema/1} snapshot. */
public final class SchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}. */
    public SchemaException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, caused by {@code cause}. */
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.typedoo.codegen;

/** A schema snapshot file that cannot be used: missing, not JSON, or not a {@code typedoo-schema/1} snapshot. */
public final class SchemaSnapshotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaSnapshotException(String message) {
        super(message);
    }

    SchemaSnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.typedoo.processor.read;

/**
 * A type the model refers to does not exist yet, maybe because another processor generates it in this round.
 * The processor retries the model in the next round and reports the type only if it never appears.
 */
public final class MissingTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingTypeException(String type) {
        super(type, null, false, false);
    }
}

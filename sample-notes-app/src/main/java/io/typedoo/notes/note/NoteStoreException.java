package io.typedoo.notes.note;

import org.jspecify.annotations.Nullable;

/**
 * A call to the {@link NoteStore} failed. {@link #reason()} tells the app whether trying again later can help.
 */
public final class NoteStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a call failed, as far as the app's reaction goes. */
    public enum Reason {
        /** No answer: connection refused, timeout, a broken connection. Retrying later may succeed. */
        UNREACHABLE,
        /** The server answered and refused (access, validation, login). Retrying the same call will not help. */
        REFUSED
    }

    private final Reason reason;

    /**
     * @param reason whether a retry may help
     * @param message what failed, for the user: the action and the server, never a password
     * @param cause the error underneath, or null
     */
    public NoteStoreException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Whether a retry may help. */
    public Reason reason() {
        return reason;
    }

    /** True when the server did not answer, so the call is worth retrying later. */
    public boolean isUnreachable() {
        return reason == Reason.UNREACHABLE;
    }
}

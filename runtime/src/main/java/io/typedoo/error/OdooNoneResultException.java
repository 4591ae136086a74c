package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * The method ran on the server and its transaction was committed, but it returned Python {@code None}, which
 * Odoo's XML-RPC cannot send (fault 1, {@code cannot marshal None}), its JSON-RPC answers by leaving out the
 * {@code result} and its JSON-2 by a {@code null} body. <strong>Do not retry</strong>: the work is done. Generated
 * {@code void} model methods treat this as success.
 */
public class OdooNoneResultException extends OdooRemoteException {

    private static final long serialVersionUID = 1L;

    /** The call to {@code callSite} ran and committed but returned None; the traceback, if one was sent. */
    public OdooNoneResultException(@Nullable CallSite callSite, @Nullable String remoteTraceback) {
        super("The method ran and its transaction was committed, but it returned None where a value was expected;"
                + " do not retry the call", callSite, "builtins.TypeError", remoteTraceback);
    }

    /** Always true: the call's changes were committed before the server failed to send its result. */
    public boolean isCommitted() {
        return true;
    }
}

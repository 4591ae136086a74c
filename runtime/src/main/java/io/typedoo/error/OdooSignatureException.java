package io.typedoo.error;

import org.jspecify.annotations.Nullable;

/**
 * A call with positional arguments went to a JSON-2 server, which binds arguments only by name, and the method's
 * parameter names are unknown: it is not one of the standard ORM methods typedoo knows, and the server's
 * {@code /doc-bearer/<model>.json} did not describe it (the user lacks the API documentation group, or the method is
 * not public). Call it with named arguments instead, such as
 * {@code model.call("action_confirm", Map.of("ids", ids))}.
 */
public class OdooSignatureException extends OdooException {

    private static final long serialVersionUID = 1L;

    /** The parameter names of the method at {@code callSite} are unknown; {@code detail} says why. */
    public OdooSignatureException(String detail, @Nullable CallSite callSite) {
        super(detail, callSite);
    }
}

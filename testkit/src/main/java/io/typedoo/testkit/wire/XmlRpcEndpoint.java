package io.typedoo.testkit.wire;

import io.typedoo.testkit.engine.OdooError;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /xmlrpc/2/<service>} and the legacy {@code POST /xmlrpc/<service>}: parses the call, runs it and
 * writes the answer or the fault the way Odoo 18 does on each. Every answer is HTTP 200.
 *
 * <p>On {@code /xmlrpc/2} a fault has an integer code (1 server error with a traceback, 2 user error, 3 access
 * denied, 4 access error, the last three with the bare message). On the legacy endpoint the code is a string:
 * {@code "warning -- MissingError\n\n<msg>"}, {@code "AccessDenied"}, or the message of a server error, whose
 * traceback is then the fault string.
 */
final class XmlRpcEndpoint {

    private static final System.Logger LOG = System.getLogger(XmlRpcEndpoint.class.getName());

    private final RpcServices services;

    XmlRpcEndpoint(RpcServices services) {
        this.services = services;
    }

    /** The response body for one request body; {@code legacy} selects the string fault codes. */
    String handle(String service, byte[] body, boolean legacy, RequestLog log) {
        try {
            XmlRpcCall call = XmlRpcRequestReader.read(body);
            log.call(service, call.methodName(), call.params());
            @Nullable Object result = services.dispatch(service, call.methodName(), call.params());
            return XmlRpcResponseWriter.result(result);
        } catch (RpcError e) {
            log.error(e);
            return legacy ? legacyFault(e) : XmlRpcResponseWriter.fault(e.faultCode(),
                    e.faultCode() == 1 ? e.traceback() : e.odooMessage());
        } catch (RuntimeException e) {
            // A failure of the engine itself: answer as Odoo answers an unexpected exception, and keep the cause.
            LOG.log(Level.WARNING, "Unexpected failure while serving /xmlrpc/" + service, e);
            RpcError error = RpcError.server("builtins.Exception", String.valueOf(e), "dispatch_rpc");
            return legacy ? legacyFault(error) : XmlRpcResponseWriter.fault(1, error.traceback());
        }
    }

    private static String legacyFault(RpcError e) {
        String message = e.odooMessage();
        OdooError.Kind kind = e.kind();
        return switch (kind) {
            case MISSING_ERROR -> XmlRpcResponseWriter.legacyFault("warning -- MissingError\n\n" + message, "");
            case ACCESS_ERROR -> XmlRpcResponseWriter.legacyFault("warning -- AccessError\n\n" + message, "");
            case ACCESS_DENIED -> XmlRpcResponseWriter.legacyFault("AccessDenied", message);
            case USER_ERROR, VALIDATION_ERROR ->
                    XmlRpcResponseWriter.legacyFault("warning -- UserError\n\n" + message, "");
            case SERVER_ERROR -> XmlRpcResponseWriter.legacyFault(message, e.traceback());
        };
    }
}

/**
 * The unchecked exceptions typedoo raises, mapped from what Odoo really sends.
 *
 * <pre>
 * OdooException
 *   OdooRemoteException              the server answered with an error
 *     OdooAuthenticationException    AccessDenied (fault 3), authenticate answered false
 *     OdooAccessException            AccessError (fault 4)
 *     OdooUserException              UserError (fault 2)
 *       OdooMissingRecordException   MissingError
 *       OdooValidationException      ValidationError
 *       OdooUnknownModelException    "Object x doesn't exist"
 *     OdooServerException            anything else (fault 1), with the remote traceback
 *       OdooUnknownMethodException   AttributeError: no such method
 *       OdooInvalidRequestException  ValueError and database errors from bad arguments
 *     OdooNoneResultException        the method ran and committed but returned None
 *   OdooSignatureException           positional arguments for JSON-2 to a method whose parameter names are unknown
 *   OdooTransportException           no RPC answer
 *     OdooConnectionException
 *     OdooTimeoutException
 *     OdooHttpStatusException
 *     OdooProtocolException          not an RPC answer, hostile or too large
 *   OdooEmptyValueException          False for a field or result the model interface declares non-null
 *   OdooSelectionValueException      a selection value the field's enum has no constant for
 *   OdooNotLoadedException           a value read that is not loaded, where strict reads forbid the call
 * </pre>
 */
@NullMarked
package io.typedoo.error;

import org.jspecify.annotations.NullMarked;

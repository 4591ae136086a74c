/**
 * The wire side of the testkit server: HTTP endpoints, the XML-RPC and JSON-RPC codecs, and the mapping of
 * errors to the faults and error objects Odoo 18 sends. Internal: users go through
 * {@link io.typedoo.testkit.OdooTestServer}.
 *
 * <pre>
 * HttpFrontend           routes POST /xmlrpc/2/*, /xmlrpc/*, /jsonrpc; counts and logs requests
 *   XmlRpcEndpoint       XmlRpcRequestReader -> RpcServices -> XmlRpcResponseWriter (int or legacy string faults)
 *   JsonRpcEndpoint      Jackson -> RpcServices -> {"jsonrpc", "id", "result" | "error"}
 * RpcServices            Odoo's "common" and "object" services on top of the engine's Database
 * RpcError               an error as Odoo reports it: kind, Python class, message, traceback
 * </pre>
 *
 * Python's float repr and traceback text come from {@link io.typedoo.testkit.engine.PythonText}, which the
 * engine's error texts use too.
 */
@NullMarked
package io.typedoo.testkit.wire;

import org.jspecify.annotations.NullMarked;

/**
 * Not API: the wire protocols behind {@link io.typedoo.client.OdooClient}, used by the client only and free to
 * change in any release. {@link io.typedoo.internal.transport.XmlRpcTransport} (the Apache XML-RPC client with
 * typedoo's own type factory and hardened response reader) and {@link io.typedoo.internal.transport.JsonRpcTransport}
 * (JDK HTTP client and Jackson trees) post through one bounded, timed HTTP exchange and map Odoo's errors with one
 * table; those parts are package-private. Choose a protocol with {@link io.typedoo.client.OdooClient.Builder#protocol}.
 */
@NullMarked
package io.typedoo.internal.transport;

import org.jspecify.annotations.NullMarked;

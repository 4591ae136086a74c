/**
 * The wire protocols behind {@link io.typedoo.client.OdooClient}: {@link io.typedoo.transport.XmlRpcTransport}
 * (the Apache XML-RPC client with typedoo's own type factory and hardened response reader) and
 * {@link io.typedoo.transport.JsonRpcTransport} (JDK HTTP client and Jackson trees). Both post through one bounded,
 * timed HTTP exchange and map Odoo's errors with one table; those parts are package-private.
 */
@NullMarked
package io.typedoo.transport;

import org.jspecify.annotations.NullMarked;

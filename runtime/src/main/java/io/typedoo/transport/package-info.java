/** The wire protocols behind {@link io.typedoo.client.OdooClient}: XML-RPC and JSON-RPC. */
@NullMarked
package io.typedoo.transport;

import org.jspecify.annotations.NullMarked;

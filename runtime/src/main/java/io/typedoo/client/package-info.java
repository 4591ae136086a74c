/** {@link io.typedoo.client.OdooClient}, the entry point: connection, authentication and calls. */
@NullMarked
package io.typedoo.client;

import org.jspecify.annotations.NullMarked;

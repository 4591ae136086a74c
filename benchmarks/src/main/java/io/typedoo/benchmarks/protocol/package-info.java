/** XML-RPC versus JSON-RPC for the same calls against the testkit server. */
@NullMarked
package io.typedoo.benchmarks.protocol;

import org.jspecify.annotations.NullMarked;

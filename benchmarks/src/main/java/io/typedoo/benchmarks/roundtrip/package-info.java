/** Round trips and bytes on the wire: naive hand-written code versus the generated API. */
@NullMarked
package io.typedoo.benchmarks.roundtrip;

import org.jspecify.annotations.NullMarked;

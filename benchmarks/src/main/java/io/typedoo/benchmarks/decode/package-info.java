/** Client CPU of decoding and mapping records: raw Apache XML-RPC versus typedoo. */
@NullMarked
package io.typedoo.benchmarks.decode;

import org.jspecify.annotations.NullMarked;

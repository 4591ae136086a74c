/** The {@code @OdooModel} interfaces the benchmarks use; the processor generates their typed API. */
@NullMarked
package io.typedoo.benchmarks.model;

import org.jspecify.annotations.NullMarked;

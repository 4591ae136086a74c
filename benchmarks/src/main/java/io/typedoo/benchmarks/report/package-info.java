/** Turns JMH's JSON results into the Markdown tables of the benchmarks page. */
@NullMarked
package io.typedoo.benchmarks.report;

import org.jspecify.annotations.NullMarked;

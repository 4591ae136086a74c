/** JMH support: the client-CPU profiler. */
@NullMarked
package io.typedoo.benchmarks.support;

import org.jspecify.annotations.NullMarked;

/** JMH helpers: the client-CPU measurement and its profiler. */
@NullMarked
package io.typedoo.benchmarks.support;

import org.jspecify.annotations.NullMarked;

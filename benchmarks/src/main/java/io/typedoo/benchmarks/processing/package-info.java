/** Cost of typedoo's annotation processor in a javac run. */
@NullMarked
package io.typedoo.benchmarks.processing;

import org.jspecify.annotations.NullMarked;

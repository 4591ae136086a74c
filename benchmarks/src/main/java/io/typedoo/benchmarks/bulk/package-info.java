/** Client time of a bulk job (create 1,000 tasks, write them, unlink them): hand-written raw calls versus typedoo. */
@NullMarked
package io.typedoo.benchmarks.bulk;

import org.jspecify.annotations.NullMarked;

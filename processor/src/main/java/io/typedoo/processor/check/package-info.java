/**
 * Stage two: every misuse of a model interface reported as an error on its element, all of them, none twice;
 * with a schema snapshot, also names and types against the server. Names the generated classes inherit are read
 * from the runtime on the class path.
 */
@NullMarked
package io.typedoo.processor.check;

import org.jspecify.annotations.NullMarked;

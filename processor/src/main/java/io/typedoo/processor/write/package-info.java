/**
 * Stage three: the JavaPoet writers of the model class, the record class and the values builder, for models
 * without errors only, deterministic and warning-free under {@code -Xlint:all}.
 */
@NullMarked
package io.typedoo.processor.write;

import org.jspecify.annotations.NullMarked;

/**
 * Stage one: reads an {@code @OdooModel} interface from javax.lang.model elements into a
 * {@link io.typedoo.processor.model.ModelDescription}; a type that does not exist yet defers the model a round.
 */
@NullMarked
package io.typedoo.processor.read;

import org.jspecify.annotations.NullMarked;

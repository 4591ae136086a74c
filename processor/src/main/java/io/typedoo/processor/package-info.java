/**
 * The typedoo annotation processor, {@link io.typedoo.processor.OdooModelProcessor}: for each {@code @OdooModel}
 * interface a model class, a record class and a values builder. Not API: users put it on the annotation processor
 * path and never call it. Its stages are the sub-packages {@code read} -> {@code check} -> {@code write}, with
 * {@code model} the description they pass along, {@code diag} the messages and {@code schema} the optional
 * server snapshot.
 */
@NullMarked
package io.typedoo.processor;

import org.jspecify.annotations.NullMarked;

/**
 * What the stages pass along: a model interface as plain values (fields, methods, kinds, type references), and the
 * runtime type names generated code refers to ({@link io.typedoo.processor.model.RuntimeNames}). The naming rule is
 * {@code io.typedoo.annotations.FieldNames}, shared with the testkit and the cli.
 */
@NullMarked
package io.typedoo.processor.model;

import org.jspecify.annotations.NullMarked;

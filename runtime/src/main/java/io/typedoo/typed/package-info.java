/**
 * The typed layer, what code written against generated models calls and sees: the model base
 * {@link io.typedoo.typed.RecordModel} ({@code search}, {@code browse}, {@code create}, {@code write}, {@code unlink}),
 * the record base {@link io.typedoo.typed.RecordHandle} ({@code id()}, {@code refresh()}), the values builder base
 * {@link io.typedoo.typed.RecordValues}, the field constants that build domains and orderings
 * ({@link io.typedoo.typed.StringField}, {@link io.typedoo.typed.NumberField}, ...), {@link io.typedoo.typed.Page},
 * {@link io.typedoo.typed.Order}, {@link io.typedoo.typed.X2many} and {@link io.typedoo.typed.OdooSelection}.
 *
 * <p>The machinery only generated code calls (record groups with prefetch, value types, the declared-model
 * description) lives in {@code io.typedoo.internal.record}, which is not API.
 */
@NullMarked
package io.typedoo.typed;

import org.jspecify.annotations.NullMarked;

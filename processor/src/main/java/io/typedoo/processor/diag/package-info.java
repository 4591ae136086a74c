/**
 * The catalog of compile-time messages ({@link io.typedoo.processor.diag.Messages}, each with its {@code [Odoo...]}
 * tag) and the reporter that puts them on elements and counts errors.
 */
@NullMarked
package io.typedoo.processor.diag;

import org.jspecify.annotations.NullMarked;

package io.typedoo.testkit.engine;

import org.jspecify.annotations.Nullable;

/**
 * A default computed when a record is created without a value for the field, as Odoo's callable defaults
 * ({@code default=lambda self: self.env.user}). Returns the value in the normalised wire form (an id for a
 * many2one, a list of ids for a many2many, {@code false} or {@code null} for empty).
 */
@FunctionalInterface
public interface DefaultValue {

    /** Computes the default for a record created by the user {@code uid}. */
    @Nullable Object compute(long uid);
}

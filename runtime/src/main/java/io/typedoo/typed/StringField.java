package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.ValueType;

/** A char, text or html field. */
public final class StringField extends ValueField<String> {

    private StringField(String name) {
        super(name, ValueType.STRING);
    }

    /** A char, text or html field named {@code name}. */
    public static StringField of(String name) {
        return new StringField(name);
    }

    /** {@code (name, 'like', pattern)}: case-sensitive; Odoo wraps the pattern in {@code %}. */
    public Domain like(String pattern) {
        return Domain.leaf(name(), "like", pattern);
    }

    /** {@code (name, 'not like', pattern)}: case-sensitive; Odoo wraps the pattern in {@code %}. */
    public Domain notLike(String pattern) {
        return Domain.leaf(name(), "not like", pattern);
    }

    /** {@code (name, '=like', pattern)}: case-sensitive, the pattern as given, with SQL wildcards {@code %} and {@code _}. */
    public Domain eqLike(String pattern) {
        return Domain.leaf(name(), "=like", pattern);
    }

    /** {@code (name, 'ilike', pattern)}: case-insensitive; Odoo wraps the pattern in {@code %}. */
    public Domain ilike(String pattern) {
        return Domain.leaf(name(), "ilike", pattern);
    }

    /** {@code (name, 'not ilike', pattern)}. */
    public Domain notIlike(String pattern) {
        return Domain.leaf(name(), "not ilike", pattern);
    }

    /** {@code (name, '=ilike', pattern)}: the pattern as given, with SQL wildcards {@code %} and {@code _}. */
    public Domain eqIlike(String pattern) {
        return Domain.leaf(name(), "=ilike", pattern);
    }
}

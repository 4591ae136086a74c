package io.typedoo.typed;

import io.typedoo.domain.Domain;

/**
 * A field of an Odoo model as a generated model class declares it, such as {@code TodoTaskModel.NAME}: the Odoo
 * field name plus the conditions and orderings every field supports. Subclasses add the operators that fit the
 * value type, so a condition with a value of the wrong type does not compile.
 */
public abstract class Field implements FetchPath {

    private final String name;

    Field(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A field needs an Odoo field name");
        }
        this.name = name;
    }

    /** The Odoo field name, such as {@code date_deadline}. */
    @Override
    public final String name() {
        return name;
    }

    /** The field holds a value: {@code (name, '!=', False)}. */
    public final Domain isSet() {
        return Domain.leaf(name, "!=", false);
    }

    /** The field is empty: {@code (name, '=', False)}. */
    public final Domain isNotSet() {
        return Domain.leaf(name, "=", false);
    }

    /** Ascending order on this field. */
    public final Order asc() {
        return Order.asc(name);
    }

    /** Descending order on this field. */
    public final Order desc() {
        return Order.desc(name);
    }

    /** The Odoo field name. */
    @Override
    public String toString() {
        return name;
    }
}

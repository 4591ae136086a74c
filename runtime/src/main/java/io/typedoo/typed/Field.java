package io.typedoo.typed;

import io.typedoo.domain.Domain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * {@code value}, or a {@link NullPointerException} that names the fix: a domain has no null, and "no value" is
     * {@link #isNotSet()}. The one rule for {@code eq(null)}, {@code ne(null)}, {@code gt(null)}, a null element of
     * {@code in(...)} and a null record, on every field type.
     */
    final <T> T nonNull(@Nullable T value, String method) {
        if (value == null) {
            throw new NullPointerException(name + "." + method + "(null): a domain cannot compare with null; use "
                    + "isNotSet() for \"has no value\" (Odoo's False) and isSet() for the opposite");
        }
        return value;
    }

    /** {@code ids} as an immutable list, each element checked by {@link #nonNull}. */
    final List<Long> nonNullIds(Collection<Long> ids, String method) {
        List<Long> list = new ArrayList<>(ids.size());
        for (Long id : ids) {
            list.add(nonNull(id, method));
        }
        return List.copyOf(list);
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

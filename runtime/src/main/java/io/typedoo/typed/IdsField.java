package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.ValueType;
import java.util.Collection;
import java.util.List;

/** A one2many or many2many field read as plain ids ({@code List<Long>}). */
public final class IdsField extends ScalarField<List<Long>> {

    private IdsField(String name) {
        super(name, ValueType.IDS);
    }

    /** A one2many or many2many field named {@code name}, read as ids. */
    public static IdsField of(String name) {
        return new IdsField(name);
    }

    /** The field holds the record {@code id}: {@code (name, 'in', [id])}. */
    public Domain contains(long id) {
        return Domain.leaf(name(), "in", List.of(id));
    }

    /** The field holds at least one of {@code ids}: {@code (name, 'in', ids)}. */
    public Domain containsAny(Collection<Long> ids) {
        return Domain.leaf(name(), "in", nonNullIds(ids, "containsAny"));
    }
}

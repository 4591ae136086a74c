package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.internal.record.RelationField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A one2many or many2many field read as a list of records of the target model.
 *
 * @param <R> the target's model interface, such as {@code TodoTaskTag}
 */
public final class X2manyField<R> extends Field implements RelationField {

    private final Supplier<? extends DeclaredModel<? extends R>> target;

    private X2manyField(String name, Supplier<? extends DeclaredModel<? extends R>> target) {
        super(name);
        this.target = target;
    }

    /** A one2many or many2many field named {@code name}; the target is given lazily, as {@code TagModel::info}. */
    public static <R> X2manyField<R> of(String name, Supplier<? extends DeclaredModel<? extends R>> target) {
        return new X2manyField<>(name, target);
    }

    @Override
    public DeclaredModel<? extends R> target() {
        return target.get();
    }

    /** The field holds {@code record}: {@code (name, 'in', [record.id])}. */
    public Domain contains(R record) {
        return Domain.leaf(name(), "in", List.of(RecordHandle.idOf(nonNull(record, "contains"))));
    }

    /** The field holds the record {@code id}. */
    public Domain containsId(long id) {
        return Domain.leaf(name(), "in", List.of(id));
    }

    /** The field holds at least one of {@code records}. */
    public Domain containsAny(Collection<? extends R> records) {
        List<Long> ids = new ArrayList<>(records.size());
        for (R record : records) {
            ids.add(RecordHandle.idOf(nonNull(record, "containsAny")));
        }
        return Domain.leaf(name(), "in", ids);
    }

    /** Odoo 17+: at least one related record matches {@code condition}: {@code (name, 'any', condition)}. */
    public Domain any(Domain condition) {
        return Domain.leaf(name(), "any", condition.toWire());
    }

    /**
     * This relation with the fields of its target to bring along in a {@link FetchPlan}, such as
     * {@code TodoTaskModel.USER.then(ResUsersModel.NAME)}; without arguments, the related ids only.
     */
    public FetchPath then(FetchPath... targetFields) {
        return new RelationPath(name(), List.of(targetFields));
    }
}

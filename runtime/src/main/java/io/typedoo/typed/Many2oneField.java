package io.typedoo.typed;

import io.typedoo.domain.Domain;
import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.internal.record.RelationField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A many2one field read as a record of the target model.
 *
 * @param <R> the target's model interface, such as {@code ResUsers}
 */
public final class Many2oneField<R> extends Field implements RelationField {

    private final Supplier<? extends DeclaredModel<? extends R>> target;

    private Many2oneField(String name, Supplier<? extends DeclaredModel<? extends R>> target) {
        super(name);
        this.target = target;
    }

    /**
     * A many2one field named {@code name}. The target is given lazily, such as {@code ResUsersModel::info},
     * so that models that refer to each other initialise in any order.
     */
    public static <R> Many2oneField<R> of(String name, Supplier<? extends DeclaredModel<? extends R>> target) {
        return new Many2oneField<>(name, target);
    }

    @Override
    public DeclaredModel<? extends R> target() {
        return target.get();
    }

    /** {@code (name, '=', id)}. */
    public Domain eq(long id) {
        return Domain.leaf(name(), "=", id);
    }

    /** {@code (name, '=', record.id)}. */
    public Domain eq(R record) {
        return Domain.leaf(name(), "=", RecordHandle.idOf(nonNull(record, "eq")));
    }

    /** {@code (name, 'in', ids of records)}. */
    public Domain in(Collection<? extends R> records) {
        List<Long> ids = new ArrayList<>(records.size());
        for (R record : records) {
            ids.add(RecordHandle.idOf(nonNull(record, "in")));
        }
        return Domain.leaf(name(), "in", ids);
    }

    /** {@code (name, 'in', ids of records)}. */
    @SafeVarargs
    public final Domain in(R... records) {
        List<Long> ids = new ArrayList<>(records.length);
        for (R record : records) {
            ids.add(RecordHandle.idOf(nonNull(record, "in")));
        }
        return Domain.leaf(name(), "in", ids);
    }

    /** {@code (name, 'in', ids)}. */
    public Domain inIds(Collection<Long> ids) {
        return Domain.leaf(name(), "in", nonNullIds(ids, "inIds"));
    }

    /** Odoo 17+: the related record matches {@code condition}: {@code (name, 'any', condition)}. */
    public Domain any(Domain condition) {
        return Domain.leaf(name(), "any", condition.toWire());
    }

    /**
     * This relation with the fields of its target to bring along in a {@link FetchPlan}, such as
     * {@code TodoTaskModel.USER.then(ResUsersModel.NAME)}; without arguments, the related ids only. The target's
     * {@code display_name} alone ({@code USER.then(ResUsersModel.DISPLAY_NAME)}, where the target interface declares
     * it) is the cheapest: a plan that nests nothing else comes by {@code search_read}, as {@code [id,
     * display_name]} pairs.
     */
    public FetchPath then(FetchPath... targetFields) {
        return new RelationPath(name(), List.of(targetFields));
    }
}

package io.typedoo.typed;

import io.typedoo.error.OdooEmptyValueException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooSelectionValueException;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.UnknownSelectionValue;
import io.typedoo.internal.record.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The base of generated record classes, such as {@code TodoTaskRecord}: a live handle on one record of one model.
 * It holds the id only; values live in the {@link RecordGroup} the record arrived with, and load on first use for
 * the whole group. Records are cheap and safe to share between threads; two handles on the same model and id are
 * equal.
 */
public abstract class RecordHandle {

    private final RecordGroup group;
    private final long id;

    /** For generated subclasses. */
    protected RecordHandle(RecordGroup group, long id) {
        this.group = group;
        this.id = id;
    }

    /** The record's database id. */
    public final long id() {
        return id;
    }

    /** The Odoo model name, such as {@code todo.task}. */
    public final String modelName() {
        return group.model().name();
    }

    /**
     * Forgets the cached values of this record and of the records that arrived with it, so that the next read
     * loads fresh values, again for the whole group in one call.
     */
    public final void refresh() {
        group.invalidate();
    }

    /** The value of a field that the interface declares non-null. */
    protected final <T> T get(ScalarField<T> field) {
        T value = getOrNull(field);
        if (value == null) {
            throw new OdooEmptyValueException(modelName() + "(" + id + ")." + field.name()
                    + " is empty, but the model interface declares it non-null; declare the accessor @Nullable",
                    group.client().site(modelName(), "read"));
        }
        return value;
    }

    /** The value of a field, or null where Odoo has none. */
    protected final <T> @Nullable T getOrNull(ScalarField<T> field) {
        try {
            return field.type().fromWire(group.value(id, field.name()));
        } catch (UnknownSelectionValue e) {
            throw unknownSelection(field.name(), "read", e);
        }
    }

    /** The related record of a many2one field that the interface declares non-null. */
    protected final <R> R many2one(Many2oneField<R> field) {
        R value = many2oneOrNull(field);
        if (value == null) {
            throw new OdooEmptyValueException(modelName() + "(" + id + ")." + field.name()
                    + " is empty, but the model interface declares it non-null; declare the accessor @Nullable",
                    group.client().site(modelName(), "read"));
        }
        return value;
    }

    /** The related record of a many2one field, or null where it is empty. */
    protected final <R> @Nullable R many2oneOrNull(Many2oneField<R> field) {
        return group.many2one(id, field);
    }

    /** The related records of a one2many or many2many field. */
    protected final <R> List<R> x2many(X2manyField<R> field) {
        return group.x2many(id, field);
    }

    /**
     * Calls the Odoo model method {@code method} on this record, {@code method([id], *args)}, and reads a
     * non-null result. The record's cached values are dropped, since the method may change them.
     */
    protected final <T> T call(String method, ValueType<T> result, @Nullable Object... args) {
        T value = callOrNull(method, result, args);
        if (value == null) {
            throw new OdooEmptyValueException(modelName() + "." + method + " returned an empty value (False), but the"
                    + " model interface declares a non-null result; declare it @Nullable",
                    group.client().site(modelName(), method));
        }
        return value;
    }

    /** {@link #call} for a result that may be empty. */
    protected final <T> @Nullable T callOrNull(String method, ValueType<T> result, @Nullable Object... args) {
        Object wire = invoke(method, args);
        try {
            return result.fromWire(wire);
        } catch (UnknownSelectionValue e) {
            throw unknownSelection(method, method, e);
        }
    }

    private OdooSelectionValueException unknownSelection(String member, String odooMethod, UnknownSelectionValue e) {
        return new OdooSelectionValueException(modelName(), id, member, e.value(), e.enumType(),
                group.client().site(modelName(), odooMethod));
    }

    /**
     * Calls a model method whose result is not used. A method that returns Python {@code None} (which XML-RPC
     * cannot send) has run and committed: that is success here.
     */
    protected final void callVoid(String method, @Nullable Object... args) {
        try {
            invoke(method, args);
        } catch (OdooNoneResultException e) {
            // The method ran and committed; it just had nothing to return.
        }
    }

    private @Nullable Object invoke(String method, @Nullable Object[] args) {
        Object[] wire = new Object[args.length + 1];
        wire[0] = List.of(id);
        for (int i = 0; i < args.length; i++) {
            wire[i + 1] = ValueType.anyToWire(args[i]);
        }
        try {
            return group.client().execute(modelName(), method, Arrays.asList(wire), Map.of());
        } finally {
            group.forget(id);
        }
    }

    RecordGroup group() {
        return group;
    }

    /** The id of a record handle; anything else is a programming error named in the message. */
    static long idOf(@Nullable Object record) {
        if (record instanceof RecordHandle handle) {
            return handle.id;
        }
        throw new IllegalArgumentException("Expected a record read through typedoo (such as one returned by search"
                + " or browse), got " + (record == null ? "null" : record.getClass().getName()));
    }

    @Override
    public final boolean equals(@Nullable Object o) {
        return o instanceof RecordHandle other && other.id == id && other.modelName().equals(modelName());
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(id) * 31 + modelName().hashCode();
    }

    /** Such as {@code todo.task(5)}. */
    @Override
    public String toString() {
        return modelName() + "(" + id + ")";
    }
}

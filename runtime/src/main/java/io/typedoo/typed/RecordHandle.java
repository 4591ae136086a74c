package io.typedoo.typed;

import io.typedoo.error.OdooEmptyValueException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.ValueType;
import java.util.LinkedHashMap;
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
        return field.type().fromWire(group.value(id, field.name()));
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
     * Calls the Odoo model method {@code method} on this record with named arguments,
     * {@code method(ids=[id], **arguments)}, and reads a non-null result. The record's cached values are dropped,
     * since the method may change them.
     *
     * @param arguments the arguments by their Python parameter names, see {@link #arguments}
     */
    protected final <T> T call(String method, ValueType<T> result, Map<String, ?> arguments) {
        T value = result.fromWire(invoke(method, arguments));
        if (value == null) {
            throw new OdooEmptyValueException(modelName() + "." + method + " returned an empty value (False), but the"
                    + " model interface declares a non-null result; declare it @Nullable",
                    group.client().site(modelName(), method));
        }
        return value;
    }

    /** {@link #call} for a result that may be empty. */
    protected final <T> @Nullable T callOrNull(String method, ValueType<T> result, Map<String, ?> arguments) {
        return result.fromWire(invoke(method, arguments));
    }

    /**
     * Calls a model method whose result is not used. A method that returns Python {@code None} (which XML-RPC
     * cannot send) has run and committed: that is success here.
     */
    protected final void callVoid(String method, Map<String, ?> arguments) {
        try {
            invoke(method, arguments);
        } catch (OdooNoneResultException e) {
            // The method ran and committed; it just had nothing to return.
        }
    }

    /**
     * Named arguments from pairs of a Python parameter name and a value, such as
     * {@code arguments("partner_id", borrower, "days", days)}; values may be null.
     */
    protected static Map<String, @Nullable Object> arguments(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments takes pairs of a name and a value");
        }
        Map<String, @Nullable Object> named = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            named.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return named;
    }

    private @Nullable Object invoke(String method, Map<String, ?> arguments) {
        Map<String, @Nullable Object> named = new LinkedHashMap<>();
        named.put("ids", List.of(id));
        arguments.forEach((name, value) -> named.put(name, ValueType.anyToWire(value)));
        try {
            return group.client().call(modelName(), method, named);
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

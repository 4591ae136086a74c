package io.typedoo.typed;

import io.typedoo.error.OdooEmptyValueException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooSelectionValueException;
import io.typedoo.error.OdooValueException;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.UnknownSelectionValue;
import io.typedoo.internal.record.ValueType;
import java.util.ArrayList;
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
        Object wire = group.value(id, field.name());
        try {
            return field.type().fromWire(wire);
        } catch (UnknownSelectionValue e) {
            throw unknownSelection(field.name(), "read", e);
        } catch (OdooException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value the declared type cannot hold (a date such as 2026-13-45, text for a number): the server's.
            throw new OdooValueException(OdooValueException.describe(modelName(), field.name(), id,
                    "cannot read the value as " + field.type() + ": " + e.getMessage()),
                    group.client().site(modelName(), "read"), modelName(), field.name(), id, e);
        }
    }

    private <T> @Nullable T result(String method, ValueType<T> type, @Nullable Object wire) {
        try {
            return type.fromWire(wire);
        } catch (UnknownSelectionValue e) {
            throw unknownSelection(method, method, e);
        } catch (OdooException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OdooValueException(OdooValueException.describe(modelName(), null, id,
                    method + " returned a value that cannot be read as " + type + ": " + e.getMessage()),
                    group.client().site(modelName(), method), modelName(), null, id, e);
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
     * Calls the Odoo model method {@code method} on this record with named arguments,
     * {@code method(ids=[id], **arguments)}, and reads a non-null result. The record's cached values are dropped,
     * since the method may change them.
     *
     * @param arguments the arguments by their Python parameter names, see {@link #arguments}
     */
    protected final <T> T call(String method, ValueType<T> result, Map<String, ?> arguments) {
        T value = result(method, result, invoke(method, arguments));
        if (value == null) {
            throw new OdooEmptyValueException(modelName() + "." + method + " returned an empty value (False), but the"
                    + " model interface declares a non-null result; declare it @Nullable",
                    group.client().site(modelName(), method));
        }
        return value;
    }

    /** {@link #call} for a result that may be empty. */
    protected final <T> @Nullable T callOrNull(String method, ValueType<T> result, Map<String, ?> arguments) {
        return result(method, result, invoke(method, arguments));
    }

    private OdooSelectionValueException unknownSelection(String member, String odooMethod, UnknownSelectionValue e) {
        return new OdooSelectionValueException(modelName(), id, member, e.value(), e.enumType(),
                group.client().site(modelName(), odooMethod));
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

    /**
     * The record with the values it has loaded, such as {@code TodoTask(id=7, name=Call the bank, is_done=false,
     * user_id=res.users(2), tag_ids=todo.task.tag[3, 4])}: the model interface's simple name, then each declared
     * field that is loaded, by its Odoo name, in declaration order. Never calls the server, so a record nothing was
     * read of yet shows its id only ({@code TodoTask(id=7)}). Long texts are cut, binary values show their size.
     */
    @Override
    public String toString() {
        Map<String, @Nullable Object> loaded = group.loaded(id);
        StringBuilder out = new StringBuilder(typeName()).append("(id=").append(id);
        for (Field field : group.model().fields()) {
            if (loaded.containsKey(field.name())) {
                out.append(", ").append(field.name()).append('=').append(show(field, loaded.get(field.name())));
            }
        }
        return out.append(')').toString();
    }

    /** The model interface the generated class implements, such as {@code TodoTask}; else the Odoo model name. */
    private String typeName() {
        Class<?>[] interfaces = getClass().getInterfaces();
        return interfaces.length == 0 ? modelName() : interfaces[0].getSimpleName();
    }

    private static String show(Field field, @Nullable Object wire) {
        if (wire == null || Boolean.FALSE.equals(wire) && !(field instanceof BooleanField)) {
            return "null";
        }
        try {
            if (field instanceof Many2oneField<?> many2one) {
                return many2one.target().name() + "(" + ValueType.idOrNumber(wire).longValue() + ")";
            }
            if (field instanceof X2manyField<?> x2many && wire instanceof List<?> list) {
                List<Long> ids = new ArrayList<>(list.size());
                for (Object element : list) {
                    ids.add(ValueType.idOrNumber(element).longValue());
                }
                return x2many.target().name() + ids;
            }
            Object value = field instanceof ScalarField<?> scalar ? scalar.type().fromWire(wire) : wire;
            if (value instanceof byte[] bytes) {
                return "<" + bytes.length + " bytes>";
            }
            String text = String.valueOf(value);
            return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
        } catch (RuntimeException e) {
            return String.valueOf(wire);   // toString never fails, even on a value the type cannot read
        }
    }

    /** How much of a text value {@link #toString()} shows. */
    private static final int MAX_SHOWN = 60;
}

package io.typedoo.typed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base of generated values builders, such as {@code TodoTaskValues}: the field values of one create or write,
 * kept in Odoo's wire form. Only the fields that were set are sent. Not thread-safe: build, then pass on.
 *
 * @param <V> the generated builder, returned by every setter for chaining
 */
public abstract class RecordValues<V extends RecordValues<V>> {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** For generated subclasses. */
    protected RecordValues() {
    }

    /** {@code this}, typed as the generated builder. */
    protected abstract V self();

    /** Sets a scalar field; null clears it (sent as {@code False}). */
    protected final <T> V set(ScalarField<T> field, @Nullable T value) {
        values.put(field.name(), value == null ? Boolean.FALSE : field.type().toWire(value));
        return self();
    }

    /** Sets a one2many or many2many field read as ids, replacing its content: {@code (6, 0, ids)}. */
    protected final V setIds(IdsField field, List<Long> ids) {
        values.put(field.name(), X2many.setIds(ids).toWire());
        return self();
    }

    /** Changes a one2many or many2many field read as ids. */
    protected final V change(IdsField field, X2many<?> change) {
        values.put(field.name(), change.toWire());
        return self();
    }

    /** Sets a many2one field to {@code record}; null clears it. */
    protected final <R> V set(Many2oneField<R> field, @Nullable R record) {
        values.put(field.name(), record == null ? Boolean.FALSE : RecordHandle.idOf(record));
        return self();
    }

    /** Sets a many2one field to the record {@code id}. */
    protected final V setId(Many2oneField<?> field, long id) {
        values.put(field.name(), id);
        return self();
    }

    /** Changes a one2many or many2many field. */
    protected final <R> V change(X2manyField<R> field, X2many<? extends R> change) {
        values.put(field.name(), change.toWire());
        return self();
    }

    /** The Odoo names of the fields set so far. */
    public final Set<String> fieldNames() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** True when no field was set. */
    public final boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values as {@code create} and {@code write} take them: a copy, unaffected by later setters. */
    public final Map<String, Object> toWire() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The values themselves, without a copy, for a call that sends them at once: a 1,000-record create copies no
     * map. Never handed to user code.
     */
    final Map<String, Object> wireView() {
        return values;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }
}

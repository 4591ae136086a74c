package io.typedoo.typed;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of generated model classes, such as {@code TodoTaskModel}: one declared Odoo model bound to an
 * {@link OdooClient}. Searches return generated records that share a {@link RecordGroup}, so reading them costs
 * one call for the whole result; against Odoo 17 and later a search also brings the declared fields of related
 * records, in one {@code web_search_read} call. Thread-safe.
 *
 * @param <T> the model interface, such as {@code TodoTask}
 * @param <H> the generated record class, such as {@code TodoTaskRecord}
 * @param <V> the generated values builder, such as {@code TodoTaskValues}
 */
public abstract class RecordModel<T, H extends T, V extends RecordValues<V>> {

    private final OdooClient client;
    private final DeclaredModel<H> info;
    private final Supplier<V> newValues;

    /** For generated subclasses. */
    protected RecordModel(OdooClient client, DeclaredModel<H> info, Supplier<V> newValues) {
        this.client = client;
        this.info = info;
        this.newValues = newValues;
    }

    /** The client this model calls through. */
    public final OdooClient client() {
        return client;
    }

    /** The Odoo model name, such as {@code todo.task}. */
    public final String modelName() {
        return info.name();
    }

    /** How many records there are: {@code search_count([])}. */
    public final long count() {
        return count(Domain.all());
    }

    /** How many records match {@code domain}: {@code search_count}. */
    public final long count(Domain domain) {
        Object answer = client.execute(info.name(), "search_count", List.of(domain.toWire()));
        if (answer instanceof Number n) {
            return n.longValue();
        }
        throw unexpected("search_count", answer);
    }

    /** Every record matching {@code domain}, in the model's default order. */
    public final List<H> search(Domain domain) {
        return search(domain, Page.all(), null);
    }

    /** The records of {@code page} among those matching {@code domain}. */
    public final List<H> search(Domain domain, Page page) {
        return search(domain, page, null);
    }

    /** Every record matching {@code domain}, in {@code order}. */
    public final List<H> search(Domain domain, Order order) {
        return search(domain, Page.all(), order);
    }

    /**
     * The records of {@code page} among those matching {@code domain} in {@code order}, with their declared
     * fields: one {@code web_search_read} call with a nested specification against Odoo 17 and later (which also
     * brings the declared fields of related records), one {@code search_read} call before.
     *
     * @param order the order, or null for the model's default order
     */
    public final List<H> search(Domain domain, Page page, @Nullable Order order) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (page.offset() > 0) {
            kwargs.put("offset", page.offset());
        }
        if (!page.isUnlimited()) {
            kwargs.put("limit", page.limit());
        }
        if (order != null) {
            kwargs.put("order", order.toWire());
        }
        List<?> rows;
        String method;
        if (client.version().hasWebSearchReadSpecification()) {
            method = "web_search_read";
            Object answer = client.execute(info.name(), method, List.of(domain.toWire(), info.specification()), kwargs);
            if (!(answer instanceof Map<?, ?> result) || !(result.get("records") instanceof List<?> records)) {
                throw unexpected(method, answer);
            }
            rows = records;
        } else {
            method = "search_read";
            kwargs.put("fields", info.fieldNames());
            Object answer = client.execute(info.name(), method, List.of(domain.toWire()), kwargs);
            if (!(answer instanceof List<?> records)) {
                throw unexpected(method, answer);
            }
            rows = records;
        }
        RecordGroup group = new RecordGroup(client, info, List.of());
        List<H> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            if (!(row instanceof Map<?, ?> values) || !(values.get("id") instanceof Number id)) {
                throw unexpected(method, row);
            }
            group.prefill(id.longValue(), values);
            result.add(info.newRecord(group, id.longValue()));
        }
        return List.copyOf(result);
    }

    /** A handle on the record {@code id}, without a call; its values load on first use. */
    public final H browse(long id) {
        return info.newRecord(new RecordGroup(client, info, List.of(id)), id);
    }

    /** Handles on the records {@code ids}, without a call; the first read loads all of them in one call. */
    public final List<H> browse(Collection<Long> ids) {
        RecordGroup group = new RecordGroup(client, info, ids);
        List<H> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            result.add(info.newRecord(group, id));
        }
        return List.copyOf(result);
    }

    /** A new, empty values builder. */
    public final V values() {
        return newValues.get();
    }

    /** Creates one record: {@code create(values)}. */
    public final H create(V values) {
        Object answer = client.execute(info.name(), "create", List.of(values.toWire()));
        if (answer instanceof Number id) {
            return browse(id.longValue());
        }
        if (answer instanceof List<?> list && list.size() == 1 && list.get(0) instanceof Number id) {
            return browse(id.longValue());
        }
        throw unexpected("create", answer);
    }

    /** Creates one record with the values {@code fill} sets. */
    public final H create(Consumer<? super V> fill) {
        V values = newValues.get();
        fill.accept(values);
        return create(values);
    }

    /** Creates many records in one call: {@code create([values, ...])}. */
    public final List<H> createAll(Collection<? extends V> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> wire = new ArrayList<>(all.size());
        for (V values : all) {
            wire.add(values.toWire());
        }
        Object answer = client.execute(info.name(), "create", List.of(wire));
        if (!(answer instanceof List<?> list) || list.size() != all.size()) {
            throw unexpected("create", answer);
        }
        List<Long> ids = new ArrayList<>(list.size());
        for (Object id : list) {
            ids.add(ValueType.idOrNumber(id == null ? Boolean.FALSE : id).longValue());
        }
        return browse(ids);
    }

    /** Writes {@code values} on {@code record}; its cached values of those fields are dropped. */
    public final void write(T record, V values) {
        write(List.of(record), values);
    }

    /** Writes the values {@code fill} sets on {@code record}. */
    public final void write(T record, Consumer<? super V> fill) {
        write(List.of(record), fill);
    }

    /** Writes the values {@code fill} sets on every one of {@code records}, in one call. */
    public final void write(Collection<? extends T> records, Consumer<? super V> fill) {
        V values = newValues.get();
        fill.accept(values);
        write(records, values);
    }

    /**
     * Writes {@code values} on every one of {@code records} in one call: {@code write(ids, values)}. The cached
     * values of the written fields are dropped, so the next read loads what the server stored.
     */
    public final void write(Collection<? extends T> records, V values) {
        if (records.isEmpty() || values.isEmpty()) {
            return;
        }
        List<RecordHandle> handles = handles(records);
        client.execute(info.name(), "write", List.of(ids(handles), values.toWire()));
        for (RecordHandle h : handles) {
            h.group().forget(h.id(), values.fieldNames());
        }
    }

    /** Deletes {@code record}. */
    public final void unlink(T record) {
        unlink(List.of(record));
    }

    /** Deletes {@code records} in one call; reading them afterwards throws {@code OdooMissingRecordException}. */
    public final void unlink(Collection<? extends T> records) {
        if (records.isEmpty()) {
            return;
        }
        List<RecordHandle> handles = handles(records);
        client.execute(info.name(), "unlink", List.of(ids(handles)));
        for (RecordHandle h : handles) {
            h.group().drop(h.id());
        }
    }

    private List<RecordHandle> handles(Collection<? extends T> records) {
        List<RecordHandle> handles = new ArrayList<>(records.size());
        for (T record : records) {
            if (!(record instanceof RecordHandle h) || !h.modelName().equals(info.name())) {
                throw new IllegalArgumentException("Expected records of " + info.name()
                        + " read through typedoo (from search, browse or create), got " + record);
            }
            handles.add(h);
        }
        return handles;
    }

    private static List<Long> ids(List<RecordHandle> handles) {
        List<Long> ids = new ArrayList<>(handles.size());
        for (RecordHandle h : handles) {
            ids.add(h.id());
        }
        return ids;
    }

    private OdooProtocolException unexpected(String method, @Nullable Object answer) {
        return new OdooProtocolException(method + " answered an unexpected value: " + answer,
                client.site(info.name(), method), null);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + info.name() + ", " + client + "]";
    }
}

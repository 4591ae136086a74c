package io.typedoo.untyped;

import io.typedoo.client.Context;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooNoneResultException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.value.Many2one;
import io.typedoo.value.WireConversions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The untyped layer for one Odoo model, in the spirit of ERPpeek: every common ORM call in one line, with Odoo's
 * values turned into Java values, for models nobody declared and for scripts.
 *
 * <pre>{@code
 * Model partners = odoo.model("res.partner");
 * long companies = partners.count(Domain.parse("[('is_company', '=', True)]"));
 * List<Row> rows = partners.searchRead(Domain.leaf("name", "ilike", "wood"),
 *         SearchOptions.of().limit(5).order("name"), "name", "parent_id");
 * long id = partners.create(Map.of("name", "ACME"));
 * }</pre>
 *
 * <p>Each method is one round trip. A model is immutable and thread-safe; {@link #withContext} derives one with
 * more context ({@code lang}, {@code tz}, {@code active_test}, ...). Errors are the unchecked
 * {@link io.typedoo.error.OdooException}s, naming the server, database, model and method.
 */
public final class Model {

    private final OdooClient client;
    private final String name;

    /**
     * @param client the client to call through (its context is sent with every call)
     * @param name the technical model name, such as {@code res.partner}
     */
    public Model(OdooClient client, String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A model name such as res.partner is required");
        }
        this.client = client;
        this.name = name;
    }

    /** The technical model name. */
    public String name() {
        return name;
    }

    /** The client this model calls through. */
    public OdooClient client() {
        return client;
    }

    /** The context sent with every call of this model. */
    public Context context() {
        return client.context();
    }

    /** This model with {@code more} added to the context of every call; the added keys win. */
    public Model withContext(Context more) {
        return new Model(client.withContext(more), name);
    }

    /** The number of records ({@code search_count} with the empty domain). */
    public long count() {
        return count(Domain.all());
    }

    /** The number of records matching {@code domain} ({@code search_count}). */
    public long count(Domain domain) {
        return asLong(call("search_count", List.of(domain), Map.of()), "search_count");
    }

    /** The ids of every record matching {@code domain}, in the model's default order. */
    public List<Long> search(Domain domain) {
        return search(domain, SearchOptions.of());
    }

    /** The ids of the records matching {@code domain}, paged and ordered by {@code options}. */
    public List<Long> search(Domain domain, SearchOptions options) {
        return asIds(call("search", List.of(domain), pagingKwargs(options, new String[0])), "search");
    }

    /**
     * Reads records by id ({@code read}). Ids that no longer exist are left out (Odoo does not fail).
     *
     * @param fields the fields to read; none reads every field, which can be slow on big models
     */
    public List<Row> read(Collection<Long> ids, String... fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> kwargs = fields.length == 0 ? Map.of() : Map.of("fields", List.of(fields));
        return asRecords(call("read", List.of(new ArrayList<>(ids)), kwargs), "read");
    }

    /** The records matching {@code domain} with the given fields, in one round trip ({@code search_read}). */
    public List<Row> searchRead(Domain domain, String... fields) {
        return searchRead(domain, SearchOptions.of(), fields);
    }

    /** The records matching {@code domain}, paged and ordered, with the given fields ({@code search_read}). */
    public List<Row> searchRead(Domain domain, SearchOptions options, String... fields) {
        return asRecords(call("search_read", List.of(domain), pagingKwargs(options, fields)), "search_read");
    }

    /** Creates one record and returns its id. */
    public long create(Map<String, ?> values) {
        Object created = call("create", List.of(values), Map.of());
        // JSON-2 returns the new recordset as a list of ids even for a single dict: [9]
        if (created instanceof List<?> list && list.size() == 1) {
            return asLong(list.get(0), "create");
        }
        return asLong(created, "create");
    }

    /** Creates several records in one round trip and returns their ids, in order. */
    public List<Long> create(List<? extends Map<String, ?>> valuesList) {
        if (valuesList.isEmpty()) {
            return List.of();
        }
        return asIds(call("create", List.of(valuesList), Map.of()), "create");
    }

    /** Writes the same values to every record of {@code ids}. */
    public void write(Collection<Long> ids, Map<String, ?> values) {
        if (ids.isEmpty()) {
            return;
        }
        call("write", List.of(new ArrayList<>(ids), values), Map.of());
    }

    /** Deletes the records. */
    public void unlink(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        call("unlink", List.of(new ArrayList<>(ids)), Map.of());
    }

    /**
     * Describes the model's fields ({@code fields_get}), in the server's order.
     *
     * @param attributes the attributes to fetch, such as {@code "string", "type", "required", "relation",
     *     "selection"}; none fetches all of them (large)
     */
    public Map<String, FieldInfo> fieldsGet(String... attributes) {
        Map<String, Object> kwargs = attributes.length == 0 ? Map.of() : Map.of("attributes", List.of(attributes));
        Object raw = call("fields_get", List.of(), kwargs);
        if (!(raw instanceof Map<?, ?> map)) {
            throw unexpected("fields_get", "a struct of fields", raw);
        }
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        map.forEach((field, attrs) -> {
            Map<String, Object> typed = new LinkedHashMap<>();
            if (attrs instanceof Map<?, ?> a) {
                a.forEach((k, v) -> typed.put(String.valueOf(k), v));
            }
            fields.put(String.valueOf(field), FieldInfo.fromWire(String.valueOf(field), typed));
        });
        return Collections.unmodifiableMap(fields);
    }

    /** Up to 100 records whose display name contains {@code text} ({@code name_search}, case-insensitive). */
    public List<Many2one> nameSearch(String text) {
        return nameSearch(text, Domain.all(), 100);
    }

    /** Up to {@code limit} records matching {@code domain} whose display name contains {@code text}. */
    public List<Many2one> nameSearch(String text, Domain domain, int limit) {
        // The domain goes by position: Odoo 16 named the parameter `args`, 17 and later `domain`.
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("limit", limit);
        Object raw = call("name_search", domain.isEmpty() ? List.of(text) : List.of(text, domain), kwargs);
        if (!(raw instanceof List<?> list)) {
            throw unexpected("name_search", "a list of [id, name] pairs", raw);
        }
        List<Many2one> found = new ArrayList<>(list.size());
        for (Object pair : list) {
            Many2one m;
            try {
                m = WireConversions.toMany2one(pair);
            } catch (IllegalArgumentException e) {
                throw unexpected("name_search", "a list of [id, name] pairs", raw);
            }
            if (m != null) {
                found.add(m);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Calls any public method of the model ({@code execute_kw}) and returns its raw result.
     *
     * @param args positional arguments; for a method on records, the ids come first: {@code List.of(ids)}
     * @param kwargs keyword arguments; a {@code context} entry is merged over the model's context
     * @throws OdooNoneResultException when the method returned None (it ran and committed); see {@link #callVoid}
     */
    public @Nullable Object call(String method, List<?> args, Map<String, ?> kwargs) {
        return client.execute(name, method, args, kwargs);
    }

    /**
     * Calls any public method of the model with named arguments, on every protocol:
     * {@code call("name_search", Map.of("name", "wood", "limit", 8))}. The key {@code ids} holds the records of a
     * method on records, {@code context} is merged over the model's context. See
     * {@link OdooClient#call(String, String, Map)}.
     *
     * @throws OdooNoneResultException when the method returned None (it ran and committed); see {@link #callVoid}
     */
    public @Nullable Object call(String method, Map<String, ?> arguments) {
        return client.call(name, method, arguments);
    }

    /** {@link #call(String, Map)} for a method's effect: a method returning None is a success here. */
    public void callVoid(String method, Map<String, ?> arguments) {
        try {
            call(method, arguments);
        } catch (OdooNoneResultException committed) {
            // The method ran and its transaction was committed: exactly what a void call asks for.
        }
    }

    /** {@link #call(String, List, Map)} without keyword arguments. */
    public @Nullable Object call(String method, List<?> args) {
        return call(method, args, Map.of());
    }

    /**
     * Calls a method for its effect, ignoring its result. A method returning None is a success here (Odoo cannot
     * send None: its XML-RPC faults after committing, its JSON-RPC leaves the result out).
     */
    public void callVoid(String method, List<?> args, Map<String, ?> kwargs) {
        try {
            call(method, args, kwargs);
        } catch (OdooNoneResultException committed) {
            // The method ran and its transaction was committed: exactly what a void call asks for.
        }
    }

    private Map<String, Object> pagingKwargs(SearchOptions options, String[] fields) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (fields.length > 0) {
            kwargs.put("fields", List.of(fields));
        }
        if (options.offset() > 0) {
            kwargs.put("offset", options.offset());
        }
        if (options.limit() != null) {
            kwargs.put("limit", options.limit());
        }
        if (options.order() != null) {
            kwargs.put("order", options.order());
        }
        return kwargs;
    }

    private long asLong(@Nullable Object raw, String method) {
        if (raw instanceof Long n) {
            return n;
        }
        throw unexpected(method, "an integer", raw);
    }

    private List<Long> asIds(@Nullable Object raw, String method) {
        try {
            if (raw instanceof List<?>) {
                return WireConversions.toIds(raw);
            }
        } catch (IllegalArgumentException e) {
            // reported below with the call site
        }
        throw unexpected(method, "a list of ids", raw);
    }

    private List<Row> asRecords(@Nullable Object raw, String method) {
        if (!(raw instanceof List<?> list)) {
            throw unexpected(method, "a list of records", raw);
        }
        List<Row> records = new ArrayList<>(list.size());
        for (Object row : list) {
            if (!(row instanceof Map<?, ?> map)) {
                throw unexpected(method, "a list of records", raw);
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((k, v) -> typed.put(String.valueOf(k), v));
            records.add(new Row(name, typed));
        }
        return Collections.unmodifiableList(records);
    }

    private OdooException unexpected(String method, String expected, @Nullable Object raw) {
        String shown = String.valueOf(raw);
        if (shown.length() > 120) {
            shown = shown.substring(0, 117) + "...";
        }
        return new OdooProtocolException("Expected " + expected + " from " + method + ", got " + shown,
                client.site(name, method), null);
    }

    @Override
    public String toString() {
        return "Model[" + name + ", " + client + "]";
    }
}

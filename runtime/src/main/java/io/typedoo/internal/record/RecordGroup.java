package io.typedoo.internal.record;

import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooMissingRecordException;
import io.typedoo.error.OdooNotLoadedException;
import io.typedoo.error.OdooProtocolException;
import io.typedoo.typed.Field;
import io.typedoo.typed.Many2oneField;
import io.typedoo.typed.X2manyField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records of one model that arrived together (one search, one browse, one create, or the targets of one
 * relation over such a group) and share a cache, as Odoo's own prefetching does: the first read of a field on
 * any of them reads the declared fields of all of them in one call, and following a relation on one of them
 * makes one group of the related records of all of them.
 *
 * <p>A strict group never loads on a read: a value it lacks throws {@link OdooNotLoadedException} instead of costing
 * a call (for UI and coroutine code, where a hidden round trip is a bug). Its values come from the search that made
 * it or from {@link #fetchAll}; the groups of its related records are strict too. A group is strict when its client
 * was built with {@code strictReads(true)} or once {@link #makeStrict()} was called.
 *
 * <p>Thread-safe: a group is locked while it loads. Locks are taken from a group to the groups of its
 * relations, never back.
 */
public final class RecordGroup {

    private final OdooClient client;
    private final DeclaredModel<?> info;
    private final Set<Long> ids = new LinkedHashSet<>();
    private final Map<Long, Map<String, @Nullable Object>> rows = new HashMap<>();
    private final Set<Long> gone = new HashSet<>();
    /** The groups of related records, one per target model: user and creator (both res.users) share one. */
    private final Map<DeclaredModel<?>, RecordGroup> related = new HashMap<>();

    /** Where what the code reads of these records is noted, for the next search at the same line; often none. */
    private final FetchProfile[] profiles;
    private final Set<String> noted;
    /** Set once, never cleared: see the class comment. */
    private volatile boolean strict;

    public RecordGroup(OdooClient client, DeclaredModel<?> info, Collection<Long> ids) {
        this(client, info, ids, NO_PROFILES);
    }

    public RecordGroup(OdooClient client, DeclaredModel<?> info, Collection<Long> ids, FetchProfile[] profiles) {
        this.client = client;
        this.info = info;
        this.ids.addAll(ids);
        this.profiles = profiles;
        this.noted = profiles.length == 0 ? Set.of() : new HashSet<>();
        this.strict = client.strictReads();
    }

    /** Odoo's computed name of every record, which {@code search_read} and {@code read} send with a many2one's id. */
    public static final String DISPLAY_NAME = "display_name";

    /** No profile: the group of a browse, a create, or a search with an explicit plan. */
    public static final FetchProfile[] NO_PROFILES = {};

    /** The model of the records of this group. */
    public DeclaredModel<?> model() {
        return info;
    }

    public OdooClient client() {
        return client;
    }

    /** The raw (normalised wire) value of {@code field} of record {@code id}, loading the group if needed. */
    public synchronized @Nullable Object value(long id, String field) {
        if (profiles.length > 0 && noted.add(field)) {
            for (FetchProfile p : profiles) {
                p.read(field);
            }
        }
        Map<String, @Nullable Object> row = rows.get(id);
        Object cached = row == null ? null : row.get(field);
        // One lookup for a cached value; containsKey only to tell a cached null from a missing one.
        if (cached != null) {
            return cached;
        }
        if (row == null || !row.containsKey(field)) {
            if (gone.contains(id)) {
                throw missing(id);
            }
            if (strict) {
                throw new OdooNotLoadedException(info.name(), id, field, client.site(info.name(), "read"));
            }
            ids.add(id);
            load(field);
            row = rows.get(id);
            if (row == null) {
                throw missing(id);
            }
        }
        return row.get(field);
    }

    public synchronized <R> @Nullable R many2one(long id, Many2oneField<R> field) {
        Object raw = value(id, field.name());
        if (raw == null || Boolean.FALSE.equals(raw)) {
            return null;
        }
        long targetId = ValueType.idOrNumber(raw).longValue();
        return field.target().newRecord(related(field), targetId);
    }

    public synchronized <R> List<R> x2many(long id, X2manyField<R> field) {
        Object raw = value(id, field.name());
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        RecordGroup targets = related(field);
        DeclaredModel<? extends R> target = field.target();
        List<R> records = new ArrayList<>(list.size());
        for (Object element : list) {
            records.add(target.newRecord(targets, ValueType.idOrNumber(element).longValue()));
        }
        return ReadOnlyRecords.of(records, () -> info.name() + "(" + id + ")." + field.name());
    }

    /**
     * The values of record {@code id} that are loaded, by Odoo field name, without a call: a copy, for
     * {@code toString}. Empty when nothing is loaded.
     */
    public synchronized Map<String, @Nullable Object> loaded(long id) {
        Map<String, @Nullable Object> row = rows.get(id);
        return row == null ? Map.of() : new HashMap<>(row);
    }

    /** True when reads of this group never load (see the class comment). */
    public boolean isStrict() {
        return strict;
    }

    /** Makes this group strict, and the groups of its related records with it (see the class comment). */
    public synchronized void makeStrict() {
        strict = true;
        for (RecordGroup group : related.values()) {
            group.makeStrict();
        }
    }

    /**
     * Loads what a read of these records could still need: every declared field of every record of the group, and
     * the same for the groups of their related records, {@code depth} relations deep. One {@code read} per group
     * that lacks something (none for what a search already brought), so that reads within that depth never call.
     * Allowed in a strict group: it is the explicit load.
     */
    public synchronized void fetchAll(int depth) {
        List<Long> missing = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Long id : ids) {
            if (gone.contains(id)) {
                continue;
            }
            Map<String, @Nullable Object> row = rows.get(id);
            boolean lacks = false;
            for (String name : info.fieldNames()) {
                if (row == null || !row.containsKey(name)) {
                    names.add(name);
                    lacks = true;
                }
            }
            if (lacks) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            read(missing, names);
        }
        if (depth <= 0) {
            return;
        }
        for (Field f : info.fields()) {
            if (f instanceof RelationField relation) {
                related(relation).fetchAll(depth - 1);
            }
        }
    }

    /** Takes values that arrived with the records (search_read, web_search_read), so no read is needed. */
    public synchronized void prefill(long id, Map<?, ?> values) {
        ids.add(id);
        Map<String, @Nullable Object> row = rows.get(id);
        if (row == null) {
            // Sized for the values, so that filling it never rehashes.
            row = new HashMap<>(values.size() * 4 / 3 + 1);
            rows.put(id, row);
        }
        for (Map.Entry<?, ?> e : values.entrySet()) {
            Object k = e.getKey();
            if (!"id".equals(k)) {
                row.put(k instanceof String name ? name : String.valueOf(k), e.getValue());
            }
        }
    }

    /** Drops the cached values of {@code fields} of record {@code id}, after a write. */
    public synchronized void forget(long id, Collection<String> fields) {
        Map<String, @Nullable Object> row = rows.get(id);
        if (row != null) {
            row.keySet().removeAll(fields);
        }
        if (related.isEmpty()) {
            return;
        }
        for (Field f : info.fields()) {
            if (f instanceof RelationField relation && fields.contains(f.name())) {
                related.remove(relation.target());
            }
        }
    }

    /** Drops every cached value of record {@code id}, after a model method that may have changed it. */
    public synchronized void forget(long id) {
        rows.remove(id);
        related.clear();
    }

    /** Marks record {@code id} deleted, after an unlink. */
    public synchronized void drop(long id) {
        rows.remove(id);
        gone.add(id);
    }

    /** Drops every cached value, so the next read re-reads the whole group in one call. */
    public synchronized void invalidate() {
        rows.clear();
        related.clear();
    }

    private void load(String field) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Map<String, @Nullable Object> row = rows.get(id);
            if (!gone.contains(id) && (row == null || !row.containsKey(field))) {
                missing.add(id);
            }
        }
        // The declared fields that some of these rows lack (all of them for records not read yet), not those that
        // arrived already: a second read of the group must not fetch again what the search brought.
        Set<String> names = new LinkedHashSet<>();
        for (String name : info.fieldNames()) {
            for (Long id : missing) {
                Map<String, @Nullable Object> row = rows.get(id);
                if (row == null || !row.containsKey(name)) {
                    names.add(name);
                    break;
                }
            }
        }
        names.add(field);
        read(missing, names);
    }

    /** One {@code read} of {@code names} for the records {@code missing}; those the server does not return are gone. */
    private void read(List<Long> missing, Set<String> names) {
        Object answer = client.execute(info.name(), "read", List.of(missing), Map.of("fields", List.copyOf(names)));
        if (!(answer instanceof List<?> found)) {
            throw new OdooProtocolException("read answered " + answer + " instead of a list of records",
                    client.site(info.name(), "read"), null);
        }
        Set<Long> returned = new HashSet<>();
        for (Object element : found) {
            if (element instanceof Map<?, ?> values && values.get("id") instanceof Number n) {
                prefill(n.longValue(), values);
                returned.add(n.longValue());
            }
        }
        for (Long id : missing) {
            if (!returned.contains(id)) {
                gone.add(id);
            }
        }
    }

    /**
     * The group of the records of {@code field}'s target model that any relation of this group points to: one
     * group per target model, not per field, so that a task's user and creator (both {@code res.users}) load in one
     * call. Values that came nested in the answer (web_search_read with a specification) fill its cache.
     */
    private RecordGroup related(RelationField field) {
        DeclaredModel<?> target = field.target();
        RecordGroup group = related.get(target);
        if (group != null) {
            return group;
        }
        Map<Long, @Nullable Map<?, ?>> targets = new LinkedHashMap<>();
        List<FetchProfile> targetProfiles = new ArrayList<>();
        boolean named = target.field(DISPLAY_NAME) != null;
        collectAll(field, named, targets);
        for (FetchProfile p : profiles) {
            targetProfiles.add(p.relation(field.name()));
        }
        for (Field f : info.fields()) {
            if (f instanceof RelationField relation && relation != field && relation.target() == target) {
                collectAll(relation, named, targets);
                for (FetchProfile p : profiles) {
                    targetProfiles.add(p.relation(relation.name()));
                }
            }
        }
        group = new RecordGroup(client, target, targets.keySet(), targetProfiles.toArray(NO_PROFILES));
        if (strict) {
            group.makeStrict();
        }
        for (Map.Entry<Long, @Nullable Map<?, ?>> e : targets.entrySet()) {
            Map<?, ?> values = e.getValue();
            if (values != null) {
                group.prefill(e.getKey(), values);
            }
        }
        related.put(target, group);
        return group;
    }

    /**
     * The ids {@code field} points to over this group, with the values that came with them: the fields nested in a
     * {@code web_search_read} answer, or the display name of a {@code search_read} or {@code read} pair when
     * {@code named} (the target declares {@code display_name}).
     */
    private void collectAll(RelationField field, boolean named, Map<Long, @Nullable Map<?, ?>> targets) {
        for (Long id : ids) {
            Map<String, @Nullable Object> row = rows.get(id);
            if (row == null) {
                continue;
            }
            Object raw = row.get(field.name());
            if (field instanceof Many2oneField<?>) {
                collect(raw, named, targets);
            } else if (raw instanceof List<?> list) {
                for (Object element : list) {
                    collect(element, false, targets);
                }
            }
        }
    }

    private static void collect(@Nullable Object raw, boolean named, Map<Long, @Nullable Map<?, ?>> targets) {
        if (raw == null || Boolean.FALSE.equals(raw)) {
            return;
        }
        long id = ValueType.idOrNumber(raw).longValue();
        Map<?, ?> values = null;
        if (raw instanceof Map<?, ?> nested) {
            values = nested;
        } else if (named && raw instanceof List<?> pair && pair.size() == 2 && pair.get(1) != null) {
            // The pair's second element is the display name (never the name: they differ on many models).
            values = Map.of(DISPLAY_NAME, pair.get(1));
        }
        if (values == null) {
            targets.putIfAbsent(id, null);
            return;
        }
        Map<?, ?> before = targets.get(id);
        if (before == null) {
            targets.put(id, values);
        } else if (!before.keySet().containsAll(values.keySet())) {
            // Another relation to the same record brought other values of it: keep both. (The same values again,
            // as when a task's user is its creator, cost no copy: a page of such tasks would copy a map per task.)
            Map<Object, @Nullable Object> both = new HashMap<>(before);
            both.putAll(values);
            targets.put(id, both);
        }
    }

    private OdooMissingRecordException missing(long id) {
        return new OdooMissingRecordException("Record " + info.name() + "(" + id + ") does not exist (any more)",
                client.site(info.name(), "read"), null, null);
    }

    @Override
    public String toString() {
        synchronized (this) {
            return info.name() + ids;
        }
    }
}

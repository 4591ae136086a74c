package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One call's view of the {@link Store}: changes apply at once (so the call reads its own writes) and are
 * remembered, so that {@link #rollback()} can undo them when the call fails, and {@link #changes()} can be
 * journalled when it succeeds. Read-only transactions refuse changes.
 */
final class Transaction {

    /** A row as it is after the transaction; {@code row == null} means deleted. */
    record Change(String model, long id, @Nullable Map<String, Object> row) {
    }

    private record Key(String model, long id) {
    }

    private final Store store;
    private final boolean writable;
    private final Map<Key, Map<String, Object>> before = new LinkedHashMap<>();
    private final Map<Key, Boolean> touched = new LinkedHashMap<>();
    private final Set<String> advanced = new LinkedHashSet<>();
    private long version;

    Transaction(Store store, boolean writable) {
        this.store = store;
        this.writable = writable;
    }

    /** Counts changes, so that caches built from the rows know when they are stale. */
    long version() {
        return version;
    }

    @Nullable Map<String, Object> row(String model, long id) {
        return store.row(model, id);
    }

    Collection<Map<String, Object>> rows(String model) {
        return store.rows(model);
    }

    Store store() {
        return store;
    }

    /** Takes the next id of a model's sequence; it stays taken even if the transaction fails. */
    long reserveId(String model) {
        checkWritable();
        advanced.add(model);
        return store.allocateId(model);
    }

    void insert(String model, long id, Map<String, Object> row) {
        checkWritable();
        remember(model, id);
        store.put(model, id, row);
    }

    void update(String model, long id, Map<String, Object> changes) {
        checkWritable();
        Map<String, Object> current = Objects.requireNonNull(store.row(model, id), "no row");
        remember(model, id);
        Map<String, Object> next = new LinkedHashMap<>(current);
        next.putAll(changes);
        store.put(model, id, next);
    }

    void delete(String model, long id) {
        checkWritable();
        if (store.row(model, id) != null) {
            remember(model, id);
            store.put(model, id, null);
        }
    }

    boolean hasChanges() {
        return !touched.isEmpty();
    }

    /** The rows changed by this transaction, as they are now. */
    List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (Key key : touched.keySet()) {
            out.add(new Change(key.model(), key.id(), store.row(key.model(), key.id())));
        }
        return out;
    }

    /** The sequences this transaction advanced, with their current values. */
    Map<String, Long> sequences() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String model : advanced) {
            out.put(model, store.nextId(model));
        }
        return out;
    }

    /**
     * Undoes every change, newest first. Id sequences are not rolled back: like PostgreSQL's, a failed insert
     * consumes its id (the transcripts show it: the JSON-RPC run's first id follows a failed create).
     */
    void rollback() {
        List<Map.Entry<Key, Map<String, Object>>> entries = new ArrayList<>(before.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Key key = entries.get(i).getKey();
            Map<String, Object> old = entries.get(i).getValue();
            store.put(key.model(), key.id(), old == ABSENT ? null : old);
        }
        before.clear();
        touched.clear();
        advanced.clear();
    }

    private static final Map<String, Object> ABSENT = Map.of();

    private void remember(String model, long id) {
        version++;
        Key key = new Key(model, id);
        if (!before.containsKey(key)) {
            Map<String, Object> old = store.row(model, id);
            before.put(key, old == null ? ABSENT : old);
        }
        touched.put(key, Boolean.TRUE);
    }

    private void checkWritable() {
        if (!writable) {
            throw new IllegalStateException("a read-only call tried to change data");
        }
    }
}

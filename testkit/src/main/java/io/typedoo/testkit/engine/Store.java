package io.typedoo.testkit.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The rows of every model, in memory, keyed by id, in their stored value form (Long, Double, Boolean, String,
 * {@code List<Long>} for many2many, null for empty). Not thread-safe: {@link Database} guards it with its lock,
 * and changes go through a {@link Transaction}.
 */
final class Store {

    private final Map<String, NavigableMap<Long, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();

    @Nullable Map<String, Object> row(String model, long id) {
        NavigableMap<Long, Map<String, Object>> table = tables.get(model);
        return table == null ? null : table.get(id);
    }

    Collection<Map<String, Object>> rows(String model) {
        NavigableMap<Long, Map<String, Object>> table = tables.get(model);
        return table == null ? Collections.emptyList() : Collections.unmodifiableCollection(table.values());
    }

    /** Reserves the next id of a model; ids are never reused, as PostgreSQL sequences are not. */
    long allocateId(String model) {
        long next = nextIds.getOrDefault(model, 1L);
        nextIds.put(model, next + 1);
        return next;
    }

    long nextId(String model) {
        return nextIds.getOrDefault(model, 1L);
    }

    void setNextId(String model, long next) {
        nextIds.put(model, next);
    }

    /** Puts a row (a copy is kept), or removes it when {@code row} is null. */
    void put(String model, long id, @Nullable Map<String, Object> row) {
        if (row == null) {
            NavigableMap<Long, Map<String, Object>> table = tables.get(model);
            if (table != null) {
                table.remove(id);
            }
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("id", id);
        tables.computeIfAbsent(model, m -> new TreeMap<>()).put(id, copy);
        if (nextIds.getOrDefault(model, 1L) <= id) {
            nextIds.put(model, id + 1);
        }
    }
}

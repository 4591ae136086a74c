package io.typedoo.internal.record;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * What the records of the searches at one line of code were read for: the fields read, and for each relation
 * followed, the same of the related records. Only grows, so the plan made from it settles after the first runs.
 * Thread-safe.
 */
public final class FetchProfile {

    private final Set<String> read = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, FetchProfile> relations = new ConcurrentHashMap<>();

    /** Notes that {@code field} was read. */
    public void read(String field) {
        read.add(field);
    }

    /** True when {@code field} was read. */
    public boolean wasRead(String field) {
        return read.contains(field);
    }

    /** The profile of the records {@code relation} points to, made on first use. */
    public FetchProfile relation(String relation) {
        return relations.computeIfAbsent(relation, r -> new FetchProfile());
    }

    /** The profile of the records {@code relation} points to, or null when none was followed. */
    public @Nullable FetchProfile followed(String relation) {
        return relations.get(relation);
    }

    /** True when nothing was read yet. */
    public boolean isEmpty() {
        return read.isEmpty();
    }
}

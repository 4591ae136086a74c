package io.typedoo.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the records of the searches at one line of code were read for: the fields read, and for each relation
 * followed, the same of the related records. Only grows, so the plan it gives settles after the first runs.
 * Thread-safe.
 */
final class FetchProfile {

    /** How deep related records nest in a learnt plan: a task's user's partner's name, not further. */
    private static final int MAX_DEPTH = 3;

    private final Set<String> read = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, FetchProfile> relations = new ConcurrentHashMap<>();

    void read(String field) {
        read.add(field);
    }

    /** The profile of the records {@code relation} points to. */
    FetchProfile relation(String relation) {
        return relations.computeIfAbsent(relation, r -> new FetchProfile());
    }

    boolean isEmpty() {
        return read.isEmpty();
    }

    /** The plan of what was read, in the model's declaration order. */
    FetchPlan plan(ModelInfo<?> model) {
        return plan(model, 0);
    }

    private FetchPlan plan(ModelInfo<?> model, int depth) {
        List<String> fields = new ArrayList<>();
        Map<String, FetchPlan> nested = new LinkedHashMap<>();
        for (Field f : model.fields()) {
            if (f.name().equals("id") || !read.contains(f.name())) {
                continue;
            }
            fields.add(f.name());
            FetchProfile target = relations.get(f.name());
            if (f instanceof RelationField relation && target != null && !target.isEmpty() && depth < MAX_DEPTH) {
                nested.put(f.name(), target.plan(relation.target(), depth + 1));
            }
        }
        return FetchPlan.learnt(model, fields, nested);
    }
}

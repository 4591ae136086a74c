package io.typedoo.codegen;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What changed on a server since a schema snapshot was taken: the changes that break code generated or checked
 * against the snapshot (a model or field gone, a field retyped, a relation pointing elsewhere, a field no longer
 * required, a selection value gone) and the ones that do not (fields and selection values added).
 *
 * <p>Only the models of the committed snapshot are compared; labels and help texts are not, since they change
 * with translations and break nothing.
 */
public final class SchemaDrift {

    /** One difference between the committed snapshot and the server. */
    public record Change(boolean breaking, String model, @Nullable String field, String description) {

        /** One line for a build log, such as {@code todo.task.priority: type selection -> char}. */
        @Override
        public String toString() {
            return (field == null ? model : model + "." + field) + ": " + description;
        }
    }

    private final List<Change> changes;

    private SchemaDrift(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares {@code committed} with {@code live}.
     *
     * @param goneModels models of {@code committed} that the server no longer has (so {@code live} cannot have
     *     them)
     */
    public static SchemaDrift between(SchemaSnapshot committed, SchemaSnapshot live, Set<String> goneModels) {
        List<Change> changes = new ArrayList<>();
        for (String model : committed.models()) {
            if (goneModels.contains(model) || !live.models().contains(model)) {
                changes.add(new Change(true, model, null, "the model is gone"));
                continue;
            }
            Map<String, Map<String, Object>> before = committed.fields(model);
            Map<String, Map<String, Object>> after = live.fields(model);
            for (Map.Entry<String, Map<String, Object>> field : before.entrySet()) {
                Map<String, Object> now = after.get(field.getKey());
                if (now == null) {
                    changes.add(new Change(true, model, field.getKey(), "the field is gone"));
                } else {
                    compareField(model, field.getKey(), field.getValue(), now, changes);
                }
            }
            for (Map.Entry<String, Map<String, Object>> field : after.entrySet()) {
                if (!before.containsKey(field.getKey())) {
                    changes.add(new Change(false, model, field.getKey(), "new field, " + field.getValue().get("type")));
                }
            }
        }
        return new SchemaDrift(changes);
    }

    private static void compareField(String model, String field, Map<String, Object> before, Map<String, Object> now,
            List<Change> changes) {
        if (!Objects.equals(before.get("type"), now.get("type"))) {
            changes.add(new Change(true, model, field, "type " + before.get("type") + " -> " + now.get("type")));
            return;
        }
        if (!Objects.equals(relation(before), relation(now))) {
            changes.add(new Change(true, model, field, "relation " + relation(before) + " -> " + relation(now)));
        }
        if (Boolean.TRUE.equals(before.get("required")) && !Boolean.TRUE.equals(now.get("required"))) {
            changes.add(new Change(true, model, field, "no longer required (the server may send it empty)"));
        } else if (!Boolean.TRUE.equals(before.get("required")) && Boolean.TRUE.equals(now.get("required"))) {
            changes.add(new Change(false, model, field, "now required"));
        }
        Set<String> valuesBefore = selectionValues(before);
        Set<String> valuesNow = selectionValues(now);
        for (String value : valuesBefore) {
            if (!valuesNow.contains(value)) {
                changes.add(new Change(true, model, field, "selection value '" + value + "' is gone"));
            }
        }
        for (String value : valuesNow) {
            if (!valuesBefore.contains(value)) {
                changes.add(new Change(false, model, field, "new selection value '" + value + "'"));
            }
        }
    }

    private static @Nullable String relation(Map<String, Object> attributes) {
        return attributes.get("relation") instanceof String r && !r.isEmpty() ? r : null;
    }

    /** fields_get sends a selection as {@code [[value, label], ...]}; a computed one may be missing or False. */
    private static Set<String> selectionValues(Map<String, Object> attributes) {
        Set<String> values = new LinkedHashSet<>();
        if (attributes.get("selection") instanceof List<?> options) {
            for (Object option : options) {
                if (option instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof String value) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** Every change, breaking or not, model by model. */
    public List<Change> changes() {
        return changes;
    }

    /** The changes that break code generated or checked against the snapshot. */
    public List<Change> breaking() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /** The changes that break nothing: additions. */
    public List<Change> additions() {
        return changes.stream().filter(c -> !c.breaking()).toList();
    }
}

package io.typedoo.typed;

import io.typedoo.internal.record.DeclaredModel;
import io.typedoo.internal.record.FetchProfile;
import io.typedoo.internal.record.RecordGroup;
import io.typedoo.internal.record.RelationField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Which fields a search brings, and which fields of related records come nested in the same answer: the
 * {@code specification} of Odoo 17's {@code web_search_read} (the field list of {@code search_read} before 17).
 * Immutable; {@link #toString()} shows it in the specification's shape, such as
 * {@code todo.task {name, user_id {name}, tag_ids {name}}}.
 *
 * <p>What a search brings when the code does not say (see {@link RecordModel#search(io.typedoo.domain.Domain,
 * Page, Order)}):
 * <ul>
 *   <li>the first time a line of code searches: {@linkplain RecordModel#defaultPlan() the defaults}, every declared field of the model
 *       and, of related records, only their name;</li>
 *   <li>from then on: what the records of the earlier searches at that line were read for (fields, and fields of
 *       related records), learnt as the code ran. A field read later that was not brought costs one call that
 *       reads it (and the other declared fields missing) for every record of the search, and is brought from
 *       then on.</li>
 * </ul>
 * A plan given to the search replaces both, such as {@code tasks.plan(TodoTaskModel.NAME,
 * TodoTaskModel.USER.then(ResUsersModel.NAME))}.
 *
 * <p>A plan that wants of its related records only the display name of many2ones, such as {@code
 * tasks.plan(TodoTaskModel.NAME, TodoTaskModel.USER.then(ResUsersModel.DISPLAY_NAME))} (the target model interface
 * declares {@code display_name}), is brought by {@code search_read} instead of {@code web_search_read}: its
 * many2ones arrive as {@code [id, display_name]} pairs, smaller than the nested {@code {"id": 3, "display_name":
 * ...}} objects of a specification. Such a plan shows it: {@code todo.task {name, user_id {display_name}} by
 * search_read}. Only the display name comes from a pair, never the {@code name}: the two differ on many models (a
 * contact of a company shows as {@code Acme, John}).
 */
public final class FetchPlan {

    /** How deep related records nest in a learnt plan: a task's user's partner's name, not further. */
    private static final int MAX_LEARNT_DEPTH = 3;
    /** One default plan per declared model (generated classes hold one each). */
    private static final Map<DeclaredModel<?>, FetchPlan> DEFAULTS = new ConcurrentHashMap<>();

    private final DeclaredModel<?> model;
    private final List<String> fields;
    private final Map<String, FetchPlan> nested;

    private FetchPlan(DeclaredModel<?> model, List<String> fields, Map<String, FetchPlan> nested) {
        this.model = model;
        this.fields = List.copyOf(fields);
        this.nested = Collections.unmodifiableMap(new LinkedHashMap<>(nested));
    }

    /**
     * The plan that brings {@code paths} of {@code model}: plain fields, relations as ids, relations with fields of
     * their target ({@code USER.then(ResUsersModel.NAME)}).
     *
     * @throws IllegalArgumentException when a path names a field the model interface does not declare
     */
    static FetchPlan of(DeclaredModel<?> model, List<? extends FetchPath> paths) {
        List<String> fields = new ArrayList<>();
        Map<String, FetchPlan> nested = new LinkedHashMap<>();
        for (FetchPath path : paths) {
            Field field = model.field(path.name());
            if (field == null) {
                throw new IllegalArgumentException(model.name() + " declares no field " + path.name()
                        + "; a fetch plan takes the fields its model interface declares: " + model.fieldNames());
            }
            if (field.name().equals("id")) {
                continue;   // always brought
            }
            if (!fields.contains(field.name())) {
                fields.add(field.name());
            }
            if (!path.nested().isEmpty()) {
                if (!(field instanceof RelationField relation)) {
                    throw new IllegalArgumentException(model.name() + "." + field.name()
                            + " is not a relation; only relations take then(...)");
                }
                FetchPlan target = of(relation.target(), path.nested());
                FetchPlan before = nested.get(field.name());
                nested.put(field.name(), before == null ? target : before.with(target));
            }
        }
        return new FetchPlan(model, fields, nested);
    }

    /**
     * What a search of {@code model} brings the first time a line of code runs it: every declared field, and of
     * each related record only its {@code name} (or {@code display_name}) when the target declares one, else its
     * id. The rest of a related record loads on first use, in one call for all the related records of the search.
     */
    static FetchPlan defaults(DeclaredModel<?> model) {
        return DEFAULTS.computeIfAbsent(model, FetchPlan::makeDefaults);
    }

    private static FetchPlan makeDefaults(DeclaredModel<?> model) {
        Map<String, FetchPlan> nested = new LinkedHashMap<>();
        for (Field f : model.fields()) {
            if (f instanceof RelationField relation) {
                DeclaredModel<?> target = relation.target();
                for (String name : List.of("name", "display_name")) {
                    if (target.field(name) != null) {
                        nested.put(f.name(), new FetchPlan(target, List.of(name), Map.of()));
                        break;
                    }
                }
            }
        }
        return new FetchPlan(model, model.fieldNames(), nested);
    }

    /**
     * Everything {@link RecordModel#fetchAll} loads: every declared field of {@code model} and, {@code depth}
     * relations deep, every declared field of the related records.
     */
    static FetchPlan full(DeclaredModel<?> model, int depth) {
        Map<String, FetchPlan> nested = new LinkedHashMap<>();
        if (depth > 0) {
            for (Field f : model.fields()) {
                if (f instanceof RelationField relation && !relation.target().fieldNames().isEmpty()) {
                    nested.put(f.name(), full(relation.target(), depth - 1));
                }
            }
        }
        return new FetchPlan(model, model.fieldNames(), nested);
    }

    /** The plan of what {@code profile} noted, in the model's declaration order. */
    static FetchPlan learnt(DeclaredModel<?> model, FetchProfile profile) {
        return learnt(model, profile, 0);
    }

    private static FetchPlan learnt(DeclaredModel<?> model, FetchProfile profile, int depth) {
        List<String> fields = new ArrayList<>();
        Map<String, FetchPlan> nested = new LinkedHashMap<>();
        for (Field f : model.fields()) {
            if (f.name().equals("id") || !profile.wasRead(f.name())) {
                continue;
            }
            fields.add(f.name());
            FetchProfile target = profile.followed(f.name());
            if (f instanceof RelationField relation && target != null && !target.isEmpty()
                    && depth < MAX_LEARNT_DEPTH) {
                nested.put(f.name(), learnt(relation.target(), target, depth + 1));
            }
        }
        return new FetchPlan(model, fields, nested);
    }

    private FetchPlan with(FetchPlan other) {
        List<String> fields = new ArrayList<>(this.fields);
        for (String f : other.fields) {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        }
        Map<String, FetchPlan> nested = new LinkedHashMap<>(this.nested);
        other.nested.forEach((k, v) -> nested.merge(k, v, FetchPlan::with));
        return new FetchPlan(model, fields, nested);
    }

    DeclaredModel<?> model() {
        return model;
    }

    /**
     * True when {@code search_read} brings this plan: it nests something, and what it nests is only the
     * {@code display_name} of many2ones, which {@code search_read}'s {@code [id, display_name]} pairs carry.
     */
    boolean bringsPairs() {
        if (nested.isEmpty()) {
            return false;   // relations as ids: a specification's bare ids are smaller than pairs
        }
        for (Map.Entry<String, FetchPlan> e : nested.entrySet()) {
            FetchPlan target = e.getValue();
            if (!(model.field(e.getKey()) instanceof Many2oneField<?>) || !target.nested.isEmpty()
                    || !target.fields.equals(List.of(RecordGroup.DISPLAY_NAME))) {
                return false;
            }
        }
        return true;
    }

    /** The Odoo name of the model the plan is for, such as {@code todo.task}. */
    public String modelName() {
        return model.name();
    }

    /** The Odoo names of the fields brought, {@code id} left out: the field list of {@code search_read}. */
    public List<String> fieldNames() {
        return fields;
    }

    /** The plan for the records {@code relation} points to, or null when they come as ids. */
    public @Nullable FetchPlan nested(String relation) {
        return nested.get(relation);
    }

    /** The {@code specification} argument of {@code web_search_read} and {@code web_read}. */
    public Map<String, Object> specification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (String f : fields) {
            FetchPlan target = nested.get(f);
            spec.put(f, target == null ? Map.of() : Map.of("fields", target.specification()));
        }
        return spec;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FetchPlan other && other.model == model && other.fields.equals(fields)
                && other.nested.equals(nested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model.name(), fields, nested);
    }

    /**
     * Such as {@code todo.task {name, user_id {name}, tag_ids {name}}}, ending in {@code by search_read} for a plan
     * that {@code search_read}'s pairs bring, such as {@code todo.task {name, user_id {display_name}} by
     * search_read}.
     */
    @Override
    public String toString() {
        return model.name() + " " + shape() + (bringsPairs() ? " by search_read" : "");
    }

    private String shape() {
        StringBuilder out = new StringBuilder("{");
        for (String f : fields) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(f);
            FetchPlan target = nested.get(f);
            if (target != null) {
                out.append(' ').append(target.shape());
            }
        }
        return out.append('}').toString();
    }
}

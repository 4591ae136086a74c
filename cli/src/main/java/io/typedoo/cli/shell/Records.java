package io.typedoo.cli.shell;

import io.typedoo.error.OdooNoneResultException;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.FieldInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Records of one model, as ERPpeek's {@code browse} gives them: nothing is read until asked, and each question is
 * one round trip per step of a path. Relations are followed with dotted paths, where ERPpeek uses attributes:
 * {@code p.get("parent_id.name")} is ERPpeek's {@code p.parent_id.name}.
 *
 * <pre>{@code
 * typedoo> var p = ResPartner.browse(9)
 * p ==> res.partner(9)
 * typedoo> p.get("parent_id.name")
 * typedoo> p.write("email", "info@wood.example")
 * typedoo> TodoTask.browse(5).call("do_toggle_done")
 * }</pre>
 */
public final class Records {

    private final ShellModel model;
    private final List<Long> ids;

    Records(ShellModel model, List<Long> ids) {
        this.model = model;
        this.ids = List.copyOf(ids);
    }

    /** The model's technical name. */
    public String model() {
        return model.name();
    }

    /** The ids, in order. */
    public List<Long> ids() {
        return ids;
    }

    /**
     * The id of the one record.
     *
     * @throws IllegalStateException when these are not exactly one record
     */
    public long id() {
        if (ids.size() != 1) {
            throw new IllegalStateException("Expected one record, not " + this);
        }
        return ids.get(0);
    }

    /** How many records. */
    public int size() {
        return ids.size();
    }

    /**
     * A field's value, or a path's through relations: {@code get("name")}, {@code get("parent_id.name")}. For one
     * record the value itself; for several, the list of their values. A many2one gives the related record as
     * {@code Records} (null when empty), an x2many the related records.
     */
    public @Nullable Object get(String path) {
        List<@Nullable Object> values = values(path);
        return ids.size() == 1 ? values.get(0) : values;
    }

    /** Each record's value of {@code path}, in the order of the ids; one read per step of the path. */
    private List<@Nullable Object> values(String path) {
        int dot = path.indexOf('.');
        String field = dot < 0 ? path : path.substring(0, dot);
        FieldInfo info = model.field(field);
        Map<Long, Row> rows = new HashMap<>();
        for (Row row : model.read(ids, field)) {
            rows.put(row.id(), row);
        }
        if (!info.isRelational()) {
            if (dot >= 0) {
                throw new IllegalArgumentException(field + " of " + model.name() + " is a " + info.type()
                        + " field, not a relation: " + path + " cannot be followed");
            }
            List<@Nullable Object> values = new ArrayList<>(ids.size());
            for (Long id : ids) {
                Row row = rows.get(id);
                values.add(row == null ? null : FieldValues.of(row, info));
            }
            return values;
        }
        boolean many2one = info.type().equals("many2one");
        ShellModel comodel = model.other(Objects.requireNonNull(info.relation(), "relation of " + field));
        List<List<Long>> related = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            related.add(row == null ? List.of() : FieldValues.relatedIds(row, info));
        }
        Map<Long, @Nullable Object> next = new LinkedHashMap<>();
        if (dot >= 0) {
            // The rest of the path is read on all related records at once.
            List<Long> all = new ArrayList<>(new LinkedHashSet<>(related.stream().flatMap(List::stream).toList()));
            List<@Nullable Object> nextValues = all.isEmpty() ? List.of()
                    : new Records(comodel, all).values(path.substring(dot + 1));
            for (int i = 0; i < all.size(); i++) {
                next.put(all.get(i), nextValues.get(i));
            }
        }
        List<@Nullable Object> values = new ArrayList<>(ids.size());
        for (List<Long> relatedIds : related) {
            if (dot < 0) {
                values.add(many2one && relatedIds.isEmpty() ? null : new Records(comodel, relatedIds));
            } else if (many2one) {
                values.add(relatedIds.isEmpty() ? null : next.get(relatedIds.get(0)));
            } else {
                values.add(relatedIds.stream().map(next::get).collect(Collectors.toList()));
            }
        }
        return values;
    }

    /** Reads the records with the given fields (all of them when none is named). */
    public List<Row> read(String... fields) {
        return model.read(ids, fields);
    }

    /** Writes the values to every record. */
    public void write(Map<String, ?> values) {
        model.write(ids, values);
    }

    /** Writes one field, or several as field-value pairs: {@code write("email", "x@y.z", "phone", "555")}. */
    public void write(String field, @Nullable Object value, @Nullable Object... moreFieldsAndValues) {
        if (moreFieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Give fields and values in pairs, such as write(\"email\", "
                    + "\"x@y.z\", \"phone\", \"555\")");
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put(field, value);
        for (int i = 0; i < moreFieldsAndValues.length; i += 2) {
            values.put(String.valueOf(moreFieldsAndValues[i]), moreFieldsAndValues[i + 1]);
        }
        model.write(ids, values);
    }

    /**
     * Calls a method on these records, as ERPpeek's {@code record.method(args)}: the ids come first, then
     * {@code args}. A method that returns None gives null.
     */
    public @Nullable Object call(String method, @Nullable Object... args) {
        List<@Nullable Object> all = new ArrayList<>(args.length + 1);
        all.add(ids);
        all.addAll(java.util.Arrays.asList(args));
        try {
            return model.call(method, all);
        } catch (OdooNoneResultException none) {
            return null; // it ran and committed; Odoo cannot send None
        }
    }

    /** Deletes the records. */
    public void unlink() {
        model.unlink(ids);
    }

    /** {@code res.partner(9, 18)}: what {@code browse} was given. */
    @Override
    public String toString() {
        return model.name() + ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Records other && other.model.name().equals(model.name()) && other.ids.equals(ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model.name(), ids);
    }
}

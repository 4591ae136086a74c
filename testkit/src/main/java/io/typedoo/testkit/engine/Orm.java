package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The CRUD operations of Odoo's {@code BaseModel} (search, read, create, write, unlink) on one model, with
 * access checks, defaults, required fields, x2many commands and the magic fields.
 */
final class Orm {

    private final Env env;
    private final ModelDef model;

    Orm(Env env, ModelDef model) {
        this.env = env;
        this.model = model;
    }

    ModelDef model() {
        return model;
    }

    // ---------------------------------------------------------------- search

    List<Long> search(@Nullable Object domain, long offset, @Nullable Long limit, @Nullable String order) {
        env.checkAccess(model, "read");
        return searchRows(domain, offset, limit, order).stream().map(r -> (Long) r.get("id")).toList();
    }

    long searchCount(@Nullable Object domain, @Nullable Long limit) {
        env.checkAccess(model, "read");
        Predicate<Map<String, Object>> predicate = DomainCompiler.compile(env, model, domain);
        long count = 0;
        for (Map<String, Object> row : env.tx().rows(model.name())) {
            if (predicate.test(row)) {
                count++;
                if (limit != null && count >= limit) {
                    break;
                }
            }
        }
        return count;
    }

    List<Map<String, Object>> searchRows(@Nullable Object domain, long offset, @Nullable Long limit,
            @Nullable String order) {
        Predicate<Map<String, Object>> predicate = DomainCompiler.compile(env, model, domain);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : env.tx().rows(model.name())) {
            if (predicate.test(row)) {
                rows.add(row);
            }
        }
        Ordering.parse(env, model, order).sort(rows);
        int from = (int) Math.min(Math.max(offset, 0), rows.size());
        // Odoo treats a missing or zero limit as "no limit".
        int to = limit == null || limit <= 0 ? rows.size() : (int) Math.min(rows.size(), from + limit);
        return new ArrayList<>(rows.subList(from, to));
    }

    // ---------------------------------------------------------------- read

    /** Checks field names for read, returning them (all readable fields when none are given). */
    List<FieldDef> readableFields(@Nullable List<?> names) {
        List<FieldDef> fields = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            for (FieldDef field : model.fields().values()) {
                if (!field.secret() && !field.name().equals("id")) {
                    fields.add(field);
                }
            }
            return fields;
        }
        for (Object name : names) {
            FieldDef field = name instanceof String s ? model.field(s) : null;
            if (field == null) {
                // Odoo 19 words a bad name in read(fields=...) differently from a bad name in write().
                throw OdooError.valueError(env.registry().odooVersion() >= 19
                        ? "Invalid field " + Py.repr(name) + " on " + Py.repr(model.name())
                        : "Invalid field " + Py.repr(name) + " on model " + Py.repr(model.name()));
            }
            if (!field.name().equals("id") && !fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** {@code read}: rows of the existing ids (deleted ones silently left out), in the order given. */
    List<Map<String, Object>> read(List<?> idValues, @Nullable List<?> fieldNames, boolean loadNames) {
        env.checkAccess(model, "read");
        List<FieldDef> fields = readableFields(fieldNames);
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Object idValue : idValues) {
            long id = Py.toLong(idValue, "a record id");
            Map<String, Object> row = env.tx().row(model.name(), id);
            if (row == null || !seen.add(id)) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            // Odoo echoes the id the caller sent (a float id comes back as a float).
            values.put("id", idValue instanceof Double ? idValue : Long.valueOf(id));
            for (FieldDef field : fields) {
                values.put(field.name(), Values.toRead(env, model, field, env.value(model, row, field.name()),
                        loadNames, row));
            }
            out.add(values);
        }
        return out;
    }

    /** Reads one record or fails with Odoo's MissingError (what a method touching a deleted record gets). */
    Map<String, Object> readOne(long id, List<?> fieldNames) {
        if (env.tx().row(model.name(), id) == null) {
            throw env.missing(model, List.of(id));
        }
        return read(List.of(id), fieldNames, true).get(0);
    }

    // ---------------------------------------------------------------- create

    long create(Map<?, ?> values) {
        env.checkAccess(model, "create");
        Map<String, Object> row = new LinkedHashMap<>();
        Map<FieldDef, Object> x2many = new LinkedHashMap<>();
        Map<String, Object> given = withDefaults(values);
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            FieldDef field = writableField(entry.getKey());
            if (field == null) {
                continue;
            }
            if (field.type().isX2many()) {
                x2many.put(field, entry.getValue());
            } else {
                row.put(field.name(), Values.toStored(env, model, field, entry.getValue()));
            }
        }
        // PostgreSQL draws the id before it checks NOT NULL: a refused create still uses up its id.
        long id = env.tx().reserveId(model.name());
        checkRequired(row, true);
        String now = env.now();
        row.put("create_uid", env.uid());
        row.put("create_date", now);
        row.put("write_uid", env.uid());
        row.put("write_date", now);
        env.tx().insert(model.name(), id, row);
        for (Map.Entry<FieldDef, Object> entry : x2many.entrySet()) {
            applyX2many(id, entry.getKey(), entry.getValue());
        }
        return id;
    }

    private Map<String, Object> withDefaults(Map<?, ?> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (FieldDef field : model.fields().values()) {
            if (values.containsKey(field.name()) || !field.stored()) {
                continue;
            }
            Object contextDefault = env.context().get("default_" + field.name());
            if (contextDefault != null) {
                all.put(field.name(), contextDefault);
            } else if (field.defaultValue() != null) {
                all.put(field.name(), field.defaultValue().compute(env.uid()));
            }
        }
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw OdooError.typeError("field names must be strings, not " + Py.repr(entry.getKey()));
            }
            all.put(key, entry.getValue());
        }
        return all;
    }

    /** The field to write, or null for fields Odoo ignores in writes (magic and computed ones). */
    private @Nullable FieldDef writableField(String name) {
        FieldDef field = model.field(name);
        if (field == null) {
            throw OdooError.valueError("Invalid field " + Py.repr(name) + " on model " + Py.repr(model.name()));
        }
        if (MagicFields.NAMES.contains(name) || !field.stored()) {
            return null;
        }
        return field;
    }

    private void checkRequired(Map<String, Object> row, boolean creating) {
        for (FieldDef field : model.fields().values()) {
            if (field.required() && field.stored() && !field.type().isX2many()
                    && (creating || row.containsKey(field.name())) && row.get(field.name()) == null) {
                throw OdooError.validation(env.registry().odooVersion() >= 19
                        ? "The operation cannot be completed: Missing required value for the field '" + field.label()
                                + "' (" + field.name() + ").\nModel: '" + model.description() + "' (" + model.name()
                                + ")\n- create/update: a mandatory field is not set\n- delete: another model requires"
                                + " the record being deleted, you can archive it instead\n"
                        : "The operation cannot be completed:\n- Create/update: a mandatory field is"
                        + " not set.\n- Delete: another model requires the record being deleted. If possible,"
                        + " archive it instead.\n\nModel: " + model.description() + " (" + model.name()
                        + ")\nField: " + field.label() + " (" + field.name() + ")\n");
            }
        }
    }

    // ---------------------------------------------------------------- write

    /** {@code write}: ids that no longer exist are skipped, as Odoo's UPDATE touches no row for them. */
    boolean write(List<Long> ids, Map<?, ?> values) {
        env.checkAccess(model, "write");
        Map<String, Object> changes = new LinkedHashMap<>();
        Map<FieldDef, Object> x2many = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw OdooError.typeError("field names must be strings, not " + Py.repr(entry.getKey()));
            }
            FieldDef field = writableField(key);
            if (field == null) {
                continue;
            }
            if (field.type().isX2many()) {
                x2many.put(field, entry.getValue());
            } else {
                changes.put(field.name(), Values.toStored(env, model, field, entry.getValue()));
            }
        }
        checkRequired(changes, false);
        changes.put("write_uid", env.uid());
        changes.put("write_date", env.now());
        for (Long id : new LinkedHashSet<>(ids)) {
            if (env.tx().row(model.name(), id) == null) {
                continue;
            }
            env.tx().update(model.name(), id, changes);
            for (Map.Entry<FieldDef, Object> entry : x2many.entrySet()) {
                applyX2many(id, entry.getKey(), entry.getValue());
            }
        }
        return true;
    }

    /** Applies x2many commands (0 create, 1 update, 2 delete, 3 unlink, 4 link, 5 clear, 6 replace) or an id list. */
    private void applyX2many(long id, FieldDef field, @Nullable Object value) {
        ModelDef comodel = env.comodel(field);
        Orm target = new Orm(env, comodel);
        // False (or None) clears the field, as Odoo converts it to [Command.clear()].
        List<?> commands = value instanceof List<?> list ? list : Py.isFalse(value) ? List.of(List.of(5L)) : null;
        if (commands == null) {
            throw OdooError.valueError("Wrong value for " + model.name() + "." + field.name() + ": "
                    + Py.repr(value));
        }
        if (!commands.isEmpty() && commands.stream().allMatch(c -> c instanceof Long || c instanceof Integer)) {
            commands = List.of(List.of(6L, 0L, commands));
        }
        for (Object item : commands) {
            if (!(item instanceof List<?> command) || command.isEmpty()) {
                throw OdooError.valueError("Invalid command " + Py.repr(item) + " for field " + model.name() + "."
                        + field.name());
            }
            int code = (int) Py.toLong(command.get(0), "an x2many command");
            switch (code) {
                case 0 -> {
                    Map<?, ?> vals = command.size() > 2 && command.get(2) instanceof Map<?, ?> m ? m : Map.of();
                    if (field.type() == FieldType.ONE2MANY) {
                        Map<Object, Object> withInverse = new LinkedHashMap<>(vals);
                        withInverse.put(field.inverseName(), id);
                        target.create(withInverse);
                    } else {
                        link(id, field, List.of(target.create(vals)), false);
                    }
                }
                case 1 -> target.write(List.of(commandId(command)), command.size() > 2
                        && command.get(2) instanceof Map<?, ?> m ? m : Map.of());
                case 2 -> {
                    long other = commandId(command);
                    unlinkLink(id, field, other);
                    target.unlink(List.of(other));
                }
                case 3 -> unlinkLink(id, field, commandId(command));
                case 4 -> link(id, field, List.of(commandId(command)), false);
                case 5 -> link(id, field, List.of(), true);
                case 6 -> {
                    Object ids = command.size() > 2 ? command.get(2) : List.of();
                    link(id, field, Py.toIds(ids), true);
                }
                default -> throw OdooError.valueError("Invalid command " + Py.repr(item) + " for field "
                        + model.name() + "." + field.name());
            }
        }
    }

    private static long commandId(List<?> command) {
        if (command.size() < 2) {
            throw OdooError.valueError("Invalid command " + Py.repr(command));
        }
        return Py.toLong(command.get(1), "a record id");
    }

    private void link(long id, FieldDef field, List<Long> targets, boolean replace) {
        ModelDef comodel = env.comodel(field);
        for (Long target : targets) {
            if (env.tx().row(comodel.name(), target) == null) {
                throw Values.foreignKey(model, field, comodel, target);
            }
        }
        if (field.type() == FieldType.ONE2MANY) {
            Map<String, Object> owner = env.tx().row(model.name(), id);
            if (replace && owner != null) {
                for (Long current : env.x2manyIds(model, owner, field, false)) {
                    if (!targets.contains(current)) {
                        setInverse(comodel, field, current, null);
                    }
                }
            }
            for (Long target : targets) {
                setInverse(comodel, field, target, id);
            }
            return;
        }
        Map<String, Object> row = env.tx().row(model.name(), id);
        if (row == null) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (!replace && row.get(field.name()) instanceof List<?> current) {
            current.forEach(v -> ids.add((Long) v));
        }
        ids.addAll(targets);
        env.tx().update(model.name(), id, Map.of(field.name(), new ArrayList<>(ids)));
    }

    private void unlinkLink(long id, FieldDef field, long target) {
        ModelDef comodel = env.comodel(field);
        if (field.type() == FieldType.ONE2MANY) {
            Map<String, Object> child = env.tx().row(comodel.name(), target);
            if (child != null && Long.valueOf(id).equals(child.get(field.inverseName()))) {
                setInverse(comodel, field, target, null);
            }
            return;
        }
        Map<String, Object> row = env.tx().row(model.name(), id);
        if (row != null && row.get(field.name()) instanceof List<?> current) {
            List<Long> ids = new ArrayList<>();
            current.forEach(v -> ids.add((Long) v));
            ids.remove(Long.valueOf(target));
            env.tx().update(model.name(), id, Map.of(field.name(), ids));
        }
    }

    private void setInverse(ModelDef comodel, FieldDef field, long target, @Nullable Long owner) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(field.inverseName(), owner);
        change.put("write_uid", env.uid());
        change.put("write_date", env.now());
        if (env.tx().row(comodel.name(), target) != null) {
            env.tx().update(comodel.name(), target, change);
        }
    }

    // ---------------------------------------------------------------- unlink

    /** {@code unlink}: deletes the existing ids; references to them are cleared (ondelete set null). */
    boolean unlink(List<Long> ids) {
        env.checkAccess(model, "unlink");
        Set<Long> doomed = new LinkedHashSet<>();
        for (Long id : ids) {
            if (env.tx().row(model.name(), id) != null) {
                doomed.add(id);
            }
        }
        if (doomed.isEmpty()) {
            return true;
        }
        for (Long id : doomed) {
            env.tx().delete(model.name(), id);
        }
        for (ModelDef other : env.registry().all()) {
            for (FieldDef field : other.fields().values()) {
                if (!model.name().equals(field.relation()) || !field.stored()
                        || field.type() == FieldType.ONE2MANY) {
                    continue;
                }
                for (Map<String, Object> row : List.copyOf(env.tx().rows(other.name()))) {
                    Object value = row.get(field.name());
                    if (field.type() == FieldType.MANY2ONE && value != null && doomed.contains((Long) value)) {
                        Map<String, Object> change = new LinkedHashMap<>();
                        change.put(field.name(), null);
                        env.tx().update(other.name(), (Long) row.get("id"), change);
                    } else if (field.type() == FieldType.MANY2MANY && value instanceof List<?> list
                            && list.stream().anyMatch(doomed::contains)) {
                        List<Object> kept = new ArrayList<>(list);
                        kept.removeAll(doomed);
                        env.tx().update(other.name(), (Long) row.get("id"), Map.of(field.name(), kept));
                    }
                }
            }
        }
        return true;
    }
}

package io.typedoo.testkit.engine;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The environment of one call, as Odoo's {@code env}: the transaction, the calling user, the context, and the
 * shared helpers every operation needs (field values including computed ones, display names, x2many ids, access
 * checks).
 */
final class Env {

    static final long SUPERUSER = 1;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Transaction tx;
    private final ModelRegistry registry;
    private final long uid;
    private final Map<String, Object> context;
    private final Clock clock;
    private final Map<String, Map<Long, List<Long>>> inverseIndexes;
    private long indexVersion = -1;

    Env(Transaction tx, ModelRegistry registry, long uid, Map<String, Object> context, Clock clock) {
        this(tx, registry, uid, context, clock, new HashMap<>());
    }

    private Env(Transaction tx, ModelRegistry registry, long uid, Map<String, Object> context, Clock clock,
            Map<String, Map<Long, List<Long>>> inverseIndexes) {
        this.tx = tx;
        this.registry = registry;
        this.uid = uid;
        this.context = context;
        this.clock = clock;
        this.inverseIndexes = inverseIndexes;
    }

    Transaction tx() {
        return tx;
    }

    ModelRegistry registry() {
        return registry;
    }

    long uid() {
        return uid;
    }

    Map<String, Object> context() {
        return context;
    }

    Env withContext(Map<String, Object> newContext) {
        return new Env(tx, registry, uid, newContext, clock, inverseIndexes);
    }

    String now() {
        return LocalDateTime.now(clock).withNano(0).format(DATETIME);
    }

    /** Whether archived records are hidden ({@code active_test} is not False in the context). */
    boolean activeTest() {
        Object flag = context.get("active_test");
        return flag == null || Py.truthy(flag);
    }

    ModelDef model(String name) {
        ModelDef model = registry.model(name);
        if (model == null) {
            throw OdooError.userError("Object " + name + " doesn't exist");
        }
        return model;
    }

    /** The comodel of a relational field. */
    ModelDef comodel(FieldDef field) {
        return model(Objects.requireNonNull(field.relation(), () -> field.name() + " is not relational"));
    }

    /** A field's value in the stored form, computing non-stored fields. */
    @Nullable Object value(ModelDef model, Map<String, Object> row, String fieldName) {
        if ("display_name".equals(fieldName)) {
            return displayName(model, row);
        }
        ComputedField computed = model.computed(fieldName);
        if (computed != null) {
            return computed.compute(tx.store(), row);
        }
        FieldDef field = model.field(fieldName);
        if (field != null && field.type() == FieldType.ONE2MANY) {
            return x2manyIds(model, row, field, false);
        }
        return registry.translations().translate(model.name(), fieldName, row.get(fieldName), context.get("lang"));
    }

    /** The display name Odoo computes: the model's own rule, else the {@code _rec_name} value. */
    @Nullable String displayName(ModelDef model, Map<String, Object> row) {
        ComputedField computed = model.computed("display_name");
        if (computed != null) {
            Object name = computed.compute(tx.store(), row);
            return name == null ? null : name.toString();
        }
        String rec = model.recName();
        if (rec == null) {
            return model.name() + "," + row.get("id");
        }
        Object name = value(model, row, rec);
        return name == null ? null : name.toString();
    }

    /**
     * The ids an x2many holds for a row: stored for many2many, found through the inverse for one2many.
     * Archived and deleted targets are left out when {@code activeOnly}, and deleted ones always.
     */
    List<Long> x2manyIds(ModelDef model, Map<String, Object> row, FieldDef field, boolean activeOnly) {
        ModelDef comodel = comodel(field);
        long id = (Long) row.get("id");
        List<Long> ids = new ArrayList<>();
        if (field.type() == FieldType.ONE2MANY) {
            String inverse = Objects.requireNonNull(field.inverseName());
            ids.addAll(inverseIndex(comodel, inverse).getOrDefault(id, List.of()));
        } else {
            Object stored = row.get(field.name());
            if (stored instanceof List<?> list) {
                for (Object item : list) {
                    ids.add((Long) item);
                }
            }
        }
        List<Long> present = new ArrayList<>();
        for (Long target : ids) {
            Map<String, Object> targetRow = tx.row(comodel.name(), target);
            if (targetRow != null && (!activeOnly || isActive(comodel, targetRow))) {
                present.add(target);
            }
        }
        return present;
    }

    /**
     * Ids of a model's rows grouped by the value of one of its many2one fields: one scan per call and field
     * instead of one per record read (rebuilt when the transaction has changed rows since).
     */
    private Map<Long, List<Long>> inverseIndex(ModelDef comodel, String inverseName) {
        String key = comodel.name() + "." + inverseName;
        if (indexVersion != tx.version()) {
            inverseIndexes.clear();
            indexVersion = tx.version();
        }
        return inverseIndexes.computeIfAbsent(key, k -> {
            Map<Long, List<Long>> index = new HashMap<>();
            for (Map<String, Object> other : tx.rows(comodel.name())) {
                if (other.get(inverseName) instanceof Long owner) {
                    index.computeIfAbsent(owner, o -> new ArrayList<>()).add((Long) other.get("id"));
                }
            }
            return index;
        });
    }

    boolean isActive(ModelDef model, Map<String, Object> row) {
        return !model.hasActive() || !Boolean.FALSE.equals(row.get("active")) && row.get("active") != null;
    }

    /** Sorts ids by a model's default order (as Odoo returns x2many values). */
    List<Long> sortIds(ModelDef model, Collection<Long> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Map<String, Object> row = tx.row(model.name(), id);
            if (row != null) {
                rows.add(row);
            }
        }
        Ordering.parse(this, model, model.order()).sort(rows);
        return rows.stream().map(r -> (Long) r.get("id")).toList();
    }

    /** The groups of the calling user. */
    Set<Long> groups() {
        return Groups.ofUser(tx.row("res.users", uid), registry.odooVersion());
    }

    /** Odoo's ACL check, raising its AccessError text. */
    void checkAccess(ModelDef model, String operation) {
        if (!hasAccess(model, operation)) {
            throw OdooError.accessError(accessMessage(model, operation));
        }
    }

    boolean hasAccess(ModelDef model, String operation) {
        if (uid == SUPERUSER) {
            return true;
        }
        Set<Long> allowed = model.access().groupsFor(operation);
        for (Long group : groups()) {
            if (allowed.contains(group)) {
                return true;
            }
        }
        return false;
    }

    private String accessMessage(ModelDef model, String operation) {
        String verb = switch (operation) {
            case "read" -> "access";
            case "write" -> "modify";
            case "create" -> "create";
            default -> "delete";
        };
        List<String> names = new ArrayList<>();
        for (Long group : model.access().groupsFor(operation)) {
            Map<String, Object> row = tx.row("res.groups", group);
            if (row != null) {
                // Odoo 19 lists the groups by name, Odoo 18 by category/name.
                names.add(String.valueOf(row.get(registry.odooVersion() >= 19 ? "name" : "full_name")));
            }
        }
        names.sort(Comparator.naturalOrder());
        StringBuilder text = new StringBuilder("You are not allowed to ").append(verb).append(" '")
                .append(model.description()).append("' (").append(model.name()).append(") records.\n\n");
        if (names.isEmpty()) {
            text.append("No group currently allows this operation.");
        } else {
            text.append("This operation is allowed for the following groups:\n");
            text.append(String.join("\n", names.stream().map(n -> "\t- " + n).toList()));
        }
        return text.append("\n\nContact your administrator to request access if necessary.").toString();
    }

    /** Odoo's MissingError text for ids that do not exist. */
    OdooError missing(ModelDef model, List<Long> ids) {
        String records = ids.size() == 1 ? "Record" : "Records";
        return OdooError.missing("Record does not exist or has been deleted.\n(" + records + ": " + model.name()
                + Py.reprTuple(ids) + ", User: " + uid + ")");
    }
}

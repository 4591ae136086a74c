package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code order} specification such as {@code "name desc, id"}, as a row comparator. Sorts as PostgreSQL does
 * by default: nulls last ascending and first descending; many2one by the target's display name; ties broken by id.
 */
final class Ordering {

    private static final Pattern TERM = Pattern.compile(
            "\\s*([a-z0-9_]+)(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(first|last))?\\s*", Pattern.CASE_INSENSITIVE);

    private final Comparator<Map<String, Object>> comparator;

    private Ordering(Comparator<Map<String, Object>> comparator) {
        this.comparator = comparator;
    }

    Comparator<Map<String, Object>> comparator() {
        return comparator;
    }

    static Ordering parse(Env env, ModelDef model, @Nullable String spec) {
        List<Comparator<Map<String, Object>>> parts = new ArrayList<>();
        boolean hasId = false;
        String text = spec == null || spec.isBlank() ? model.order() : spec;
        for (String term : text.split(",")) {
            Matcher m = TERM.matcher(term);
            if (!m.matches()) {
                throw OdooError.valueError("Invalid \"order\" specified (" + text + "). A valid \"order\" specification"
                        + " is a comma-separated list of valid field names (optionally followed by asc/desc for the"
                        + " direction)");
            }
            String fieldName = m.group(1);
            FieldDef field = model.field(fieldName);
            if (field == null) {
                throw OdooError.valueError("Invalid field '" + fieldName + "' on model '" + model.name() + "'");
            }
            boolean desc = m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).equals("desc");
            boolean nullsFirst = m.group(3) != null ? m.group(3).toLowerCase(Locale.ROOT).equals("first") : desc;
            hasId |= fieldName.equals("id");
            parts.add(termComparator(env, model, field, desc, nullsFirst));
        }
        if (!hasId) {
            parts.add(Comparator.comparingLong(r -> (Long) r.get("id")));
        }
        Comparator<Map<String, Object>> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.thenComparing(parts.get(i));
        }
        return new Ordering(all);
    }

    private static Comparator<Map<String, Object>> termComparator(Env env, ModelDef model, FieldDef field,
            boolean desc, boolean nullsFirst) {
        return (a, b) -> {
            Object va = sortKey(env, model, field, a);
            Object vb = sortKey(env, model, field, b);
            if (va == null || vb == null) {
                if (va == vb) {
                    return 0;
                }
                return (va == null) == nullsFirst ? -1 : 1;
            }
            int c = compareValues(va, vb);
            return desc ? -c : c;
        };
    }

    private static @Nullable Object sortKey(Env env, ModelDef model, FieldDef field, Map<String, Object> row) {
        Object value = env.value(model, row, field.name());
        if (field.type() == FieldType.MANY2ONE && value instanceof Long id) {
            ModelDef comodel = env.model(field.relation());
            Map<String, Object> target = env.tx().row(comodel.name(), id);
            return target == null ? null : env.displayName(comodel, target);
        }
        if (field.type().isX2many()) {
            return null;
        }
        if (field.type() == FieldType.BOOLEAN && value == null) {
            return Boolean.FALSE;
        }
        return value;
    }

    /** Compares two non-null stored values: numbers numerically, strings case-insensitively first. */
    static int compareValues(Object a, Object b) {
        if (a instanceof Number na && b instanceof Number nb) {
            return Double.compare(na.doubleValue(), nb.doubleValue());
        }
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            return Boolean.compare(ba, bb);
        }
        String sa = a.toString();
        String sb = b.toString();
        int c = sa.compareToIgnoreCase(sb);
        return c != 0 ? c : sa.compareTo(sb);
    }
}

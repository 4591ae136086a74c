package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code order} specification such as {@code "name desc, id"}, as a row sorter. Sorts as PostgreSQL does
 * by default: nulls last ascending and first descending; many2one by the target's display name; ties broken by id.
 */
final class Ordering {

    private static final Pattern TERM = Pattern.compile(
            "\\s*([a-z0-9_]+)(?:\\s+(asc|desc))?(?:\\s+nulls\\s+(first|last))?\\s*", Pattern.CASE_INSENSITIVE);

    private record Term(FieldDef field, boolean desc, boolean nullsFirst) {
    }

    private final Env env;
    private final ModelDef model;
    private final List<Term> terms;

    private Ordering(Env env, ModelDef model, List<Term> terms) {
        this.env = env;
        this.model = model;
        this.terms = terms;
    }

    static Ordering parse(Env env, ModelDef model, @Nullable String spec) {
        List<Term> terms = new ArrayList<>();
        boolean hasId = false;
        String text = spec == null || spec.isBlank() ? model.order() : spec;
        for (String term : text.split(",")) {
            Matcher m = TERM.matcher(term);
            if (!m.matches()) {
                throw OdooError.userError("Invalid \"order\" specified (" + text + "). A valid \"order\" specification"
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
            terms.add(new Term(field, desc, nullsFirst));
        }
        if (!hasId) {
            terms.add(new Term(Objects.requireNonNull(model.field("id")), false, false));
        }
        return new Ordering(env, model, terms);
    }

    /** Sorts rows in place, computing each row's sort keys once (display names can be costly). */
    void sort(List<Map<String, Object>> rows) {
        List<Object[]> keyed = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object[] keys = new Object[terms.size() + 1];
            for (int i = 0; i < terms.size(); i++) {
                keys[i] = sortKey(env, model, terms.get(i).field(), row);
            }
            keys[terms.size()] = row;
            keyed.add(keys);
        }
        keyed.sort(this::compareKeys);
        rows.clear();
        for (Object[] keys : keyed) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) keys[terms.size()];
            rows.add(row);
        }
    }

    private int compareKeys(Object[] a, Object[] b) {
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            Object va = a[i];
            Object vb = b[i];
            int c;
            if (va == null || vb == null) {
                c = va == vb ? 0 : (va == null) == term.nullsFirst() ? -1 : 1;
            } else {
                c = compareValues(va, vb);
                c = term.desc() ? -c : c;
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static @Nullable Object sortKey(Env env, ModelDef model, FieldDef field, Map<String, Object> row) {
        Object value = env.value(model, row, field.name());
        if (field.type() == FieldType.MANY2ONE && value instanceof Long id) {
            ModelDef comodel = env.comodel(field);
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

package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code read_group}: groups by stored fields (by their value, without date granularity), counts each group
 * ({@code <field>_count} when lazy, {@code __count} otherwise), sums numeric fields named in {@code fields}
 * (optionally as {@code name:sum|min|max|avg}), and gives each group its {@code __domain}.
 */
final class ReadGroup {

    private ReadGroup() {
    }

    static List<Object> readGroup(Env env, Orm orm, Args a) {
        ModelDef model = orm.model();
        env.checkAccess(model, "read");
        List<?> domain = DomainCompiler.asDomain(a.get("domain"));
        List<?> groupby = a.optionalList("groupby");
        if (groupby == null || groupby.isEmpty()) {
            groupby = List.of();
        }
        boolean lazy = !a.has("lazy") || Py.truthy(a.get("lazy"));
        List<String> groupFields = new ArrayList<>();
        for (Object g : lazy && groupby.size() > 1 ? groupby.subList(0, 1) : groupby) {
            String name = String.valueOf(g);
            FieldDef field = model.field(name);
            if (field == null || !field.stored() || field.type().isX2many()) {
                throw OdooError.valueError("Invalid field " + Py.repr(name) + " on model " + Py.repr(model.name()));
            }
            groupFields.add(name);
        }
        Map<String, String> aggregates = aggregates(model, a.optionalList("fields"), groupFields);
        List<Map<String, Object>> rows = orm.searchRows(domain, 0, null, null);
        Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            List<Object> key = new ArrayList<>();
            for (String name : groupFields) {
                key.add(row.get(name));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Map<String, Object>>> group : groups.entrySet()) {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Object> groupLeaves = new ArrayList<>();
            Map<String, Object> sample = group.getValue().get(0);
            for (String name : groupFields) {
                FieldDef field = Objects.requireNonNull(model.field(name));
                out.put(name, Values.toRead(env, model, field, sample.get(name), true, sample));
                Object raw = sample.get(name);
                groupLeaves.add(List.of(name, "=", raw == null ? Boolean.FALSE : raw));
            }
            long count = group.getValue().size();
            out.put(lazy && groupFields.size() == 1 ? groupFields.get(0) + "_count" : "__count", count);
            aggregates.forEach((name, function) -> out.put(name, aggregate(group.getValue(), name, function)));
            out.put("__domain", and(domain, groupLeaves));
            if (lazy && groupby.size() > 1) {
                Map<String, Object> context = new LinkedHashMap<>();
                context.put("group_by", new ArrayList<Object>(groupby.subList(1, groupby.size())));
                out.put("__context", context);
            }
            result.add(out);
        }
        result.sort(groupOrder(env, model, groupFields, a.optionalString("orderby")));
        long offset = a.longOr("offset", 0);
        Long limit = a.optionalLong("limit");
        int from = (int) Math.min(offset, result.size());
        int to = limit == null ? result.size() : (int) Math.min(result.size(), from + limit);
        return new ArrayList<>(result.subList(from, to));
    }

    private static Map<String, String> aggregates(ModelDef model, @Nullable List<?> fields, List<String> groupFields) {
        Map<String, String> out = new LinkedHashMap<>();
        if (fields == null) {
            return out;
        }
        for (Object spec : fields) {
            String text = String.valueOf(spec);
            String name = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
            String function = text.contains(":") ? text.substring(text.indexOf(':') + 1) : "sum";
            FieldDef field = model.field(name);
            if (field == null) {
                throw OdooError.valueError("Invalid field " + Py.repr(name) + " on model " + Py.repr(model.name()));
            }
            if (field.type().isNumeric() && !groupFields.contains(name) && !name.equals("id")) {
                out.put(name, function);
            }
        }
        return out;
    }

    private static Object aggregate(List<Map<String, Object>> rows, String name, String function) {
        List<Double> values = new ArrayList<>();
        boolean integer = true;
        for (Map<String, Object> row : rows) {
            Object value = row.get(name);
            if (value instanceof Number n) {
                values.add(n.doubleValue());
                integer &= value instanceof Long;
            }
        }
        double result = switch (function) {
            case "min" -> values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            case "max" -> values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            case "avg" -> values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            case "count" -> values.size();
            default -> values.stream().mapToDouble(Double::doubleValue).sum();
        };
        return integer && !function.equals("avg") ? (Object) Long.valueOf((long) result) : (Object) result;
    }

    /** Odoo's {@code expression.AND([domain, leaves])}: normalised, with explicit '&'. */
    static List<Object> and(List<?> domain, List<Object> leaves) {
        List<Object> terms = new ArrayList<>();
        int count = 0;
        List<Object> normalised = normalise(domain);
        if (!normalised.isEmpty()) {
            terms.addAll(normalised);
            count++;
        }
        for (Object leaf : leaves) {
            terms.add(leaf);
            count++;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            out.add("&");
        }
        out.addAll(terms);
        return out;
    }

    /** Makes implicit '&' explicit, as Odoo's normalize_domain. */
    static List<Object> normalise(List<?> domain) {
        List<Object> out = new ArrayList<>();
        int expected = 1;
        for (Object token : domain) {
            if (expected == 0) {
                out.add(0, "&");
                expected = 1;
            }
            if ("&".equals(token) || "|".equals(token)) {
                expected += 1;
            } else if (!"!".equals(token)) {
                expected -= 1;
            }
            out.add(token);
        }
        return out;
    }

    private static Comparator<Map<String, Object>> groupOrder(Env env, ModelDef model, List<String> groupFields,
            @Nullable String orderby) {
        Comparator<Map<String, Object>> order = (x, y) -> 0;
        List<String> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        if (orderby != null) {
            for (String term : orderby.split(",")) {
                String[] parts = term.trim().split("\\s+");
                keys.add(parts[0]);
                descending.add(parts.length > 1 && parts[1].equalsIgnoreCase("desc"));
            }
        } else {
            keys.addAll(groupFields);
            groupFields.forEach(g -> descending.add(false));
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            boolean desc = descending.get(i);
            Comparator<Map<String, Object>> one = (x, y) -> {
                Object vx = sortable(x.get(key));
                Object vy = sortable(y.get(key));
                if (vx == null || vy == null) {
                    return vx == vy ? 0 : vx == null ? 1 : -1;
                }
                int c = Ordering.compareValues(vx, vy);
                return desc ? -c : c;
            };
            order = order.thenComparing(one);
        }
        return order;
    }

    private static @Nullable Object sortable(@Nullable Object value) {
        if (value instanceof List<?> pair && pair.size() == 2) {
            return pair.get(1);
        }
        return Boolean.FALSE.equals(value) ? null : value;
    }
}

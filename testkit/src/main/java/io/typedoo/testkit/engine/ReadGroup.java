package io.typedoo.testkit.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code read_group}: groups by stored fields (dates and datetimes by day, week, month (the default), quarter or
 * year, labelled as Odoo labels them), counts each group
 * ({@code <field>_count} when lazy, {@code __count} otherwise), sums numeric fields named in {@code fields}
 * (optionally as {@code name:sum|min|max|avg}), and gives each group its {@code __domain}.
 */
final class ReadGroup {

    /** Temporary keys holding each group's raw value for sorting; removed before the answer leaves. */
    private static final String SORT_PREFIX = "\u0000sort";

    private ReadGroup() {
    }

    static List<Object> readGroup(Env env, Orm orm, Args a) {
        return group(env, orm, a, false);
    }

    /**
     * Odoo 19's {@code formatted_read_group}: never lazy, {@code __count} and {@code field:function} aggregates
     * named as asked, and each group's own condition as {@code __extra_domain} (without the search domain).
     */
    static List<Object> formattedReadGroup(Env env, Orm orm, Args a) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("domain", a.get("domain"));
        values.put("groupby", a.has("groupby") ? a.get("groupby") : List.of());
        List<Object> fields = new ArrayList<>();
        List<?> aggregates = a.optionalList("aggregates");
        for (Object aggregate : aggregates == null ? List.of() : aggregates) {
            if (!"__count".equals(aggregate)) {
                fields.add(aggregate);
            }
        }
        values.put("fields", fields);
        values.put("offset", a.get("offset"));
        values.put("limit", a.get("limit"));
        values.put("orderby", a.get("order"));
        values.put("lazy", Boolean.FALSE);
        List<Object> groups = group(env, orm, Args.of(values), true);
        boolean count = aggregates != null && aggregates.contains("__count");
        for (Object group : groups) {
            @SuppressWarnings("unchecked")
            Map<String, Object> out = (Map<String, Object>) group;
            Object n = out.remove("__count");
            if (count) {
                out.put("__count", n);
            }
        }
        return groups;
    }

    private static List<Object> group(Env env, Orm orm, Args a, boolean formatted) {
        ModelDef model = orm.model();
        env.checkAccess(model, "read");
        List<?> domain = DomainCompiler.asDomain(a.get("domain"));
        List<?> groupby = a.optionalList("groupby");
        if (groupby == null || groupby.isEmpty()) {
            groupby = List.of();
        }
        boolean lazy = !a.has("lazy") || Py.truthy(a.get("lazy"));
        List<GroupSpec> specs = new ArrayList<>();
        for (Object g : lazy && groupby.size() > 1 ? groupby.subList(0, 1) : groupby) {
            specs.add(GroupSpec.parse(model, String.valueOf(g)));
        }
        List<String> groupFields = specs.stream().map(spec -> spec.field().name()).toList();
        Map<String, String> aggregates = aggregates(model, a.optionalList("fields"), groupFields);
        List<Map<String, Object>> rows = orm.searchRows(domain, 0, null, null);
        Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            // A many2many puts the row in one group per related record (or in the False group): a product of keys.
            List<List<Object>> keys = new ArrayList<>();
            keys.add(new ArrayList<>());
            for (GroupSpec spec : specs) {
                List<List<Object>> extended = new ArrayList<>();
                for (Object bucket : spec.buckets(env, model, row)) {
                    for (List<Object> key : keys) {
                        List<Object> longer = new ArrayList<>(key);
                        longer.add(bucket);
                        extended.add(longer);
                    }
                }
                keys = extended;
            }
            for (List<Object> key : keys) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Map<String, Object>>> group : groups.entrySet()) {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Object> groupLeaves = new ArrayList<>();
            Map<String, Object> ranges = new LinkedHashMap<>();
            Map<String, Object> sample = group.getValue().get(0);
            for (int i = 0; i < specs.size(); i++) {
                GroupSpec spec = specs.get(i);
                FieldDef field = spec.field();
                Object bucket = group.getKey().get(i);
                if (field.type() == FieldType.MANY2MANY) {
                    out.put(spec.key(), bucket == null ? Boolean.FALSE : List.of(bucket,
                            displayName(env, env.comodel(field), (Long) bucket)));
                    groupLeaves.add(List.of(field.name(), "=", bucket == null ? Boolean.FALSE : bucket));
                } else if (spec.granularity() == null || bucket == null) {
                    out.put(spec.key(), Values.toRead(env, model, field, sample.get(field.name()), true, sample));
                    groupLeaves.add(List.of(field.name(), "=", bucket == null ? Boolean.FALSE : bucket));
                } else {
                    LocalDate from = LocalDate.parse((String) bucket);
                    String start = spec.format(from);
                    String stop = spec.format(spec.next(from));
                    out.put(spec.key(), spec.label(from));
                    groupLeaves.add("&");
                    groupLeaves.add(List.of(field.name(), ">=", start));
                    groupLeaves.add(List.of(field.name(), "<", stop));
                    Map<String, Object> range = new LinkedHashMap<>();
                    range.put("from", start);
                    range.put("to", stop);
                    ranges.put(spec.key(), range);
                }
                out.put(SORT_PREFIX + i, bucket);
            }
            long count = group.getValue().size();
            out.put(lazy && specs.size() == 1 ? groupFields.get(0) + "_count" : "__count", count);
            aggregates.forEach((name, function) -> out.put(formatted ? name + ":" + function : name,
                    aggregate(group.getValue(), name, function)));
            if (formatted) {
                out.put("__extra_domain", groupLeaves);
                result.add(out);
                continue;
            }
            out.put("__domain", and(domain, groupLeaves));
            if (!ranges.isEmpty()) {
                out.put("__range", ranges);
            }
            if (lazy && groupby.size() > 1) {
                Map<String, Object> context = new LinkedHashMap<>();
                context.put("group_by", new ArrayList<Object>(groupby.subList(1, groupby.size())));
                out.put("__context", context);
            }
            result.add(out);
        }
        result.sort(groupOrder(env, specs, a.optionalString("orderby")));
        result.forEach(out -> out.keySet().removeIf(k -> k.startsWith(SORT_PREFIX)));
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
            // a date range adds '&', a, b: one more term for the two leaves it joins
            count += "&".equals(leaf) ? -1 : 1;
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

    /** Orders groups by the grouped values (many2one by name, dates by date) or by an explicit orderby. */
    private static Comparator<Map<String, Object>> groupOrder(Env env, List<GroupSpec> specs,
            @Nullable String orderby) {
        Comparator<Map<String, Object>> order = (x, y) -> 0;
        List<String> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        if (orderby != null) {
            for (String term : orderby.split(",")) {
                String[] parts = term.trim().split("\\s+");
                String key = parts[0];
                for (int i = 0; i < specs.size(); i++) {
                    if (specs.get(i).field().name().equals(key) || specs.get(i).key().equals(key)) {
                        key = SORT_PREFIX + i;
                    }
                }
                keys.add(key);
                descending.add(parts.length > 1 && parts[1].equalsIgnoreCase("desc"));
            }
        } else {
            for (int i = 0; i < specs.size(); i++) {
                keys.add(SORT_PREFIX + i);
                descending.add(false);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            boolean desc = descending.get(i);
            GroupSpec spec = key.startsWith(SORT_PREFIX) ? specs.get(Integer.parseInt(key.substring(
                    SORT_PREFIX.length()))) : null;
            Comparator<Map<String, Object>> one = (x, y) -> {
                Object vx = sortable(env, spec, x.get(key));
                Object vy = sortable(env, spec, y.get(key));
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

    private static Object displayName(Env env, ModelDef comodel, long id) {
        Map<String, Object> target = env.tx().row(comodel.name(), id);
        String name = target == null ? null : env.displayName(comodel, target);
        return name == null ? Boolean.FALSE : name;
    }

    private static @Nullable Object sortable(Env env, @Nullable GroupSpec spec, @Nullable Object value) {
        if (spec != null && spec.field().type().isRelational() && value instanceof Long id) {
            ModelDef comodel = env.comodel(spec.field());
            Map<String, Object> target = env.tx().row(comodel.name(), id);
            return target == null ? null : env.displayName(comodel, target);
        }
        if (value instanceof List<?> pair && pair.size() == 2) {
            return pair.get(1);
        }
        return value;
    }

    /** One {@code groupby} entry: a field and, for dates, a granularity (month unless given). */
    private record GroupSpec(String key, FieldDef field, @Nullable String granularity) {

        private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
        private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

        static GroupSpec parse(ModelDef model, String text) {
            int colon = text.indexOf(':');
            String name = colon < 0 ? text : text.substring(0, colon);
            FieldDef field = model.field(name);
            if (field == null || !field.stored() || field.type() == FieldType.ONE2MANY) {
                throw OdooError.valueError("Invalid field " + Py.repr(name) + " on model " + Py.repr(model.name()));
            }
            boolean date = field.type() == FieldType.DATE || field.type() == FieldType.DATETIME;
            String granularity = colon < 0 ? (date ? "month" : null) : text.substring(colon + 1);
            if (granularity != null && (!date || !List.of("day", "week", "month", "quarter", "year")
                    .contains(granularity))) {
                throw OdooError.valueError("Invalid groupby " + Py.repr(text) + " on model " + Py.repr(model.name()));
            }
            return new GroupSpec(text, field, granularity);
        }

        /** The groups a row falls in: one, or one per related record of a many2many (the False group if none). */
        List<@Nullable Object> buckets(Env env, ModelDef model, Map<String, Object> row) {
            if (field.type() != FieldType.MANY2MANY) {
                List<@Nullable Object> one = new ArrayList<>();
                one.add(bucket(row.get(field.name())));
                return one;
            }
            List<@Nullable Object> ids = new ArrayList<>(env.x2manyIds(model, row, field, false));
            if (ids.isEmpty()) {
                ids.add(null);
            }
            return ids;
        }

        /** The group a stored value falls in: the value itself, or the first day of its period. */
        @Nullable Object bucket(@Nullable Object value) {
            if (granularity == null || value == null) {
                return value;
            }
            LocalDate day = LocalDate.parse(((String) value).substring(0, 10));
            LocalDate start = switch (granularity) {
                case "day" -> day;
                case "week" -> day.with(WeekFields.ISO.dayOfWeek(), 1);
                case "quarter" -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
                case "year" -> day.withDayOfYear(1);
                default -> day.withDayOfMonth(1);
            };
            return start.toString();
        }

        LocalDate next(LocalDate start) {
            return switch (Objects.requireNonNull(granularity)) {
                case "day" -> start.plusDays(1);
                case "week" -> start.plusWeeks(1);
                case "quarter" -> start.plusMonths(3);
                case "year" -> start.plusYears(1);
                default -> start.plusMonths(1);
            };
        }

        String format(LocalDate day) {
            return field.type() == FieldType.DATETIME ? day + " 00:00:00" : day.toString();
        }

        /** Odoo's labels: "30 Nov 2026", "W48 2026", "November 2026", "Q4 2026", "2026". */
        String label(LocalDate start) {
            return switch (Objects.requireNonNull(granularity)) {
                case "day" -> DAY_LABEL.format(start);
                case "week" -> "W" + start.get(WeekFields.ISO.weekOfWeekBasedYear()) + " "
                        + start.get(WeekFields.ISO.weekBasedYear());
                case "quarter" -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
                case "year" -> String.valueOf(start.getYear());
                default -> MONTH_LABEL.format(start);
            };
        }
    }
}

package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo 17+'s {@code web_read} and {@code web_search_read}: records with the fields a nested {@code specification}
 * names, related records inlined ({@code {"user_id": {"fields": {"name": {}}}}} gives
 * {@code "user_id": {"id": 2, "name": "Mitchell Admin"}}) in one call. Odoo 16's {@code web_search_read} takes a
 * flat {@code fields} list instead and answers {@code search_read}'s records ({@link OrmSignatures} binds which).
 */
final class WebRead {

    private WebRead() {
    }

    static Map<String, Object> webSearchRead(Env env, Orm orm, Args a) {
        ModelDef model = orm.model();
        Long limit = a.optionalLong("limit");
        long offset = a.longOr("offset", 0);
        List<Long> ids = orm.search(a.get("domain"), offset, limit, a.optionalString("order"));
        boolean specified = a.has("specification");
        List<Map<String, Object>> records = specified ? webRead(env, model, ids, a.map("specification"))
                : orm.read(ids, a.optionalList("fields"), true);
        long length;
        if (!specified && records.isEmpty()) {
            length = 0;     // Odoo 16 answers {'length': 0, 'records': []} before counting anything
        } else if (limit != null && limit > 0 && ids.size() == limit) {
            length = orm.searchCount(a.get("domain"), a.optionalLong("count_limit"));
        } else {
            length = offset + ids.size();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("length", length);
        out.put("records", records);
        return out;
    }

    static List<Map<String, Object>> webRead(Env env, ModelDef model, List<Long> ids, Map<?, ?> specification) {
        Orm orm = new Orm(env, model);
        List<Object> names = new ArrayList<>(specification.keySet());
        List<Map<String, Object>> rows = orm.read(ids, names.isEmpty() ? List.of("id") : names, false);
        for (Map.Entry<?, ?> entry : specification.entrySet()) {
            FieldDef field = model.field(String.valueOf(entry.getKey()));
            if (field == null || !field.type().isRelational() || !(entry.getValue() instanceof Map<?, ?> spec)
                    || !(spec.get("fields") instanceof Map<?, ?> subFields)) {
                continue;
            }
            ModelDef comodel = env.comodel(field);
            for (Map<String, Object> values : rows) {
                Object value = values.get(field.name());
                if (field.type() == FieldType.MANY2ONE) {
                    if (value instanceof Long id && !subFields.isEmpty()) {
                        List<Map<String, Object>> target = webRead(env, comodel, List.of(id), subFields);
                        values.put(field.name(), target.isEmpty() ? Boolean.FALSE : target.get(0));
                    }
                } else if (value instanceof List<?> list) {
                    List<Long> targetIds = Py.toIds(list);
                    if (spec.get("order") instanceof String order && !order.isBlank()) {
                        targetIds = new Orm(env, comodel).searchRows(List.of(List.of("id", "in", targetIds)), 0,
                                null, order).stream().map(r -> (Long) r.get("id")).toList();
                    }
                    // Odoo 18 reads the first `limit` records and gives the others as {"id": ...} only.
                    List<Long> rest = List.of();
                    if (spec.get("limit") instanceof Long limit && limit < targetIds.size()) {
                        rest = targetIds.subList(limit.intValue(), targetIds.size());
                        targetIds = targetIds.subList(0, limit.intValue());
                    }
                    List<Object> records = new ArrayList<>(webRead(env, comodel, targetIds, subFields));
                    for (Long id : rest) {
                        records.add(Map.of("id", id));
                    }
                    values.put(field.name(), records);
                }
            }
        }
        return rows;
    }
}

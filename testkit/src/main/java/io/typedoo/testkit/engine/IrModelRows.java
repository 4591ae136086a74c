package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code ir.model} and {@code ir.model.fields} in step with the registry: their rows describe the declared
 * models, so they are derived from the schema on every start rather than journalled.
 */
final class IrModelRows {

    private static final String CREATED = "2026-11-30 09:35:48";

    private IrModelRows() {
    }

    static void refresh(Store store, ModelRegistry registry, ModelDef model) {
        if (registry.model("ir.model") == null) {
            return;
        }
        if (model.name().equals("ir.model.fields")) {
            // ir.model is registered before ir.model.fields; describe both now that both exist.
            for (ModelDef each : registry.all()) {
                refreshOne(store, each);
            }
            return;
        }
        if (registry.model("ir.model.fields") != null) {
            refreshOne(store, model);
        }
    }

    private static void refreshOne(Store store, ModelDef model) {
        Long modelId = null;
        for (Map<String, Object> row : store.rows("ir.model")) {
            if (model.name().equals(row.get("model"))) {
                modelId = (Long) row.get("id");
            }
        }
        Map<String, Object> modelRow = audit();
        modelRow.put("model", model.name());
        modelRow.put("name", model.description());
        modelRow.put("state", "base");
        modelRow.put("transient", false);
        if (modelId == null) {
            modelId = store.allocateId("ir.model");
        }
        store.put("ir.model", modelId, modelRow);
        List<Long> stale = new ArrayList<>();
        for (Map<String, Object> row : store.rows("ir.model.fields")) {
            if (modelId.equals(row.get("model_id"))) {
                stale.add((Long) row.get("id"));
            }
        }
        stale.forEach(id -> store.put("ir.model.fields", id, null));
        for (FieldDef field : model.fields().values()) {
            Map<String, Object> row = audit();
            row.put("name", field.name());
            row.put("field_description", field.label());
            row.put("model", model.name());
            row.put("model_id", modelId);
            row.put("ttype", field.type().odooName());
            row.put("relation", field.relation());
            row.put("relation_field", field.inverseName());
            row.put("required", field.required());
            row.put("readonly", field.readonly());
            row.put("store", field.stored());
            row.put("state", "base");
            store.put("ir.model.fields", store.allocateId("ir.model.fields"), row);
        }
    }

    private static Map<String, Object> audit() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("create_uid", Env.SUPERUSER);
        row.put("create_date", CREATED);
        row.put("write_uid", Env.SUPERUSER);
        row.put("write_date", CREATED);
        return row;
    }
}

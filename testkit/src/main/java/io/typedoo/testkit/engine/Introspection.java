package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@code fields_get} and {@code default_get}. */
final class Introspection {

    private Introspection() {
    }

    /**
     * Field descriptions; with {@code attributes}, only those that apply to each field (a relation only for
     * relational fields), keys sorted as Odoo's JSON shows them.
     */
    static Map<String, Object> fieldsGet(ModelDef model, @Nullable List<?> allfields, @Nullable List<?> attributes,
            int odooVersion) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDef field : model.fields().values()) {
            if (field.secret() || allfields != null && !allfields.contains(field.name())) {
                continue;
            }
            Map<String, Object> all = describe(model, field, odooVersion);
            Map<String, Object> described = new TreeMap<>();
            all.forEach((key, value) -> {
                if (attributes == null || attributes.contains(key)) {
                    described.put(key, value);
                }
            });
            out.put(field.name(), described);
        }
        return out;
    }

    /**
     * A field as Odoo 18's {@code Field.get_description} gives it: attributes whose value is None are left out
     * ({@code help} when the field has none, {@code aggregator} on non-numeric fields), so {@code help} never
     * appears; {@code depends} lists what a computed field depends on ({@code []} for stored fields).
     */
    static Map<String, Object> describe(ModelDef model, FieldDef field, int odooVersion) {
        Map<String, Object> d = new TreeMap<>();
        d.put("name", field.name());
        d.put("string", field.label());
        d.put("type", field.type().odooName());
        d.put("required", field.required());
        d.put("readonly", field.readonly());
        d.put("store", field.stored());
        d.put("searchable", true);
        d.put("sortable", field.stored() && !field.type().isX2many());
        d.put("groupable", field.stored() && field.type() != FieldType.ONE2MANY);
        d.put("manual", false);
        d.put("change_default", false);
        d.put("company_dependent", false);
        d.put("exportable", true);
        d.put("default_export_compatible", false);
        d.put("depends", new ArrayList<Object>(depends(model, field)));
        if (field.type().isNumeric() && !field.name().equals("id")) {
            d.put("aggregator", "sum");
        }
        if (odooVersion >= 19 && (field.type() == FieldType.MANY2ONE || field.type() == FieldType.MANY2MANY)) {
            // Odoo 19: whether child_of / parent_of apply, true on a many2one (json2/006)
            d.put("allow_hierachy_operators", field.type() == FieldType.MANY2ONE);
        }
        if (field.relation() != null) {
            d.put("relation", field.relation());
            d.put("context", new LinkedHashMap<String, Object>());
            d.put("domain", new ArrayList<Object>());
        }
        if (field.inverseName() != null) {
            d.put("relation_field", field.inverseName());
        }
        if (field.type() == FieldType.SELECTION) {
            List<Object> selection = new ArrayList<>();
            for (List<String> option : field.selection()) {
                selection.add(new ArrayList<Object>(option));
            }
            d.put("selection", selection);
        }
        if (field.type() == FieldType.CHAR || field.type() == FieldType.TEXT || field.type() == FieldType.HTML) {
            d.put("translate", false);
        }
        if (field.type() == FieldType.CHAR) {
            d.put("trim", true);
        }
        return d;
    }

    private static List<String> depends(ModelDef model, FieldDef field) {
        ComputedField computed = model.computed(field.name());
        if (computed != null) {
            return computed.depends();
        }
        if (field.name().equals("display_name")) {
            return model.recName() == null ? List.of() : List.of(model.recName());
        }
        return List.of();
    }

    /** Defaults for the requested fields (context {@code default_x} first), in the wire form. */
    static Map<String, Object> defaultGet(Env env, ModelDef model, @Nullable List<?> fieldNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<?> names = fieldNames == null ? new ArrayList<>(model.fields().keySet()) : fieldNames;
        for (Object name : names) {
            FieldDef field = name instanceof String s ? model.field(s) : null;
            if (field == null) {
                continue;
            }
            Object contextDefault = env.context().get("default_" + field.name());
            if (contextDefault != null) {
                out.put(field.name(), contextDefault);
            } else if (field.defaultValue() != null) {
                Object value = field.defaultValue().compute(env.uid());
                out.put(field.name(), value == null ? Boolean.FALSE : value);
            }
        }
        return out;
    }
}

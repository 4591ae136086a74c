package io.typedoo.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameter names of Odoo methods, for turning a positional call into the named call JSON-2 needs: a built-in
 * table of the standard ORM methods (Odoo 19's names, which Odoo 17 and 18 share), so that common calls need no
 * extra round trip, and the reader of {@code /doc-bearer/<model>.json} for the others.
 */
final class MethodSignatures {

    /**
     * One method's parameters.
     *
     * @param onRecords true for a method on records ({@code ids} first in a positional call), false for an
     *     {@code @api.model} method
     * @param parameters the Python parameter names in order, without {@code self}
     */
    record Signature(boolean onRecords, List<String> parameters) {
    }

    private static final Map<String, Signature> STANDARD = Map.ofEntries(
            model("search", "domain", "offset", "limit", "order"),
            model("search_count", "domain", "limit"),
            model("search_read", "domain", "fields", "offset", "limit", "order"),
            model("create", "vals_list"),
            model("fields_get", "allfields", "attributes"),
            model("name_search", "name", "domain", "operator", "limit"),
            model("name_create", "name"),
            model("default_get", "fields"),
            model("web_search_read", "domain", "specification", "offset", "limit", "order", "count_limit"),
            model("web_name_search", "name", "specification", "domain", "operator", "limit"),
            model("formatted_read_group", "domain", "groupby", "aggregates", "having", "offset", "limit", "order"),
            model("check_access_rights", "operation", "raise_exception"),
            model("context_get"),
            model("get_views", "views", "options"),
            model("load", "fields", "data"),
            records("read", "fields", "load"),
            records("write", "vals"),
            records("unlink"),
            records("web_read", "specification"),
            records("web_save", "vals", "specification", "next_id"),
            records("copy", "default"),
            records("has_access", "operation"),
            records("action_archive"),
            records("action_unarchive"),
            records("export_data", "fields_to_export"),
            records("get_metadata"),
            records("onchange", "values", "field_names", "fields_spec"));

    private MethodSignatures() {
    }

    /** The standard ORM method's signature, or null when {@code method} is not in the table. */
    static @Nullable Signature standard(String method) {
        return STANDARD.get(method);
    }

    /**
     * The methods described by a {@code /doc-bearer/<model>.json} document:
     * {@code {"methods": {"name": {"parameters": {"p": {...}, ...}, "api": ["model", ...]}, ...}}}. Entries of another
     * shape are skipped.
     */
    static Map<String, Signature> fromDoc(@Nullable Object doc) {
        Map<String, Signature> found = new LinkedHashMap<>();
        if (doc instanceof Map<?, ?> root && root.get("methods") instanceof Map<?, ?> methods) {
            methods.forEach((name, description) -> {
                if (name instanceof String method && description instanceof Map<?, ?> d
                        && d.get("parameters") instanceof Map<?, ?> parameters) {
                    boolean onModel = d.get("api") instanceof List<?> api && api.contains("model");
                    List<String> names = parameters.keySet().stream().map(String::valueOf).toList();
                    found.put(method, new Signature(!onModel, names));
                }
            });
        }
        return found;
    }

    private static Map.Entry<String, Signature> model(String name, String... parameters) {
        return Map.entry(name, new Signature(false, List.of(parameters)));
    }

    private static Map.Entry<String, Signature> records(String name, String... parameters) {
        return Map.entry(name, new Signature(true, List.of(parameters)));
    }
}

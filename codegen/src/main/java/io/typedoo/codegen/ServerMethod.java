package io.typedoo.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One public method of a model as Odoo 19 documents it in {@code /doc-bearer/<model>.json}: its parameters in order,
 * with their Python annotations, and its return annotation.
 *
 * @param name the Odoo method name, such as {@code action_confirm}
 * @param signature the Python signature as the server writes it, such as {@code (name='', limit=100) -> list[int]}
 * @param parameters the parameters in their order
 * @param returns the return annotation, such as {@code bool}, or null when the server does not document it
 * @param modelMethod true for an {@code @api.model} method, which runs on no record
 */
public record ServerMethod(String name, String signature, List<Parameter> parameters, @Nullable String returns,
        boolean modelMethod) {

    /**
     * One parameter.
     *
     * @param name the Python name
     * @param annotation the Python annotation, such as {@code int | None}, or null when the server gives none
     * @param defaultValue the default as JSON gave it ({@code null} for Python's None), when {@code hasDefault}
     * @param hasDefault whether the parameter has a default
     */
    public record Parameter(String name, @Nullable String annotation, @Nullable Object defaultValue,
            boolean hasDefault) {
    }

    /** Compact constructor: an unmodifiable copy of the parameters. */
    public ServerMethod {
        parameters = List.copyOf(parameters);
    }

    /**
     * The methods of a {@code /doc-bearer/<model>.json} document, by name, in the server's order; entries that are
     * not shaped as documented are left out.
     */
    public static Map<String, ServerMethod> fromDoc(Map<String, Object> doc) {
        Map<String, ServerMethod> methods = new LinkedHashMap<>();
        if (!(doc.get("methods") instanceof Map<?, ?> all)) {
            return methods;
        }
        for (Map.Entry<?, ?> entry : all.entrySet()) {
            if (entry.getKey() instanceof String name && entry.getValue() instanceof Map<?, ?> method) {
                methods.put(name, read(name, method));
            }
        }
        return Collections.unmodifiableMap(methods);
    }

    private static ServerMethod read(String name, Map<?, ?> method) {
        List<Parameter> parameters = new ArrayList<>();
        if (method.get("parameters") instanceof Map<?, ?> given) {
            for (Map.Entry<?, ?> p : given.entrySet()) {
                Map<?, ?> details = p.getValue() instanceof Map<?, ?> m ? m : Map.of();
                parameters.add(new Parameter(String.valueOf(p.getKey()), text(details.get("annotation")),
                        details.get("default"), details.containsKey("default")));
            }
        }
        String returns = method.get("return") instanceof Map<?, ?> r ? text(r.get("annotation")) : null;
        boolean modelMethod = method.get("api") instanceof List<?> api && api.contains("model");
        return new ServerMethod(name, String.valueOf(method.get("signature")), parameters, returns, modelMethod);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}

package io.typedoo.testkit.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Python-style binding of positional and keyword arguments to a method's parameter names. */
final class Args {

    private final Map<String, @Nullable Object> values;

    private Args(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /** Arguments already bound by name. */
    static Args of(Map<String, @Nullable Object> values) {
        return new Args(new LinkedHashMap<>(values));
    }

    /**
     * Binds positional and keyword arguments to the parameters of a method's signature, as Python binds a call to
     * {@code BaseModel.method(self, ...)}: what JSON-2 binds by name, the legacy protocols bind here by position,
     * from the same signature. A {@code **name} parameter takes the keywords no other parameter names.
     */
    static Args bind(String method, List<Object> args, Map<String, Object> kwargs, MethodSignature signature) {
        List<String> declared = new java.util.ArrayList<>();
        boolean anyKeyword = false;
        for (MethodSignature.Parameter parameter : signature.parameters()) {
            if (parameter.varKeyword()) {
                anyKeyword = true;
            } else {
                declared.add(parameter.required() ? parameter.name() : parameter.name() + "=");
            }
        }
        if (!anyKeyword) {
            return bind(method, args, kwargs, declared.toArray(String[]::new));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        Map<String, Object> others = new LinkedHashMap<>();
        kwargs.forEach((key, value) -> (declared.contains(key) || declared.contains(key + "=") ? named : others)
                .put(key, value));
        Args bound = bind(method, args, named, declared.toArray(String[]::new));
        bound.values.putAll(others);
        return bound;
    }

    /**
     * Binds arguments to parameter names; a name ending in {@code =} is optional (has a default in Odoo), which
     * only changes the wording of the TypeError for too many positional arguments, as Python words it.
     */
    static Args bind(String method, List<Object> args, Map<String, Object> kwargs, String... declared) {
        String[] names = new String[declared.length];
        String[] self = new String[declared.length + 1];
        self[0] = "self";
        for (int i = 0; i < declared.length; i++) {
            names[i] = declared[i].endsWith("=") ? declared[i].substring(0, declared[i].length() - 1) : declared[i];
            self[i + 1] = declared[i];
        }
        if (args.size() > names.length) {
            throw OdooError.typeError(PythonText.argumentCountError("BaseModel." + method, args.size() + 1, self));
        }
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            values.put(names[i], args.get(i));
        }
        for (Map.Entry<String, Object> entry : kwargs.entrySet()) {
            String key = entry.getKey();
            if (!List.of(names).contains(key)) {
                throw OdooError.typeError("BaseModel." + method + "() got an unexpected keyword argument '" + key
                        + "'");
            }
            if (values.containsKey(key)) {
                throw OdooError.typeError("BaseModel." + method + "() got multiple values for argument '" + key
                        + "'");
            }
            values.put(key, entry.getValue());
        }
        return new Args(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    @Nullable Object get(String name) {
        return values.get(name);
    }

    Object required(String method, String name) {
        if (!values.containsKey(name)) {
            throw OdooError.typeError("BaseModel." + method + "() missing 1 required positional argument: '"
                    + name + "'");
        }
        Object value = values.get(name);
        return value == null ? Boolean.FALSE : value;
    }

    long longOr(String name, long fallback) {
        Object value = values.get(name);
        return absent(value) ? fallback : Py.toLong(value, name);
    }

    @Nullable Long optionalLong(String name) {
        Object value = values.get(name);
        return absent(value) ? null : Long.valueOf(Py.toLong(value, name));
    }

    /** Odoo tests {@code if offset:} / {@code if limit:}: None, False and an empty string all mean "not given". */
    private static boolean absent(@Nullable Object value) {
        return Py.isFalse(value) || value instanceof String s && s.isEmpty();
    }

    @Nullable String optionalString(String name) {
        Object value = values.get(name);
        return value instanceof String s && !s.isEmpty() ? s : null;
    }

    @Nullable List<?> optionalList(String name) {
        Object value = values.get(name);
        if (Py.isFalse(value)) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        throw OdooError.typeError(name + " must be a list, not " + Py.typeName(value));
    }

    Map<?, ?> map(String name) {
        Object value = values.get(name);
        if (Py.isFalse(value)) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw OdooError.typeError(name + " must be a dict, not " + Py.typeName(value));
    }
}

package io.typedoo.testkit.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Python signature of a public model method, as Odoo 19 documents it on {@code /doc-bearer/<model>.json}
 * ({@code "(domain, offset=0, limit=None, order=None) -> list[int]"}), and whether it is a model-level method
 * ({@code @api.model}: called without records) or a record method. JSON-2 binds a request's keys to it by name,
 * with the errors Python's {@code inspect.Signature.bind} raises; the same table answers {@code /doc-bearer}.
 *
 * <pre>{@code
 * models.method("library.book", "action_lend", MethodSignature.onRecords("(partner_id, days=14)"), call -> {
 *     long days = (Long) call.argument("days");
 *     ...
 * });
 * }</pre>
 *
 * <p>The parameter list is Python's: {@code name}, {@code name=default} with a Python literal default
 * ({@code None}, {@code True}, {@code 0}, {@code 'ilike'}, {@code ()}), and a last {@code **name} that takes any
 * other keyword. {@code self} is implied.
 */
public final class MethodSignature {

    /** One parameter: required (no default), optional (a default) or the catch-all {@code **name}. */
    public record Parameter(String name, @Nullable String defaultLiteral, boolean varKeyword) {

        /** Whether a call must give it. */
        public boolean required() {
            return defaultLiteral == null && !varKeyword;
        }

        /** The default as a normalised value (None is null, {@code ()} an empty list). */
        public @Nullable Object defaultValue() {
            return defaultLiteral == null ? null : literal(defaultLiteral);
        }
    }

    private final boolean modelLevel;
    private final List<Parameter> parameters;
    private final @Nullable String returns;

    private MethodSignature(boolean modelLevel, List<Parameter> parameters, @Nullable String returns) {
        this.modelLevel = modelLevel;
        this.parameters = List.copyOf(parameters);
        this.returns = returns;
    }

    /** A record method ({@code self} is the records of the call's {@code ids}), such as {@code write}. */
    public static MethodSignature onRecords(String signature) {
        return parse(false, signature);
    }

    /** A model-level method ({@code @api.model}), such as {@code search}: a call with {@code ids} is refused. */
    public static MethodSignature onModel(String signature) {
        return parse(true, signature);
    }

    /** Whether the method is {@code @api.model}. */
    public boolean modelLevel() {
        return modelLevel;
    }

    /** The parameters after {@code self}, in order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The return annotation ({@code "list[int]"}), or null when the signature has none. */
    public @Nullable String returns() {
        return returns;
    }

    /**
     * The signature as Odoo 19's {@code /doc-bearer} writes it: defaults as Python literals, a {@code **kwargs}
     * parameter by its bare name, then {@code -> annotation} when there is one.
     */
    public String text() {
        List<String> shown = new ArrayList<>();
        for (Parameter p : parameters) {
            shown.add(p.defaultLiteral() == null ? p.name() : p.name() + "=" + p.defaultLiteral());
        }
        return "(" + String.join(", ", shown) + ")" + (returns == null ? "" : " -> " + returns);
    }

    /**
     * Binds keyword arguments as {@code inspect.signature(method).bind(records, **kwargs)} does.
     *
     * @return the given arguments by parameter name, in parameter order; keys the {@code **} parameter takes come
     *     last, under their own names
     * @throws OdooError a {@code TypeError} worded as Python's: {@code missing a required argument: 'domain'},
     *     {@code got an unexpected keyword argument 'foo'}, {@code multiple values for argument 'self'}
     */
    public Map<String, @Nullable Object> bind(Map<String, ? extends @Nullable Object> kwargs) {
        Map<String, @Nullable Object> rest = new LinkedHashMap<>(kwargs);
        if (rest.containsKey("self")) {
            throw OdooError.typeError("multiple values for argument 'self'");
        }
        Map<String, @Nullable Object> bound = new LinkedHashMap<>();
        boolean catchAll = false;
        for (Parameter p : parameters) {
            if (p.varKeyword()) {
                catchAll = true;
                break;
            }
            if (rest.containsKey(p.name())) {
                bound.put(p.name(), rest.remove(p.name()));
            } else if (p.required()) {
                throw OdooError.typeError("missing a required argument: " + PythonText.stringRepr(p.name()));
            }
        }
        if (!rest.isEmpty() && !catchAll) {
            throw OdooError.typeError("got an unexpected keyword argument "
                    + PythonText.stringRepr(rest.keySet().iterator().next()));
        }
        bound.putAll(rest);
        return Collections.unmodifiableMap(bound);
    }

    /**
     * The bound arguments as positional values up to the last one given, defaults filling the gaps, and the
     * {@code **} ones apart: how the engine's positional binding receives a call made by name.
     */
    List<@Nullable Object> positional(Map<String, ? extends @Nullable Object> bound) {
        int last = -1;
        for (int i = 0; i < parameters.size(); i++) {
            if (!parameters.get(i).varKeyword() && bound.containsKey(parameters.get(i).name())) {
                last = i;
            }
        }
        List<@Nullable Object> values = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Parameter p = parameters.get(i);
            values.add(bound.containsKey(p.name()) ? bound.get(p.name()) : p.defaultValue());
        }
        return values;
    }

    /** The bound arguments a {@code **} parameter took. */
    Map<String, @Nullable Object> extraKeywords(Map<String, ? extends @Nullable Object> bound) {
        Map<String, @Nullable Object> extra = new LinkedHashMap<>(bound);
        parameters.forEach(p -> extra.remove(p.name()));
        return extra;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MethodSignature s && s.modelLevel == modelLevel && s.parameters.equals(parameters)
                && Objects.equals(s.returns, returns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelLevel, parameters, returns);
    }

    @Override
    public String toString() {
        return (modelLevel ? "@api.model " : "") + text();
    }

    // ------------------------------------------------------------------ parsing

    private static MethodSignature parse(boolean modelLevel, String signature) {
        Objects.requireNonNull(signature, "signature");
        String text = signature.strip();
        String returns = null;
        int close = closingParen(text);
        if (!text.startsWith("(") || close < 0) {
            throw new IllegalArgumentException("A signature reads (a, b=None, **kw) -> type, not " + signature);
        }
        String tail = text.substring(close + 1).strip();
        if (tail.startsWith("->")) {
            returns = tail.substring(2).strip();
        } else if (!tail.isEmpty()) {
            throw new IllegalArgumentException("Unexpected text after the parameters of " + signature);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (String part : splitTopLevel(text.substring(1, close))) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).varKeyword()) {
                throw new IllegalArgumentException("**" + parameters.get(parameters.size() - 1).name()
                        + " must be the last parameter of " + signature);
            }
            int equals = p.indexOf('=');
            String name = (equals < 0 ? p : p.substring(0, equals)).strip();
            boolean varKeyword = name.startsWith("**");
            if (varKeyword) {
                name = name.substring(2);
            }
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.equals("self")) {
                throw new IllegalArgumentException("Not a parameter name: '" + name + "' in " + signature);
            }
            String literal = equals < 0 ? null : p.substring(equals + 1).strip();
            if (literal != null) {
                literal(literal);                                   // fails early on a default it cannot read
            } else if (!varKeyword && !parameters.isEmpty() && !parameters.get(parameters.size() - 1).required()) {
                throw new IllegalArgumentException("A required parameter follows an optional one in " + signature);
            }
            parameters.add(new Parameter(name, literal, varKeyword));
        }
        return new MethodSignature(modelLevel, parameters, returns);
    }

    private static int closingParen(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = text.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                i = end < 0 ? text.length() : end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** A Python literal default: None, True, False, numbers, quoted strings, and empty (), [] or {}. */
    private static @Nullable Object literal(String literal) {
        switch (literal) {
            case "None":
                return null;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "()", "[]":
                return List.of();
            case "{}":
                return Map.of();
            default:
                break;
        }
        if (literal.length() >= 2 && (literal.startsWith("'") && literal.endsWith("'")
                || literal.startsWith("\"") && literal.endsWith("\""))) {
            return literal.substring(1, literal.length() - 1);
        }
        if (literal.matches("-?\\d+")) {
            return Long.parseLong(literal);
        }
        if (literal.matches("-?\\d+\\.\\d*")) {
            return Double.parseDouble(literal);
        }
        throw new IllegalArgumentException("Cannot read the default " + literal
                + "; use None, True, False, a number, a quoted string, (), [] or {}");
    }
}

package io.typedoo.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.typedoo.annotations.FieldNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Writes typed {@code @OdooMethod} declarations from Odoo 19's documented signatures ({@link ServerMethod}): each
 * parameter with its Python annotation's Java type and its Odoo name ({@code @OdooParam} where the Java name
 * differs), the result typed from the return annotation. A method that cannot be typed is not written; the reason
 * is returned instead, for the interface's Javadoc.
 *
 * <p>Python annotations typed: {@code int}, {@code str}, {@code bool}, {@code float}, a list (or sequence,
 * collection) of {@code int}, each with {@code | None} as {@code @Nullable}; results also {@code Literal[True]}
 * ({@code boolean}) and {@code None} ({@code void}). An undocumented result is declared {@code void}: the call
 * succeeds whatever Odoo answers.
 */
final class MethodGenerator {

    private static final ClassName ODOO_METHOD = ClassName.get("io.typedoo.annotations", "OdooMethod");
    private static final ClassName ODOO_PARAM = ClassName.get("io.typedoo.annotations", "OdooParam");
    private static final AnnotationSpec NULLABLE = AnnotationSpec.builder(
            ClassName.get("org.jspecify.annotations", "Nullable")).build();
    /** Names Odoo reserves in a JSON-2 call, which a parameter cannot take. */
    private static final Set<String> RESERVED_PARAMETERS = Set.of("ids", "context", "self");
    /** Methods of the generated record's bases: a declared method of that name is an error of the processor. */
    private static final Set<String> RECORD_METHODS = JavaNames.recordMethods(false);

    /** A written method, or why there is none. */
    record Outcome(@Nullable MethodSpec method, @Nullable String skipped) {
    }

    private MethodGenerator() {
    }

    /**
     * The declaration of {@code method}, or the reason it is left out.
     *
     * @param usedNames Java method names the interface has already (field accessors, earlier methods)
     */
    static Outcome generate(ServerMethod method, Set<String> usedNames) {
        if (method.modelMethod()) {
            return skip("it runs on no record (@api.model), and @OdooMethod calls a method on one record; call it"
                    + " with model.call(...)");
        }
        String javaName = JavaNames.accessorName(method.name());
        if (RECORD_METHODS.contains(javaName)) {
            return skip("the generated record already has a method " + javaName + "()");
        }
        if (usedNames.contains(javaName)) {
            return skip("a field accessor is named " + javaName + "() already");
        }
        MethodSpec.Builder spec = MethodSpec.methodBuilder(javaName)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addAnnotation(AnnotationSpec.builder(ODOO_METHOD).addMember("value", "$S", method.name()).build());
        StringBuilder doc = new StringBuilder("Calls {@code ").append(method.name())
                .append("} on this record: <code>").append(escape(method.signature())).append("</code>.\n");
        List<String> paramDocs = new ArrayList<>();
        Set<String> parameterNames = new HashSet<>();
        for (ServerMethod.Parameter p : method.parameters()) {
            if (RESERVED_PARAMETERS.contains(p.name()) || !p.name().matches("[a-z_][a-z0-9_]*")) {
                return skip("its parameter '" + p.name() + "' cannot be sent by name");
            }
            if (p.annotation() == null) {
                return skip("the server gives no type for its parameter " + p.name());
            }
            TypeName type = parameterType(p.annotation());
            if (type == null) {
                return skip("its parameter " + p.name() + " is a Python " + p.annotation()
                        + ", which typedoo does not send as a typed argument");
            }
            String javaParameter = parameterName(p.name(), parameterNames);
            parameterNames.add(javaParameter);
            ParameterSpec.Builder parameter = ParameterSpec.builder(type, javaParameter);
            if (!FieldNames.snakeCase(javaParameter).equals(p.name())) {
                parameter.addAnnotation(AnnotationSpec.builder(ODOO_PARAM).addMember("value", "$S", p.name())
                        .build());
            }
            spec.addParameter(parameter.build());
            paramDocs.add("@param " + javaParameter + " {@code " + p.name() + "}, a Python <code>"
                    + escape(p.annotation()) + "</code>" + (p.hasDefault() ? "; Odoo's default is <code>"
                    + escape(python(p.defaultValue())) + "</code>" : ""));
        }
        if (method.returns() == null) {
            doc.append("\n<p>Odoo does not document the result, so it is ignored: any answer, None included, is "
                    + "success.\n");
        } else {
            TypeName result = resultType(method.returns());
            if (result == null) {
                return skip("it returns a Python " + method.returns() + ", which typedoo does not read as a typed"
                        + " result");
            }
            spec.returns(result);
            if (!result.equals(TypeName.VOID)) {
                paramDocs.add("@return a Python <code>" + escape(method.returns()) + "</code>");
            }
        }
        if (!paramDocs.isEmpty()) {
            doc.append("\n").append(String.join("\n", paramDocs)).append("\n");
        }
        spec.addJavadoc("$L", doc.toString());
        return new Outcome(spec.build(), null);
    }

    private static Outcome skip(String reason) {
        return new Outcome(null, reason);
    }

    /** The camelCase of the Python name; a Java keyword gets a trailing underscore, a repeat a number. */
    private static String parameterName(String python, Set<String> taken) {
        String name = FieldNames.accessorName(python);
        if (name.isEmpty() || !SourceVersion.isName(name)) {
            name = name + "_";
        }
        String unique = name;
        for (int i = 2; taken.contains(unique); i++) {
            unique = name + i;
        }
        return unique;
    }

    private static @Nullable TypeName parameterType(String annotation) {
        return javaType(annotation, false);
    }

    private static @Nullable TypeName resultType(String annotation) {
        String plain = withoutTyping(annotation);
        if (plain.equals("None")) {
            return TypeName.VOID;
        }
        if (plain.equals("Literal[True]") || plain.equals("Literal[False]") || plain.equals("Literal[True, False]")) {
            return TypeName.BOOLEAN;
        }
        return javaType(annotation, true);
    }

    /** The Java type of {@code int}, {@code str | None}, {@code list[int]}, ...; null for any other annotation. */
    private static @Nullable TypeName javaType(String annotation, boolean result) {
        List<String> alternatives = new ArrayList<>();
        for (String part : withoutTyping(annotation).split("\\|")) {
            alternatives.add(part.strip());
        }
        boolean nullable = alternatives.remove("None") || alternatives.remove("Optional");
        if (alternatives.size() != 1) {
            return null;
        }
        String single = alternatives.get(0);
        TypeName type = switch (single) {
            case "int" -> nullable ? ClassName.get(Long.class) : TypeName.LONG;
            case "float" -> nullable ? ClassName.get(Double.class) : TypeName.DOUBLE;
            case "bool" -> nullable ? ClassName.get(Boolean.class) : TypeName.BOOLEAN;
            case "str" -> ClassName.get(String.class);
            case "list[int]", "Sequence[int]", "Collection[int]", "Iterable[int]" ->
                    ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(Long.class));
            default -> null;
        };
        if (type == null) {
            return null;
        }
        // An empty list is how Odoo says "none" for a list, so a list stays non-null.
        return nullable && !type.isPrimitive() && !(type instanceof ParameterizedTypeName) ? type.annotated(NULLABLE)
                : type;
    }

    private static String withoutTyping(String annotation) {
        return annotation.replace("typing.", "").strip();
    }

    /** A JSON default as Python writes it: None, True, 'text', 100. */
    private static String python(@Nullable Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        return String.valueOf(value);
    }

    private static String escape(String text) {
        return InterfaceGenerator.escape(text);
    }
}

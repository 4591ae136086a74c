package io.typedoo.codegen;

import io.typedoo.annotations.FieldNames;
import io.typedoo.typed.RecordHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for Odoo names: classes for models, accessors for fields, constants for selection values. */
final class JavaNames {

    private JavaNames() {
    }

    /** {@code todo.task} is {@code TodoTask}, {@code res.partner.category} is {@code ResPartnerCategory}. */
    static String typeName(String model) {
        String name = upperFirst(FieldNames.accessorName(model));
        return SourceVersion.isName(name) ? name : "Model" + name;
    }

    /**
     * {@code date_deadline} is {@code dateDeadline}, {@code is_done} is {@code isDone} ({@link FieldNames#accessorName});
     * a Java keyword gets a trailing underscore ({@code class_}), a name that cannot start a Java name a
     * {@code field} prefix.
     */
    static String accessorName(String field) {
        String name = FieldNames.accessorName(field);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "field" + upperFirst(name);
        }
        return SourceVersion.isName(name) ? name : name + "_";
    }

    /** A constant name for a selection choice: its value when that reads as a word, else its label. */
    static String constantName(String value, String label) {
        String fromValue = constant(value);
        if (!fromValue.isEmpty() && Character.isLetter(fromValue.charAt(0))) {
            return fromValue;
        }
        String fromLabel = constant(label);
        if (!fromLabel.isEmpty() && Character.isLetter(fromLabel.charAt(0))) {
            return fromLabel;
        }
        return "VALUE_" + (fromValue.isEmpty() ? "EMPTY" : fromValue);
    }

    /** {@code tag_ids} is {@code tag}, {@code user_id} is {@code user}: the name of a relation's typed accessor. */
    static String relationBase(String field) {
        if (field.endsWith("_ids") && field.length() > 4) {
            return field.substring(0, field.length() - 4) + "s";
        }
        if (field.endsWith("_id") && field.length() > 3) {
            return field.substring(0, field.length() - 3);
        }
        return field;
    }

    /**
     * The public and protected instance methods a generated record inherits from {@link RecordHandle} and
     * {@code Object}, which the processor keeps declared methods from overriding.
     *
     * @param withoutParametersOnly only those without parameters (the names a field accessor cannot take)
     */
    static Set<String> recordMethods(boolean withoutParametersOnly) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = RecordHandle.class; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int modifiers = m.getModifiers();
                if ((!withoutParametersOnly || m.getParameterCount() == 0) && !Modifier.isStatic(modifiers)
                        && !m.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))) {
                    names.add(m.getName());
                }
            }
        }
        return Set.copyOf(names);
    }

    private static String constant(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return upper.replaceAll("^_+|_+$", "");
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

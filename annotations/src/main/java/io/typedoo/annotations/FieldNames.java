package io.typedoo.annotations;

import java.util.Locale;

/**
 * The one naming rule between Java accessors and Odoo field names: what an accessor without {@link OdooField} reads,
 * and the accessor name {@code typedoo generate} writes for a field.
 *
 * <p>Accessor to field: strip a {@code get} prefix followed by an upper-case letter (bean and Kotlin style), keep an
 * {@code is} prefix, and snake_case the rest, treating a run of capitals as one word:
 *
 * <table>
 *   <caption>Accessors and the Odoo fields they read</caption>
 *   <tr><th>accessor</th><th>Odoo field</th></tr>
 *   <tr><td>{@code name()}</td><td>{@code name}</td></tr>
 *   <tr><td>{@code getDateDeadline()}</td><td>{@code date_deadline}</td></tr>
 *   <tr><td>{@code isCompany()}</td><td>{@code is_company}</td></tr>
 *   <tr><td>{@code vatID()}, {@code getVatID()}</td><td>{@code vat_id}</td></tr>
 *   <tr><td>{@code websiteURL()}, {@code htmlURLPath()}</td><td>{@code website_url}, {@code html_url_path}</td></tr>
 *   <tr><td>{@code URL()}, {@code getURL()}</td><td>{@code url}</td></tr>
 * </table>
 *
 * <p>Field to accessor ({@link #accessorName}) is camelCase, and is not always the inverse: {@code x_a_b} becomes
 * {@code xAB}, which the rule reads back as {@code x_ab}, and {@code x_studio_field_2} becomes {@code xStudioField2},
 * read back as {@code x_studio_field2}. Wherever {@code fieldName(accessorName(f))} is not {@code f}, the accessor
 * needs {@code @OdooField(f)}; {@link #needsAnnotation} says so.
 *
 * <p>The processor, the testkit (which defines a test server's fields from the same interfaces) and
 * {@code typedoo generate} all call this class, so they cannot disagree. It lives in the annotations artifact
 * because that is the one artifact all three already depend on, and the processor must not depend on the runtime.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** The Odoo field an accessor without {@code @OdooField} reads: the snake_case of its {@link #property}. */
    public static String fieldName(String accessor) {
        return snakeCase(property(accessor));
    }

    /**
     * The property of an accessor: a {@code get} prefix followed by an upper-case letter is stripped, an
     * {@code is} prefix is kept: {@code getDateDeadline} is {@code dateDeadline}, {@code isDone} is
     * {@code isDone}, {@code getURL} is {@code URL} (as {@code java.beans.Introspector} decapitalizes).
     */
    public static String property(String accessor) {
        if (accessor.length() > 3 && accessor.startsWith("get") && Character.isUpperCase(accessor.charAt(3))) {
            String rest = accessor.substring(3);
            if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
                return rest;
            }
            return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
        return accessor;
    }

    /**
     * The snake_case of a Java name; a run of capitals is one word: {@code dateDeadline} is {@code date_deadline},
     * {@code vatID} is {@code vat_id}, {@code htmlURLPath} is {@code html_url_path}, {@code URL} is {@code url}.
     */
    public static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                char before = i > 0 ? name.charAt(i - 1) : '_';
                boolean afterLower = before != '_' && !Character.isUpperCase(before);
                boolean endOfAcronym = Character.isUpperCase(before) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The camelCase accessor name for an Odoo field: {@code date_deadline} is {@code dateDeadline},
     * {@code is_done} is {@code isDone}, {@code x_a_b} is {@code xAB}. Characters a Java name cannot hold are
     * dropped; keywords and names that start with a digit are the caller's to handle.
     */
    public static String accessorName(String field) {
        StringBuilder out = new StringBuilder(field.length());
        boolean upperNext = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '_' || c == '.' || c == '-' || c == ' ') {
                upperNext = out.length() > 0;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return out.toString();
    }

    /** True when an accessor named {@code accessor} must carry {@code @OdooField(field)} to read {@code field}. */
    public static boolean needsAnnotation(String accessor, String field) {
        return !fieldName(accessor).equals(field);
    }

    /** The constant a generated model names a property by: {@code dateDeadline} is {@code DATE_DEADLINE}. */
    public static String constantName(String property) {
        return snakeCase(property).toUpperCase(Locale.ROOT);
    }
}

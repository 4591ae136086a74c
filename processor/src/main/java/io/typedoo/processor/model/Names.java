package io.typedoo.processor.model;

import java.util.Locale;

/** The naming rules, in one place: accessor to property, property to Odoo name and constant name. */
public final class Names {

    private Names() {
    }

    /**
     * The property of an accessor: a {@code get} prefix followed by an upper-case letter is stripped (bean and
     * Kotlin style), an {@code is} prefix is kept: {@code getDateDeadline} is {@code dateDeadline}, {@code isDone}
     * is {@code isDone}, {@code name} is {@code name}.
     */
    public static String property(String accessor) {
        if (accessor.length() > 3 && accessor.startsWith("get") && Character.isUpperCase(accessor.charAt(3))) {
            String rest = accessor.substring(3);
            if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
                return rest; // getURL -> URL, as java.beans.Introspector does
            }
            return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
        return accessor;
    }

    /**
     * The snake_case of a Java name: {@code dateDeadline} is {@code date_deadline}, {@code isDone} is
     * {@code is_done}, {@code htmlURLPath} is {@code html_url_path}.
     */
    public static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean endOfAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1)) && i + 1 < name.length()
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

    /** The default Odoo field name of an accessor: the snake_case of its property. */
    public static String odooField(String accessor) {
        return snakeCase(property(accessor));
    }

    /** The constant of a property: {@code dateDeadline} is {@code DATE_DEADLINE}. */
    public static String constant(String property) {
        return snakeCase(property).toUpperCase(Locale.ROOT);
    }
}

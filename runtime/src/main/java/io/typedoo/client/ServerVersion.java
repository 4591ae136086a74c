package io.typedoo.client;

import java.util.List;

/**
 * What {@code common.version()} answers.
 *
 * @param serverVersion such as {@code "18.0"}
 * @param serverVersionInfo such as {@code [18, 0, 0, "final", 0, ""]}
 * @param serverSerie such as {@code "18.0"}
 * @param protocolVersion such as {@code 1}
 */
public record ServerVersion(String serverVersion, List<Object> serverVersionInfo, String serverSerie,
        int protocolVersion) {

    /** The major version, such as 18, read from {@code server_version_info}, or 0 when unknown. */
    public int major() {
        if (!serverVersionInfo.isEmpty() && serverVersionInfo.get(0) instanceof Number n) {
            return n.intValue();
        }
        String digits = serverSerie.replaceAll("^(?:saas~)?(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** True from Odoo 17 on, where {@code web_search_read} takes a nested {@code specification}. */
    public boolean hasWebSearchReadSpecification() {
        return major() >= 17;
    }

    /** True before Odoo 17, where {@code name_get} still exists. */
    public boolean hasNameGet() {
        return major() < 17;
    }
}

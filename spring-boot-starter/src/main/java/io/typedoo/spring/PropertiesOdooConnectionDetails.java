package io.typedoo.spring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The connection of the {@code typedoo.*} properties, checked once: every missing property named at startup. */
final class PropertiesOdooConnectionDetails implements OdooConnectionDetails {

    private final String url;
    private final String database;
    private final String login;
    private final @Nullable String password;
    private final @Nullable String apiKey;

    PropertiesOdooConnectionDetails(TypedooProperties properties) {
        List<String> missing = new ArrayList<>();
        for (String[] property : new String[][] {{"typedoo.url", properties.getUrl()},
                {"typedoo.database", properties.getDatabase()}, {"typedoo.login", properties.getLogin()}}) {
            if (blank(property[1])) {
                missing.add(property[0]);
            }
        }
        if (blank(properties.getPassword()) && blank(properties.getApiKey())) {
            missing.add("typedoo.password or typedoo.api-key");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The Odoo client needs " + String.join(", ", missing)
                    + (blank(properties.getUrl()) ? "" : " (for " + properties.getUrl() + ")")
                    + "; set the secret from the environment (TYPEDOO_PASSWORD or TYPEDOO_API_KEY), not in a"
                    + " committed file");
        }
        if (!blank(properties.getPassword()) && !blank(properties.getApiKey())) {
            throw new IllegalStateException("Set typedoo.password or typedoo.api-key, not both");
        }
        this.url = properties.getUrl();
        this.database = properties.getDatabase();
        this.login = properties.getLogin();
        this.password = blank(properties.getPassword()) ? null : properties.getPassword();
        this.apiKey = blank(properties.getApiKey()) ? null : properties.getApiKey();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public String login() {
        return login;
    }

    @Override
    public @Nullable String password() {
        return password;
    }

    @Override
    public @Nullable String apiKey() {
        return apiKey;
    }

    @Override
    public String toString() {
        return "OdooConnectionDetails[" + login + " on " + url + ", database " + database + "]";
    }
}

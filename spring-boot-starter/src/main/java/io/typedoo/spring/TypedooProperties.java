package io.typedoo.spring;

import io.typedoo.client.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code typedoo.*} properties: where the Odoo server is and how to log in. The secret (password or API key)
 * belongs in the environment or a secret store ({@code TYPEDOO_PASSWORD=...} binds to {@code typedoo.password}),
 * not in a committed {@code application.properties}; it is never logged and this class has no {@code toString}
 * that could print it.
 */
@ConfigurationProperties("typedoo")
public class TypedooProperties {

    /** The server's base URL, such as https://mycompany.odoo.com. Setting it turns the OdooClient bean on. */
    private @Nullable String url;

    /** The database name. */
    private @Nullable String database;

    /** The login, such as an integration user's. */
    private @Nullable String login;

    /** The password of the login. Set it or api-key, from the environment or a secret store. */
    private @Nullable String password;

    /** An Odoo API key of the login, used in place of the password (Odoo 14+). */
    private @Nullable String apiKey;

    /**
     * The wire protocol: xmlrpc, jsonrpc or json2. When not set, the client chooses: JSON-2 with an API key on Odoo
     * 19 and later, XML-RPC otherwise.
     */
    private @Nullable Protocol protocol;

    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long to wait for a whole answer. */
    private Duration requestTimeout = Duration.ofSeconds(120);

    /** The largest response body accepted. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(64);

    private final Models models = new Models();

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getDatabase() {
        return database;
    }

    public void setDatabase(@Nullable String database) {
        this.database = database;
    }

    public @Nullable String getLogin() {
        return login;
    }

    public void setLogin(@Nullable String login) {
        this.login = login;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getApiKey() {
        return apiKey;
    }

    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    public @Nullable Protocol getProtocol() {
        return protocol;
    }

    public void setProtocol(@Nullable Protocol protocol) {
        this.protocol = protocol;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public DataSize getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Models getModels() {
        return models;
    }

    /** Which generated models become beans. */
    public static class Models {

        /**
         * The packages searched for generated model classes (TodoTaskModel for an @OdooModel interface TodoTask);
         * the application's package (that of @SpringBootApplication) when empty.
         */
        private List<String> packages = new ArrayList<>();

        /** Whether generated model classes become beans. */
        private boolean enabled = true;

        public List<String> getPackages() {
            return packages;
        }

        public void setPackages(List<String> packages) {
            this.packages = packages;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}

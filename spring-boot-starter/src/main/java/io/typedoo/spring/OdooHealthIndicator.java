package io.typedoo.spring;

import io.typedoo.client.OdooClient;
import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Whether the Odoo server answers and accepts the client's login: one {@code search_count} on the user's own
 * {@code res.users} record per check, which Odoo runs only for a valid login. Up with the server's URL, database,
 * version and login; down with the error, which names the server but never the password or API key.
 */
public class OdooHealthIndicator extends AbstractHealthIndicator {

    private final OdooClient client;

    /** Checks {@code client}'s server. */
    public OdooHealthIndicator(OdooClient client) {
        super("Odoo health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("url", client.url().toString())
                .withDetail("database", client.database())
                .withDetail("login", client.login());
        long uid = client.uid();
        client.execute("res.users", "search_count", List.of(List.of(List.of("id", "=", uid))));
        builder.up().withDetail("version", client.version().serverVersion());
    }
}

package io.typedoo.spring.test;

import io.typedoo.spring.OdooConnectionDetails;
import io.typedoo.spring.TypedooAutoConfiguration;
import io.typedoo.testkit.OdooTestServer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The embedded server and the connection to it, as {@code admin}; imported by {@link AutoConfigureOdooTestServer}
 * only, never by plain auto-configuration.
 */
@AutoConfiguration(before = TypedooAutoConfiguration.class)
@ConditionalOnClass(OdooTestServer.class)
public class OdooTestServerAutoConfiguration {

    /** The server, on a free loopback port, stopped with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public OdooTestServer odooTestServer() {
        return OdooTestServer.start();
    }

    /** The client's connection: the server's URL and database, as {@code admin}. */
    @Bean
    public OdooConnectionDetails odooTestServerConnectionDetails(OdooTestServer server) {
        return new OdooConnectionDetails() {
            @Override
            public String url() {
                return server.url();
            }

            @Override
            public String database() {
                return server.databaseName();
            }

            @Override
            public String login() {
                return OdooTestServer.ADMIN;
            }

            @Override
            public @Nullable String password() {
                return OdooTestServer.ADMIN;
            }

            @Override
            public @Nullable String apiKey() {
                return null;
            }
        };
    }
}

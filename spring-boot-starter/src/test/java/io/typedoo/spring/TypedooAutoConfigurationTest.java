package io.typedoo.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.typedoo.client.OdooClient;
import io.typedoo.client.Protocol;
import io.typedoo.error.OdooUnknownModelException;
import io.typedoo.spring.sample.TodoTaskModel;
import io.typedoo.testkit.OdooTestServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The auto-configuration in isolation: conditions, properties, errors, beans, against the embedded server. */
class TypedooAutoConfigurationTest {

    private static OdooTestServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TypedooAutoConfiguration.class,
                    TypedooActuatorAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = OdooTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ApplicationContextRunner connected() {
        return runner.withPropertyValues("typedoo.url=" + server.url(), "typedoo.database=demo",
                "typedoo.login=admin", "typedoo.password=admin");
    }

    @Test
    void withoutAUrlThereIsNoClient() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OdooClient.class)
                .doesNotHaveBean(OdooHealthIndicator.class));
    }

    @Test
    void theClientComesFromTheProperties() {
        connected().withPropertyValues("typedoo.protocol=jsonrpc", "typedoo.request-timeout=5s",
                "typedoo.max-response-size=2MB").run(context -> {
                    OdooClient client = context.getBean(OdooClient.class);
                    assertThat(client.url().toString()).isEqualTo(server.url());
                    assertThat(client.database()).isEqualTo("demo");
                    assertThat(client.login()).isEqualTo("admin");
                    assertThat(client.protocol()).isEqualTo(Protocol.JSONRPC);
                    assertThat(client.model("res.partner").count()).isPositive();
                    TypedooProperties properties = context.getBean(TypedooProperties.class);
                    assertThat(properties.getRequestTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.getMaxResponseSize()).isEqualTo(DataSize.ofMegabytes(2));
                    assertThat(client.toString() + properties).doesNotContain("password", "=admin");
                });
    }

    @Test
    void anApiKeyLogsInInPlaceOfThePassword() {
        runner.withPropertyValues("typedoo.url=" + server.url(), "typedoo.database=demo", "typedoo.login=admin",
                "typedoo.api-key=admin").run(context -> assertThat(context.getBean(OdooClient.class).uid())
                        .isEqualTo(2L));
    }

    @Test
    void withoutAProtocolTheClientChoosesAndJson2NeedsAnApiKey() {
        connected().run(context -> assertThat(context.getBean(OdooClient.class).model("res.partner").count())
                .isPositive());
        connected().withPropertyValues("typedoo.protocol=json2").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessageStartingWith(
                    "JSON-2 needs an API key (apiKey(...)), not a password");
        });
    }

    @Test
    void missingPropertiesAreNamedAtStartup() {
        runner.withPropertyValues("typedoo.url=" + server.url(), "typedoo.login=admin").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessage("The Odoo client needs typedoo.database,"
                    + " typedoo.password or typedoo.api-key (for " + server.url() + "); set the secret from the"
                    + " environment (TYPEDOO_PASSWORD or TYPEDOO_API_KEY), not in a committed file");
        });
    }

    @Test
    void aPasswordAndAnApiKeyTogetherAreRefused() {
        connected().withPropertyValues("typedoo.api-key=secret-key").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessage("Set typedoo.password or typedoo.api-key, not both");
        });
    }

    @Test
    void theApplicationsOwnClientWins() {
        connected().withUserConfiguration(OwnClient.class).run(context -> assertThat(context)
                .getBean(OdooClient.class).isSameAs(context.getBean("myOdoo")));
    }

    @Test
    void generatedModelsAreBeans() {
        connected().withPropertyValues("typedoo.models.packages=io.typedoo.spring.sample").run(context -> {
            assertThat(context).hasSingleBean(TodoTaskModel.class).hasBean("todoTaskModel");
            TodoTaskModel tasks = context.getBean(TodoTaskModel.class);
            assertThat(tasks.client()).isSameAs(context.getBean(OdooClient.class));
            long id = tasks.create(v -> v.name("From a bean")).id();
            assertThat(tasks.browse(id).name()).isEqualTo("From a bean");
        });
    }

    @Test
    void aModelTheApplicationDeclaresIsLeftToIt() {
        connected().withPropertyValues("typedoo.models.packages=io.typedoo.spring.sample")
                .withUserConfiguration(OwnModel.class).run(context -> assertThat(context)
                        .hasSingleBean(TodoTaskModel.class).hasBean("tasks").doesNotHaveBean("todoTaskModel"));
    }

    @Test
    void modelBeansCanBeSwitchedOff() {
        connected().withPropertyValues("typedoo.models.packages=io.typedoo.spring.sample",
                "typedoo.models.enabled=false").run(context -> assertThat(context)
                        .doesNotHaveBean(TodoTaskModel.class));
    }

    @Test
    void metricsCountCallsErrorsTimeAndBytesPerModelAndMethod() {
        connected().withUserConfiguration(Meters.class).run(context -> {
            OdooClient client = context.getBean(OdooClient.class);
            client.model("res.partner").count();
            client.model("res.partner").count();
            try {
                client.model("no.such.model").count();
            } catch (OdooUnknownModelException expected) {
                // counted as an error below
            }
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            Timer counts = meters.get(OdooCallMetrics.CALLS).tags("model", "res.partner", "method", "search_count",
                    "outcome", "success").timer();
            assertThat(counts.count()).isEqualTo(2);
            assertThat(counts.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
            assertThat(meters.get(OdooCallMetrics.CALLS).tags("model", "no.such.model", "outcome", "error",
                    "exception", "OdooUnknownModelException").timer().count()).isEqualTo(1);
            assertThat(meters.get(OdooCallMetrics.REQUEST_SIZE).tags("model", "res.partner").summary()
                    .totalAmount()).isPositive();
            assertThat(meters.get(OdooCallMetrics.RESPONSE_SIZE).tags("model", "res.partner").summary()
                    .totalAmount()).isPositive();
            assertThat(meters.get(OdooCallMetrics.CALLS).tags("model", "none", "method", "authenticate").timer()
                    .count()).isEqualTo(1);
        });
    }

    @Test
    void withoutMicrometerThereAreNoMetrics() {
        connected().withUserConfiguration(Meters.class).withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OdooCallMetrics.class));
    }

    @Test
    void healthIsUpWithTheVersionAndNoSecret() {
        connected().run(context -> {
            Health health = context.getBean(OdooHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("version", "18.0").containsEntry("database", "demo")
                    .containsEntry("login", "admin").containsEntry("url", server.url()).hasSize(4);
        });
    }

    @Test
    void healthIsDownWhenTheLoginIsRefused() {
        connected().withPropertyValues("typedoo.password=wrong-secret").run(context -> {
            Health health = context.getBean(OdooHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().toString()).contains("OdooAuthenticationException")
                    .doesNotContain("wrong-secret");
        });
    }

    @Test
    void healthIsDownWhenTheServerIsUnreachable() {
        runner.withPropertyValues("typedoo.url=http://127.0.0.1:1", "typedoo.database=demo", "typedoo.login=admin",
                "typedoo.password=admin", "typedoo.connect-timeout=2s").run(context -> assertThat(
                        context.getBean(OdooHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN));
    }

    @Test
    void healthCanBeSwitchedOffOrIsAbsentWithoutActuator() {
        connected().withPropertyValues("management.health.odoo.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OdooHealthIndicator.class));
        connected().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OdooHealthIndicator.class));
    }

    @Test
    void theConfigurationMetadataDescribesTheProperties() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : List.of("typedoo.url", "typedoo.database", "typedoo.login", "typedoo.password",
                    "typedoo.api-key", "typedoo.protocol", "typedoo.connect-timeout", "typedoo.request-timeout",
                    "typedoo.max-response-size", "typedoo.models.packages", "typedoo.models.enabled")) {
                assertThat(metadata).contains("\"name\": \"" + property + "\"");
            }
            assertThat(metadata).contains("An Odoo API key of the login, used in place of the password");
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        @Bean
        OdooClient myOdoo() {
            return server.client();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnModel {
        @Bean
        TodoTaskModel tasks(OdooClient odoo) {
            return TodoTaskModel.of(odoo);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Meters {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}

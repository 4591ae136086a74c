package io.typedoo.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.typedoo.client.OdooClient;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator health indicator ({@code odoo}) when Actuator is on the class path, and the Micrometer meters of
 * {@link OdooCallMetrics} when a {@link MeterRegistry} bean exists. Each is switched off by defining a bean of its
 * type, or for health by {@code management.health.odoo.enabled=false}.
 */
@AutoConfiguration(after = TypedooAutoConfiguration.class,
        afterName = {"org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(OdooClient.class)
public class TypedooActuatorAutoConfiguration {

    /** Health, with Actuator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnBean(OdooClient.class)
    @ConditionalOnEnabledHealthIndicator("odoo")
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "odooHealthIndicator")
        OdooHealthIndicator odooHealthIndicator(OdooClient client) {
            return new OdooHealthIndicator(client);
        }
    }

    /** Metrics, with Micrometer and a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        OdooCallMetrics odooCallMetrics(MeterRegistry registry) {
            return new OdooCallMetrics(registry);
        }
    }
}

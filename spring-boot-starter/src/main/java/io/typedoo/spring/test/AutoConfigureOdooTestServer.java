package io.typedoo.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Starts typedoo's embedded Odoo-compatible server (the testkit, which must be on the test class path) for a
 * {@code @SpringBootTest}, and points the {@code OdooClient} bean at it as {@code admin}, whatever the
 * {@code typedoo.*} properties say. The server is a bean too ({@code OdooTestServer}), for seeding data and counting
 * round trips; it lives as long as the application context, so test classes with the same configuration share one.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * @AutoConfigureOdooTestServer
 * class OpenTasksTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(OdooTestServerAutoConfiguration.class)
public @interface AutoConfigureOdooTestServer {
}

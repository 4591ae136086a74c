package io.typedoo.testkit.junit;

import io.typedoo.client.Protocol;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own Odoo-compatible server: one {@link io.typedoo.testkit.OdooTestServer} per
 * class (nested classes share their outer class's), on a free loopback port, with the demo data, stopped after
 * the class. Test methods, constructors and {@code @BeforeAll}/{@code @BeforeEach} methods may declare parameters
 * of type {@code OdooTestServer} and {@code OdooClient}; a client is logged in as {@code admin} over
 * {@link #protocol()} unless the parameter says otherwise with {@link Login} or {@link UseProtocol}.
 *
 * <pre>{@code
 * @OdooTest(models = TodoTask.class)
 * class TaskTest {
 *     @BeforeAll
 *     static void seed(OdooClient odoo) {
 *         odoo.model("todo.task").create(Map.of("name", "Write the report"));
 *     }
 *
 *     @Test
 *     void demoSeesTasks(@Login("demo") OdooClient demo, OdooTestServer server) {
 *         assertEquals(1, demo.model("todo.task").count(Domain.all()));
 *     }
 * }
 * }</pre>
 *
 * <p>Data written by one test is seen by the next ones of the class: the server lives as long as the class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(OdooTestExtension.class)
public @interface OdooTest {

    /**
     * {@code @OdooModel} interfaces whose models the server declares before the tests run, with the fields their
     * accessors describe. Models the demo data already has (such as {@code todo.task}) are left as they are.
     */
    Class<?>[] models() default {};

    /** The protocol of injected clients that do not say otherwise; XML-RPC by default. */
    Protocol protocol() default Protocol.XMLRPC;

    /**
     * The Odoo version the server answers as: 18 by default; 16 and 17 have their own methods (Odoo 16's
     * {@code web_search_read} takes no nested specification) over 18's data; 19 adds JSON-2 and API keys; 20 is
     * a forecast of Odoo 20 without XML-RPC and JSON-RPC. See {@link io.typedoo.testkit.OdooTestServer.Builder#odooVersion}.
     */
    int odooVersion() default 18;
}

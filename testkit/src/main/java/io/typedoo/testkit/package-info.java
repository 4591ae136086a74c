/**
 * The typedoo testkit: an embedded server that answers Odoo's external API (XML-RPC and JSON-RPC) as Odoo 18
 * does, for tests and demos without an Odoo installation.
 *
 * <pre>{@code
 * try (OdooTestServer server = OdooTestServer.start()) {
 *     OdooClient odoo = server.client();
 *     long partners = odoo.model("res.partner").count(Domain.all());
 * }
 * }</pre>
 *
 * <p>{@link io.typedoo.testkit.junit.OdooTest} starts one per test class; the standalone jar
 * ({@code java -jar typedoo-testkit.jar}) serves one from the command line.
 */
@NullMarked
package io.typedoo.testkit;

import org.jspecify.annotations.NullMarked;

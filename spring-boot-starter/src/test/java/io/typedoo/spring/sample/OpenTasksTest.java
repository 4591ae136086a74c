package io.typedoo.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.typedoo.spring.test.AutoConfigureOdooTestServer;
import io.typedoo.testkit.OdooTestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample service against the embedded Odoo server, over HTTP on both sides: the test asks the REST endpoint,
 * which asks the testkit through the generated model. The application's own {@code typedoo.url} points nowhere
 * reachable; {@code @AutoConfigureOdooTestServer} replaces it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "typedoo.url=http://odoo.invalid:8069", "typedoo.database=prod", "typedoo.login=integration",
        "typedoo.password=not-used-in-tests", "management.endpoint.health.show-details=always"})
@AutoConfigureOdooTestServer
class OpenTasksTest {

    @LocalServerPort
    int port;

    @Autowired
    TodoTaskModel tasks;

    @Autowired
    OdooTestServer server;

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void listsTheOpenTasks() throws Exception {
        long report = tasks.create(v -> v.name("Write the report")).id();
        tasks.create(v -> v.name("Pay the invoice").isDone(true));
        get("/tasks/open");
        server.resetRequestCount();

        assertThat(get("/tasks/open")).isEqualTo("[{\"id\":" + report + ",\"name\":\"Write the report\"}]");
        assertThat(server.requestCount()).as("round trips to Odoo per request").isEqualTo(1);
    }

    @Test
    void healthShowsTheServerAndNoSecret() throws Exception {
        String health = get("/actuator/health");
        assertThat(health).contains("\"odoo\":{\"status\":\"UP\"", "\"version\":\"18.0\"",
                "\"url\":\"" + server.url() + "\"", "\"login\":\"admin\"");
        assertThat(health).doesNotContain("not-used-in-tests", "\"password\"");
    }
}

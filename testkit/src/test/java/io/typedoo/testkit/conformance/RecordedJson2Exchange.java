package io.typedoo.testkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.testkit.OdooTestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One exchange recorded from a real Odoo 19.0 in {@code odoo-wire/json2/}: the request (verb, path, headers,
 * body) and the response (status, content type, body). The recording's placeholders and database name are put
 * back as this server knows them: {@code <API_KEY>} and {@code <DEMO_API_KEY>} become the testkit's documented
 * keys and database {@code demo19} is {@code demo}.
 */
record RecordedJson2Exchange(String name, String verb, String path, List<String[]> headers, @Nullable String body,
        int status, String contentType, String responseBody, @Nullable JsonNode responseJson) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Headers the JDK client sets itself and refuses from callers; they carry no protocol fact here. */
    private static final Set<String> TRANSPORT = Set.of("host", "content-length", "connection", "accept-encoding",
            "user-agent", "expect", "upgrade");

    /** Every exchange, in recorded order. */
    static List<RecordedJson2Exchange> load() {
        Path dir = RecordedExchange.wireDir().resolve("json2");
        List<RecordedJson2Exchange> exchanges = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}-.*\\.json")).sorted()
                    .toList()) {
                exchanges.add(load(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exchanges;
    }

    private static RecordedJson2Exchange load(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode request = root.get("request");
        JsonNode response = root.get("response");
        List<String[]> headers = new ArrayList<>();
        for (JsonNode header : request.get("headers")) {
            String name = header.get(0).asText();
            if (!TRANSPORT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new String[] {name, local(header.get(1).asText())});
            }
        }
        JsonNode body = request.get("body");
        String responseBody = response.get("body").asText();
        JsonNode responseJson = response.get("body_json");
        return new RecordedJson2Exchange(file.getFileName().toString().replace(".json", ""),
                request.get("method").asText(), request.get("path").asText(), headers,
                body == null || body.isNull() ? null : local(body.asText()), response.get("status").asInt(),
                response.get("content_type").asText(), responseBody,
                responseJson == null || responseJson.isNull() ? null : responseJson);
    }

    /** The recording's placeholders and names as this server has them. */
    private static String local(String text) {
        return text.replace("<API_KEY>", OdooTestServer.ADMIN_API_KEY)
                .replace("<DEMO_API_KEY>", OdooTestServer.DEMO_API_KEY)
                .replace("demo19", "demo");
    }

    /** The number of the exchange, such as 7 for {@code 007-search_count-domain}. */
    int number() {
        return Integer.parseInt(name.substring(0, 3));
    }

    @Override
    public String toString() {
        return "json2/" + name;
    }
}

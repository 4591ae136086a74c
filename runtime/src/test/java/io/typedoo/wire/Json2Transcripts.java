package io.typedoo.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The exchanges recorded from a real Odoo 19 in {@code odoo-wire/json2/}: one JSON file per exchange. */
public final class Json2Transcripts {

    /** One recorded exchange, such as {@code 010-read-ids-fields}. */
    public record Exchange(String name, String method, String path, List<List<String>> requestHeaders,
            String requestBody, JsonNode requestJson, int status, String contentType, byte[] responseBody,
            JsonNode responseJson) {

        /** The number, such as {@code "010"}. */
        public String number() {
            return name.substring(0, 3);
        }

        /** The value of the first request header named {@code header} (case-insensitive), or null. */
        public String requestHeader(String header) {
            for (List<String> h : requestHeaders) {
                if (h.get(0).equalsIgnoreCase(header)) {
                    return h.get(1);
                }
            }
            return null;
        }

        /** The recorded answer, to queue on a {@link ReplayServer}. */
        public ReplayServer.Response replay() {
            return ReplayServer.Response.of(status, contentType, responseBody);
        }

        /** The request body as named arguments, or an empty map when it was not a JSON object. */
        public Map<String, Object> namedArguments() {
            Map<String, Object> named = new LinkedHashMap<>();
            if (requestJson != null && requestJson.isObject()) {
                requestJson.properties().forEach(e -> named.put(e.getKey(), JsonTrees.value(e.getValue())));
            }
            return named;
        }
    }

    private Json2Transcripts() {
    }

    public static List<String> names() {
        try (Stream<Path> files = Files.list(Transcripts.root().resolve("json2"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{3}-.*\\.json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Exchange load(String name) {
        Path file = Transcripts.root().resolve("json2").resolve(name + ".json");
        try {
            JsonNode root = JsonTrees.tree(Files.readAllBytes(file));
            JsonNode request = root.get("request");
            JsonNode response = root.get("response");
            List<List<String>> headers = new ArrayList<>();
            request.get("headers").forEach(h -> headers.add(List.of(h.get(0).asText(), h.get(1).asText())));
            String body = request.get("body").isNull() ? null : request.get("body").asText();
            String contentType = response.get("content_type").isNull() ? "application/octet-stream"
                    : response.get("content_type").asText();
            return new Exchange(name, request.get("method").asText(), request.get("path").asText(), headers, body,
                    request.get("body_json").isNull() ? null : request.get("body_json"),
                    response.get("status").asInt(), contentType,
                    response.get("body").asText().getBytes(StandardCharsets.UTF_8),
                    response.get("body_json").isNull() ? null : response.get("body_json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

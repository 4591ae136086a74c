package io.typedoo.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A few lines of plain JSON-RPC over the JDK client, for tests that must not depend on typedoo's client. */
public final class RawJsonRpc {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RawJsonRpc() {
    }

    /** Calls {@code service.method(args)} and returns the whole answer object. */
    public static JsonNode call(String url, String service, String method, Object... args) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", List.of(args));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.put("method", "call");
        request.put("params", params);
        request.put("id", 1);
        try {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/jsonrpc"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code object.execute_kw} as admin; returns {@code result}, failing on an error. */
    public static JsonNode executeKw(String url, String model, String method, List<?> args, Map<String, ?> kwargs) {
        JsonNode answer = call(url, "object", "execute_kw", "demo", 2, "admin", model, method, args, kwargs);
        if (answer.has("error")) {
            throw new AssertionError("RPC error: " + answer.get("error"));
        }
        return answer.get("result");
    }
}

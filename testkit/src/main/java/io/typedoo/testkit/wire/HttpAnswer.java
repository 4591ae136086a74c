package io.typedoo.testkit.wire;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer an endpoint gives: status, content type, extra headers and body. Whether
 * {@code X-Content-Type-Options: nosniff} goes with it is the endpoint's choice, as it is Odoo's (its JSON-RPC
 * and successful JSON-2 answers carry it, JSON-2's errors do not).
 */
record HttpAnswer(int status, String contentType, Map<String, String> headers, byte[] body, boolean nosniff) {

    static final String JSON = "application/json; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    HttpAnswer {
        headers = Map.copyOf(headers);
    }

    /** A JSON answer with {@code nosniff}, as Odoo's successful ones. */
    static HttpAnswer json(int status, byte[] body) {
        return new HttpAnswer(status, JSON, Map.of(), body, true);
    }

    /** A text/html answer. */
    static HttpAnswer html(int status, String body) {
        return new HttpAnswer(status, HTML, Map.of(), body.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The same answer with {@code X-Content-Type-Options: nosniff}. */
    HttpAnswer withNosniff() {
        return new HttpAnswer(status, contentType, headers, body, true);
    }

    /** The same answer with one more header. */
    HttpAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpAnswer(status, contentType, more, body, nosniff);
    }
}

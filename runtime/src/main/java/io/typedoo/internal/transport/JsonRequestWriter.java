package io.typedoo.internal.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.typedoo.error.CallSite;

/**
 * Writes the request bodies of the JSON-RPC and JSON-2 transports. Answers are read by {@link JsonValueReader},
 * never through Jackson's data binding. Thread-safe.
 */
final class JsonRequestWriter {

    private final ObjectMapper json = JsonMapper.builder().build();

    /**
     * {@code value} (already in wire form: maps, lists, strings, numbers, booleans, null) as a JSON body.
     *
     * @throws IllegalArgumentException when it holds something JSON cannot carry
     */
    byte[] write(Object value, CallSite site) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the JSON request: " + e.getOriginalMessage()
                    + " [" + site.describe() + "]", e);
        }
    }
}

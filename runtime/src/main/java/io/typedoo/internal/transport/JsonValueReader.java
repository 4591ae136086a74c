package io.typedoo.internal.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.typedoo.error.CallSite;
import io.typedoo.error.OdooProtocolException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document straight into the normalised form of {@link Transport} ({@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@code ArrayList}, insertion-ordered {@code LinkedHashMap}, {@code null}) with
 * Jackson's streaming parser: no tree in between, no data binding, so nothing in the answer can name a Java class.
 *
 * <p>Strict where an answer could otherwise be misread: a duplicate key, a number that is not finite
 * ({@code 1e999}) or an integer wider than 64 bits, anything after the document, and nesting or heap beyond the
 * {@link DecodeBudget} are refused with {@link Malformed}. Thread-safe; one instance per transport.
 */
final class JsonValueReader {

    private final JsonFactory factory;
    private final long maxResponseBytes;

    JsonValueReader(long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
        int maxString = (int) Math.min(maxResponseBytes, Integer.MAX_VALUE);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DecodeBudget.MAX_DEPTH)
                        .maxNumberLength(400)
                        .maxStringLength(maxString)
                        .maxDocumentLength(maxResponseBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * The value of the one JSON document in the answer {@code body} to the call at {@code site}.
     *
     * @throws OdooProtocolException when it is not exactly one well-formed, bounded JSON value; the message names
     *     why, with the start of the body, both without the secrets {@code http} hides
     */
    @Nullable Object read(byte[] body, CallSite site, HttpPoster http) {
        try {
            return read(body);
        } catch (Malformed e) {
            throw new OdooProtocolException(http.clean(e.getMessage()) + ": " + http.redactedSnippet(body), site,
                    null);
        }
    }

    /**
     * The value of the one JSON document in {@code body}.
     *
     * @throws Malformed when it is not exactly one well-formed, bounded JSON value
     */
    private @Nullable Object read(byte[] body) {
        DecodeBudget budget = DecodeBudget.forBodyLimit(maxResponseBytes);
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Malformed("The answer is empty");
            }
            Object value = value(parser, first, budget);
            if (parser.nextToken() != null) {
                throw new Malformed("The answer has more after its JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new Malformed("The answer is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new Malformed("The answer cannot be read: " + e.getMessage());
        } catch (DecodeBudget.Exceeded e) {
            throw new Malformed(e.getMessage());
        }
    }

    private static @Nullable Object value(JsonParser parser, JsonToken token, DecodeBudget budget) throws IOException {
        switch (token) {
            case START_OBJECT: {
                budget.enter();
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    budget.string(name.length());
                    budget.mapEntry();
                    map.put(name, value(parser, parser.nextToken(), budget));
                }
                budget.exit();
                return map;
            }
            case START_ARRAY: {
                budget.enter();
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    budget.listSlot();
                    list.add(value(parser, t, budget));
                }
                budget.exit();
                return list;
            }
            case VALUE_STRING: {
                String text = parser.getText();
                budget.string(text.length());
                return text;
            }
            case VALUE_NUMBER_INT: {
                budget.scalar();
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new Malformed("The integer " + parser.getText() + " does not fit 64 bits");
                }
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT: {
                budget.scalar();
                double d = parser.getDoubleValue();
                if (!Double.isFinite(d)) {
                    throw new Malformed("The number " + parser.getText() + " is not finite");
                }
                return d;
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new Malformed("Unexpected JSON token " + token);
        }
    }

    /** The answer is not one bounded, well-formed JSON value; the transport adds the call site. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}

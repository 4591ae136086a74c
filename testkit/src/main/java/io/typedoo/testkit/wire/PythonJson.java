package io.typedoo.testkit.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.internal.transport.DecodeBudget;
import io.typedoo.testkit.engine.PythonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON as Odoo's Python reads and writes it, for the JSON-RPC and JSON-2 endpoints: trees become the normalised
 * value form (Long, Double, String, Boolean, List, Map keeping key order, null), answers are written with
 * {@code json.dumps}'s separators ({@code ", "} and {@code ": "}) and Python's float repr, and a body that does
 * not parse gets the message Python's {@code json.loads} gives ({@code Expecting value: line 1 column 13 (char
 * 12)}). Jackson reads plain trees only (no polymorphic typing).
 */
final class PythonJson {

    // Trailing data after the value is an error, as json.loads's "Extra data".
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PythonJson() {
    }

    /** A parsed body, or the {@code json.loads} error message when it does not parse. */
    record Parsed(@Nullable JsonNode tree, @Nullable String error) {
    }

    /** Parses a request body; an empty body is an error, as {@code json.loads("")} is. */
    static Parsed parse(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree != null && !tree.isMissingNode()) {
                return new Parsed(tree, null);
            }
        } catch (IOException e) {
            // Python's own wording is worked out below from the text.
        }
        return new Parsed(null, decodeError(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The answer to a JSON body whose tree would outgrow the heap budget (see {@link #fitsTheHeapBudget}): Werkzeug's
     * 413 page, as for a body over the size limit; null when the body may be parsed. The JSON-RPC and JSON-2
     * endpoints ask this before they build a tree.
     */
    static @Nullable HttpAnswer refusedForTheHeapBudget(byte[] body, RequestLog log) {
        if (fitsTheHeapBudget(body)) {
            return null;
        }
        log.error("request would take too much memory");
        return HttpAnswer.html(413, "Request Entity Too Large").withNosniff();
    }

    /**
     * Whether the tree of {@code body} stays within the heap budget the runtime applies to answers (4 bytes per byte
     * of the body limit), counted by a streaming pass that builds nothing; malformed JSON passes, to be refused as
     * Odoo refuses it. A body of tiny values ({@code [{}, {}, ...]}) would otherwise cost some 60 bytes of heap a byte.
     */
    static boolean fitsTheHeapBudget(byte[] body) {
        DecodeBudget budget = DecodeBudget.forBodyLimit(RpcHttpServer.MAX_BODY_BYTES);
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> budget.enter();
                    case END_OBJECT, END_ARRAY -> budget.exit();
                    case FIELD_NAME -> {
                        budget.mapEntry();
                        budget.string(parser.getTextLength());
                    }
                    case VALUE_STRING -> {
                        budget.listSlot();
                        budget.string(parser.getTextLength());
                    }
                    default -> {
                        budget.listSlot();
                        budget.scalar();
                    }
                }
            }
            return true;
        } catch (DecodeBudget.Exceeded e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A JSON tree in the normalised form: integers as Long, fractions as Double, objects keep their order. */
    static @Nullable Object toJava(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw RpcError.server("builtins.OverflowError", "int too large: " + node.asText(), "loads");
            }
            return node.longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(toJava(item)));
            return list;
        } else if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return map;
        }
        return node.asText();
    }

    /**
     * A value in {@code json.dumps}'s layout.
     *
     * @throws RpcError a {@code TypeError} for a value JSON cannot hold, as {@code json.dumps} raises
     */
    static byte[] write(@Nullable Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(new PythonSeparators());
            writeValue(json, value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator json, @Nullable Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            double d = ((Number) value).doubleValue();
            json.writeNumber(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PythonText.floatRepr(d));
        } else if (value instanceof CharSequence text) {
            json.writeString(text.toString());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            throw RpcError.server("builtins.TypeError", "Object of type " + value.getClass().getSimpleName()
                    + " is not JSON serializable", "dumps");
        }
    }

    /** Python's {@code json.dumps} layout: {@code {"a": 1, "b": [1, 2]}}. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    // ------------------------------------------------------------------ json.loads's error messages

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    /** Thrown by the scanner at the first error, with Python's message. */
    private static final class DecodeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecodeError(String what, String text, int pos) {
            super(what + ": line " + line(text, pos) + " column " + column(text, pos) + " (char " + pos + ")",
                    null, false, false);
        }

        private static int line(String text, int pos) {
            int lines = 1;
            for (int i = 0; i < pos && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            return lines;
        }

        private static int column(String text, int pos) {
            int newline = text.lastIndexOf('\n', Math.max(0, pos - 1));
            return newline < 0 || newline >= pos ? pos + 1 : pos - newline;
        }
    }

    /**
     * The message Python 3.11's {@code json.loads} raises for {@code text}, such as {@code Expecting ',' delimiter:
     * line 1 column 9 (char 8)}; Jackson refused it, so this scanner, which follows Python's decoder step by
     * step, finds where Python would stop.
     */
    static String decodeError(String text) {
        try {
            int end = value(text, whitespace(text, 0));
            end = whitespace(text, end);
            if (end != text.length()) {
                throw new DecodeError("Extra data", text, end);
            }
            return new DecodeError("Expecting value", text, 0).getMessage();   // Python reads it; Jackson did not
        } catch (DecodeError e) {
            return e.getMessage();
        }
    }

    private static int whitespace(String s, int i) {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int value(String s, int i) {
        if (i >= s.length()) {
            throw new DecodeError("Expecting value", s, i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(s, i + 1);
            case '[':
                return array(s, i + 1);
            case '"':
                return string(s, i + 1);
            default:
                break;
        }
        for (String word : List.of("null", "true", "false", "NaN", "Infinity", "-Infinity")) {
            if (s.startsWith(word, i)) {
                return i + word.length();
            }
        }
        Matcher number = NUMBER.matcher(s).region(i, s.length());
        if ((c == '-' || Character.isDigit(c)) && number.lookingAt()) {
            return number.end();
        }
        throw new DecodeError("Expecting value", s, i);
    }

    private static int object(String s, int i) {
        i = whitespace(s, i);
        if (i < s.length() && s.charAt(i) == '}') {
            return i + 1;
        }
        while (true) {
            if (i >= s.length() || s.charAt(i) != '"') {
                throw new DecodeError("Expecting property name enclosed in double quotes", s, i);
            }
            i = whitespace(s, string(s, i + 1));
            if (i >= s.length() || s.charAt(i) != ':') {
                throw new DecodeError("Expecting ':' delimiter", s, i);
            }
            i = whitespace(s, value(s, whitespace(s, i + 1)));
            if (i < s.length() && s.charAt(i) == '}') {
                return i + 1;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw new DecodeError("Expecting ',' delimiter", s, i);
            }
            i = whitespace(s, i + 1);
        }
    }

    private static int array(String s, int i) {
        i = whitespace(s, i);
        if (i < s.length() && s.charAt(i) == ']') {
            return i + 1;
        }
        while (true) {
            i = whitespace(s, value(s, i));
            if (i < s.length() && s.charAt(i) == ']') {
                return i + 1;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw new DecodeError("Expecting ',' delimiter", s, i);
            }
            i = whitespace(s, i + 1);
        }
    }

    private static int string(String s, int i) {
        int start = i - 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                throw new DecodeError("Invalid control character at", s, i);
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    break;
                }
                char escape = s.charAt(i + 1);
                if (escape == 'u') {
                    if (i + 6 > s.length() || !s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                        throw new DecodeError("Invalid \\uXXXX escape", s, i + 1);
                    }
                    i += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw new DecodeError("Invalid \\escape", s, i);
                }
                i += 2;
                continue;
            }
            i++;
        }
        throw new DecodeError("Unterminated string starting at", s, start);
    }
}

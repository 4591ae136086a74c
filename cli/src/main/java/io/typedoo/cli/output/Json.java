package io.typedoo.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.typedoo.cli.CliException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON in and out of the command, with one shared, thread-safe Jackson mapper. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final ObjectMapper UNSORTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** Pretty-printed JSON that keeps the maps' own key order. */
    public static String writeUnsorted(@Nullable Object value) {
        return write(UNSORTED, value);
    }

    /** JSON on one line. */
    public static String writeCompact(@Nullable Object value) {
        return write(COMPACT, value);
    }

    /** Pretty-printed JSON of a value in the runtime's normalised form (maps, lists, strings, numbers). */
    public static String write(@Nullable Object value) {
        return write(MAPPER, value);
    }

    private static String write(ObjectMapper mapper, @Nullable Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a JSON array argument, such as {@code [[1, 2], "x"]}.
     *
     * @param what names the argument in the error message
     * @throws CliException (usage) when the text is not a JSON array
     */
    public static List<Object> readArray(String text, String what) {
        Object value = read(text, what);
        if (!(value instanceof List<?> list)) {
            throw CliException.usage(what + " must be a JSON array, such as [[1, 2]]; got: " + text);
        }
        @SuppressWarnings("unchecked")
        List<Object> typed = (List<Object>) list;
        return typed;
    }

    /**
     * Reads a JSON object argument, such as {@code {"limit": 5}}.
     *
     * @throws CliException (usage) when the text is not a JSON object
     */
    public static Map<String, Object> readObject(String text, String what) {
        Object value = read(text, what);
        if (!(value instanceof Map<?, ?> map)) {
            throw CliException.usage(what + " must be a JSON object, such as {\"limit\": 5}; got: " + text);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }

    private static @Nullable Object read(String text, String what) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw CliException.usage(what + " is not valid JSON: " + e.getOriginalMessage() + " in: " + text);
        }
    }
}

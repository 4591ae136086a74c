package io.typedoo.processor.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code typedoo-schema/1} snapshot file. Jackson's streaming parser does the JSON (strict, with line and
 * column in its errors); this class only walks the snapshot's shape:
 * {@code {"format", "models": {name: {"label", "fields": {name: {fields_get attributes}}}}}}. Attributes the
 * checks do not use are ignored, so snapshots of newer servers still load.
 */
public final class SchemaLoader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private SchemaLoader() {
    }

    /**
     * Reads the snapshot at {@code file}.
     *
     * @throws SchemaException when the file cannot be read, is not JSON or is not a typedoo-schema/1 snapshot
     */
    public static Schema load(Path file) {
        Object root;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new SchemaException("the file is empty");
            }
            root = value(parser);
            if (parser.nextToken() != null) {
                throw new SchemaException("more than one JSON value at " + location(parser));
            }
        } catch (NoSuchFileException e) {
            throw new SchemaException("the file does not exist", e);
        } catch (JsonProcessingException e) {
            throw new SchemaException("it is not valid JSON: " + e.getOriginalMessage() + " at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), e);
        } catch (IOException e) {
            throw new SchemaException(e.toString(), e);
        }
        return fromTree(file.toString(), root);
    }

    private static Schema fromTree(String source, @Nullable Object root) {
        Map<String, Object> snapshot = object(root, "the snapshot");
        Object format = snapshot.get("format");
        if (!Schema.FORMAT.equals(format)) {
            throw new SchemaException("its \"format\" is " + (format == null ? "missing" : "\"" + format + "\"")
                    + ", not \"" + Schema.FORMAT + "\"");
        }
        Map<String, SchemaModel> models = new LinkedHashMap<>();
        for (Map.Entry<String, Object> m : object(snapshot.get("models"), "\"models\"").entrySet()) {
            Map<String, Object> model = object(m.getValue(), "model " + m.getKey());
            Map<String, SchemaField> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Object> f : object(model.get("fields"), "the fields of " + m.getKey()).entrySet()) {
                fields.put(f.getKey(), field(m.getKey(), f.getKey(), object(f.getValue(),
                        "field " + m.getKey() + "." + f.getKey())));
            }
            Object label = model.get("label");
            models.put(m.getKey(), new SchemaModel(m.getKey(), label instanceof String s ? s : null, fields));
        }
        return new Schema(source, models);
    }

    private static SchemaField field(String model, String name, Map<String, Object> attributes) {
        if (!(attributes.get("type") instanceof String type)) {
            throw new SchemaException("field " + model + "." + name + " has no \"type\"");
        }
        Object relation = attributes.get("relation");
        List<String> selection = new ArrayList<>();
        // fields_get sends [[value, label], ...]; a selection computed by a method may be missing or False.
        if (attributes.get("selection") instanceof List<?> options) {
            for (Object option : options) {
                if (option instanceof List<?> pair && !pair.isEmpty() && pair.get(0) instanceof String value) {
                    selection.add(value);
                }
            }
        }
        return new SchemaField(name, type, relation instanceof String r && !r.isEmpty() ? r : null,
                Boolean.TRUE.equals(attributes.get("required")), selection);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new SchemaException(what + " is not a JSON object");
    }

    /** The value at the parser's current token, as maps, lists, strings, booleans, numbers and null. */
    private static @Nullable Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    map.put(key, value(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_NULL:
                return null;
            default:
                throw new SchemaException("unexpected " + token + " at " + location(parser));
        }
    }

    private static String location(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
    }
}

package io.typedoo.codegen;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.FieldInfo;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks a server about models: their labels from {@code ir.model} and their fields from {@code fields_get}. */
public final class SchemaReader {

    /** The {@code fields_get} attributes that interfaces and schema snapshots are made of. */
    public static final List<String> ATTRIBUTES = List.of("string", "type", "required", "readonly", "relation",
            "selection", "help");

    private final OdooClient client;

    /** A reader asking {@code client}'s server. */
    public SchemaReader(OdooClient client) {
        this.client = client;
    }

    /** The labels of the models, in one call; a model the server does not list has no entry. */
    public Map<String, String> labels(List<String> models) {
        Map<String, String> labels = new HashMap<>();
        for (Row row : client.model("ir.model").searchRead(Domain.leaf("model", "in", models),
                SearchOptions.of(), "model", "name")) {
            labels.put(row.getString("model"), row.getString("name"));
        }
        return labels;
    }

    /**
     * One model's description.
     *
     * @throws io.typedoo.error.OdooUnknownModelException when the server has no such model
     */
    public ServerModel describe(String model, Map<String, String> labels) {
        Map<String, FieldInfo> fields = client.model(model).fieldsGet(ATTRIBUTES.toArray(String[]::new));
        return new ServerModel(model, labels.get(model), fields);
    }
}

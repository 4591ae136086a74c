package io.typedoo.cli.shell;

import io.typedoo.cli.command.ModelsCommand;
import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooException;
import io.typedoo.untyped.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model and field names the shell completes, asked once from the server and kept while the shell runs. A
 * failure (no access to ir.model, an unknown model) gives no names rather than an error in the middle of typing.
 */
final class OdooNames {

    private static final System.Logger LOG = System.getLogger(OdooNames.class.getName());

    private final OdooClient client;
    private volatile List<String> models;
    private final Map<String, List<String>> fields = new ConcurrentHashMap<>();

    OdooNames(OdooClient client) {
        this.client = client;
    }

    /** Every model name of the server, sorted. */
    List<String> models() {
        List<String> names = models;
        if (names == null) {
            List<String> loaded = new ArrayList<>();
            try {
                for (Row row : ModelsCommand.find(client, null)) {
                    loaded.add(row.getString("model"));
                }
            } catch (OdooException e) {
                LOG.log(System.Logger.Level.DEBUG, "Cannot list models for completion", e);
            }
            names = List.copyOf(loaded);
            models = names;
        }
        return names;
    }

    /** The field names of a model, sorted; none when the model is unknown. */
    List<String> fields(String model) {
        return fields.computeIfAbsent(model, m -> {
            try {
                return client.model(m).fieldsGet("type").keySet().stream().sorted().toList();
            } catch (OdooException e) {
                LOG.log(System.Logger.Level.DEBUG, "Cannot list the fields of " + m + " for completion", e);
                return List.of();
            }
        });
    }
}

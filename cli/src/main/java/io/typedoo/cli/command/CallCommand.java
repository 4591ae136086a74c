package io.typedoo.cli.command;

import io.typedoo.cli.output.Json;
import io.typedoo.client.OdooClient;
import io.typedoo.error.OdooNoneResultException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code typedoo call MODEL METHOD [ARGS_JSON] [KWARGS_JSON]}: any public model method, the result as JSON; a method
 * that returns Python's {@code None} prints {@code null}.
 */
@Command(name = "call", description = "Call METHOD of MODEL (execute_kw) and print the result as JSON.")
public final class CallCommand extends ConnectedCommand {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The technical model name, such as res.partner.")
    String model;

    @Parameters(index = "1", paramLabel = "METHOD", description = "The method, such as name_search.")
    String method;

    @Parameters(index = "2", arity = "0..1", paramLabel = "ARGS_JSON",
            description = "The positional arguments as a JSON array, such as '[[9, 18]]' (default: []).")
    @Nullable String args;

    @Parameters(index = "3", arity = "0..1", paramLabel = "KWARGS_JSON",
            description = "The keyword arguments as a JSON object, such as '{\"limit\": 5}' (default: {}).")
    @Nullable String kwargs;

    private List<Object> positional = List.of();
    private Map<String, Object> keywords = Map.of();

    @Override
    void prepare() {
        positional = args == null ? List.of() : Json.readArray(args, "ARGS_JSON");
        keywords = kwargs == null ? Map.of() : Json.readObject(kwargs, "KWARGS_JSON");
    }

    @Override
    int run(OdooClient client) {
        Object result;
        try {
            result = client.execute(model, method, positional, keywords);
        } catch (OdooNoneResultException e) {
            // The method ran and returned Python's None, which XML-RPC cannot carry: for a script, that is null.
            result = null;
        }
        out().println(Json.writeUnsorted(result));
        out().flush();
        return 0;
    }
}

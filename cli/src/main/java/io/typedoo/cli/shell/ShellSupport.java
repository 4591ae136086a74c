package io.typedoo.cli.shell;

import io.typedoo.cli.command.ModelsCommand;
import io.typedoo.client.OdooClient;
import io.typedoo.untyped.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What a shell's JShell snippets reach: the connected client and what stands behind {@code models()}. The
 * snippets run in this JVM (JShell's local execution engine), so they find their shell's object through a
 * registry keyed by shell id.
 */
public final class ShellSupport {

    private static final Map<String, ShellSupport> SHELLS = new ConcurrentHashMap<>();

    private final OdooClient client;
    private final FieldCache fields = new FieldCache();

    ShellSupport(OdooClient client) {
        this.client = client;
    }

    /** The shell's object; JShell calls this once, when the shell starts. */
    public static ShellSupport forShell(String id) {
        ShellSupport support = SHELLS.get(id);
        if (support == null) {
            throw new IllegalStateException("No shell " + id);
        }
        return support;
    }

    static void register(String id, ShellSupport support) {
        SHELLS.put(id, support);
    }

    static void unregister(String id) {
        SHELLS.remove(id);
    }

    /** The connected client. */
    public OdooClient client() {
        return client;
    }

    /** {@code model("res.partner")} in the shell: the model, with the shell's shortcuts. */
    public ShellModel model(String name) {
        return new ShellModel(client.model(name), fields);
    }

    /** The technical names of the models containing {@code pattern}, sorted, as ERPpeek's {@code models()}. */
    public List<String> models(@Nullable String pattern) {
        List<String> names = new ArrayList<>();
        for (Row row : ModelsCommand.find(client, pattern)) {
            names.add(row.getString("model"));
        }
        return names;
    }
}

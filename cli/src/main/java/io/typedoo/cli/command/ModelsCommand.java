package io.typedoo.cli.command;

import io.typedoo.cli.output.Table;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code typedoo models [PATTERN]}: the models whose technical name contains the pattern, from ir.model. */
@Command(name = "models", description = "List the models whose name contains PATTERN (all without one).")
public final class ModelsCommand extends ConnectedCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATTERN",
            description = "Part of the technical name, such as res. or partner (case-insensitive).")
    @Nullable String pattern;

    @Override
    int run(OdooClient client) {
        List<Row> rows = find(client, pattern);
        Table table = new Table(List.of("MODEL", "DESCRIPTION"));
        for (Row row : rows) {
            table.addRow(List.of(text(row.getString("model")), text(row.getString("name"))));
        }
        table.print(out());
        return 0;
    }

    /** The ir.model rows (model, name) whose model contains {@code pattern}, ordered by model. */
    public static List<Row> find(OdooClient client, @Nullable String pattern) {
        Domain domain = pattern == null || pattern.isBlank() ? Domain.all()
                : Domain.leaf("model", "ilike", pattern);
        return client.model("ir.model").searchRead(domain, SearchOptions.of().order("model"), "model", "name");
    }

    static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}

package io.typedoo.cli.command;

import io.typedoo.cli.output.Table;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code typedoo modules [PATTERN] [--installed]}: the modules of ir.module.module and their state. */
@Command(name = "modules", description = "List the modules whose name contains PATTERN, with their state.")
public final class ModulesCommand extends ConnectedCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATTERN",
            description = "Part of the technical name, such as sale.")
    @Nullable String pattern;

    @Option(names = "--installed", description = "Only installed modules.")
    boolean installed;

    @Override
    int run(OdooClient client) {
        Domain domain = pattern == null || pattern.isBlank() ? Domain.all() : Domain.leaf("name", "ilike", pattern);
        if (installed) {
            domain = domain.and(Domain.leaf("state", "=", "installed"));
        }
        List<Row> rows = client.model("ir.module.module")
                .searchRead(domain, SearchOptions.of().order("name"), "name", "state", "shortdesc");
        Table table = new Table(List.of("MODULE", "STATE", "DESCRIPTION"));
        for (Row row : rows) {
            table.addRow(List.of(ModelsCommand.text(row.getString("name")), ModelsCommand.text(row.getString("state")),
                    ModelsCommand.text(row.getString("shortdesc"))));
        }
        table.print(out());
        return 0;
    }
}

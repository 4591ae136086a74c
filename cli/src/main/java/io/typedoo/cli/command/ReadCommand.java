package io.typedoo.cli.command;

import io.typedoo.cli.output.ProgressBar;
import io.typedoo.cli.output.RecordsWriter;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typedoo read MODEL IDS|DOMAIN [--fields a,b] [--json|--csv]}: records as a table, JSON or CSV. Records
 * are read in batches, with a progress bar on a terminal.
 */
@Command(name = "read", description = "Print records of MODEL, given by ids (1,2,3) or a domain.")
public final class ReadCommand extends ConnectedCommand {

    /** How many records one read call fetches. */
    static final int BATCH = 200;

    private static final Pattern IDS = Pattern.compile("\\[?\\s*\\d+(\\s*[,\\s]\\s*\\d+)*\\s*,?\\s*]?");

    @Parameters(index = "0", paramLabel = "MODEL", description = "The technical model name, such as res.partner.")
    String model;

    // "9 18" (two arguments) reads the same records as "9,18": the words are joined again.
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IDS|DOMAIN",
            description = "Ids such as 1,2,3 or 1 2 3, or a domain such as \"[('is_company','=',True)]\".")
    List<String> selection;

    @Option(names = "--fields", split = ",", paramLabel = "FIELD",
            description = "The fields to read, such as name,email (default: all of them).")
    @Nullable List<String> fields;

    @Option(names = "--limit", paramLabel = "N", description = "With a domain: at most N records.")
    @Nullable Integer limit;

    @Option(names = "--offset", paramLabel = "N", description = "With a domain: skip the first N matches.")
    int offset;

    @Option(names = "--order", paramLabel = "ORDER", description = "With a domain: Odoo's order, such as \"name\".")
    @Nullable String order;

    @ArgGroup(exclusive = true)
    @Nullable FormatChoice format;

    static final class FormatChoice {
        @Option(names = "--json", description = "Print a JSON array, values as Odoo sends them.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV with a header line.")
        boolean csv;
    }

    private @Nullable List<Long> givenIds;
    private Domain parsed = Domain.all();

    @Override
    void prepare() {
        String given = String.join(" ", selection);
        if (isIds(given)) {
            givenIds = parseIds(given);
        } else {
            parsed = domain(given);
        }
    }

    @Override
    int run(OdooClient client) {
        Model records = client.model(model);
        List<Long> ids = givenIds != null ? givenIds
                : records.search(parsed, SearchCommand.options(offset, limit, order));
        String[] wanted = fields == null ? new String[0] : fields.toArray(String[]::new);
        List<Map<String, Object>> rows = new ArrayList<>(ids.size());
        try (ProgressBar bar = ProgressBar.start(err(), environment().terminal(), "Reading " + model, ids.size())) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                for (Row record : records.read(batch, wanted)) {
                    rows.add(record.asMap());
                }
                bar.advance(batch.size());
            }
        }
        RecordsWriter.write(out(), format(), columns(rows), rows);
        return 0;
    }

    private RecordsWriter.Format format() {
        if (format != null && format.json) {
            return RecordsWriter.Format.JSON;
        }
        return format != null && format.csv ? RecordsWriter.Format.CSV : RecordsWriter.Format.TABLE;
    }

    /** {@code id}, then the fields asked for in their order, or else every field the server sent. */
    private List<String> columns(List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        columns.add("id");
        if (fields != null) {
            columns.addAll(fields);
        } else {
            for (Map<String, Object> row : rows) {
                columns.addAll(row.keySet());
            }
        }
        return List.copyOf(columns);
    }

    static boolean isIds(String text) {
        return IDS.matcher(text.strip()).matches();
    }

    static List<Long> parseIds(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.replace("[", " ").replace("]", " ").split("[,\\s]+")) {
            if (!part.isBlank()) {
                ids.add(Long.parseLong(part.strip()));
            }
        }
        return ids;
    }
}

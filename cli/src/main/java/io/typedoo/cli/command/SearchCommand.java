package io.typedoo.cli.command;

import io.typedoo.client.OdooClient;
import io.typedoo.untyped.SearchOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code typedoo search MODEL [DOMAIN] [--limit N] [--offset N] [--order TEXT]}: the ids, one per line. */
@Command(name = "search", description = "Print the ids of the records of MODEL matching DOMAIN, one per line.")
public final class SearchCommand extends ConnectedCommand {

    @Mixin
    ModelAndDomain target = new ModelAndDomain();

    @Option(names = "--limit", paramLabel = "N", description = "At most N ids.")
    @Nullable Integer limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N matches.")
    int offset;

    @Option(names = "--order", paramLabel = "ORDER", description = "Odoo's order, such as \"name desc, id\".")
    @Nullable String order;

    @Override
    void prepare() {
        target.parse();
    }

    @Override
    int run(OdooClient client) {
        for (long id : client.model(target.model).search(target.parsed(), options(offset, limit, order))) {
            out().println(id);
        }
        out().flush();
        return 0;
    }

    static SearchOptions options(int offset, @Nullable Integer limit, @Nullable String order) {
        SearchOptions options = SearchOptions.of().offset(offset);
        if (limit != null) {
            options = options.limit(limit);
        }
        if (order != null) {
            options = options.order(order);
        }
        return options;
    }
}

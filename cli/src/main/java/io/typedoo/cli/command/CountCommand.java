package io.typedoo.cli.command;

import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code typedoo count MODEL [DOMAIN]}: search_count. */
@Command(name = "count", description = "Count the records of MODEL matching DOMAIN (all without one).")
public final class CountCommand extends ConnectedCommand {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The technical model name, such as res.partner.")
    String model;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DOMAIN",
            description = "An Odoo domain, such as \"[('is_company','=',True)]\".")
    @Nullable String domain;

    private Domain parsed = Domain.all();

    @Override
    void prepare() {
        parsed = domain(domain);
    }

    @Override
    int run(OdooClient client) {
        out().println(client.model(model).count(parsed));
        return 0;
    }
}

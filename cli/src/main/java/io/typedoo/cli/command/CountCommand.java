package io.typedoo.cli.command;

import io.typedoo.client.OdooClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code typedoo count MODEL [DOMAIN]}: search_count. */
@Command(name = "count", description = "Count the records of MODEL matching DOMAIN (all without one).")
public final class CountCommand extends ConnectedCommand {

    @Mixin
    ModelAndDomain target = new ModelAndDomain();

    @Override
    void prepare() {
        target.parse();
    }

    @Override
    int run(OdooClient client) {
        out().println(client.model(target.model).count(target.parsed()));
        return 0;
    }
}

package io.typedoo.cli.command;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.untyped.Model;
import io.typedoo.untyped.Row;
import io.typedoo.untyped.SearchOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code typedoo install|upgrade|uninstall MODULE...}: Odoo's {@code button_immediate_install},
 * {@code button_immediate_upgrade} and {@code button_immediate_uninstall} on ir.module.module, then the new
 * state of each module.
 */
public final class ModuleCommands {

    private ModuleCommands() {
    }

    /** The shared work: find the modules by name, press the button, print the states. */
    abstract static class ModuleAction extends ConnectedCommand {

        @Parameters(arity = "1..*", paramLabel = "MODULE", description = "Technical module names, such as sale.")
        List<String> modules;

        /** The ir.module.module method to call. */
        abstract String button();

        @Override
        final int run(OdooClient client) {
            Model moduleModel = client.model("ir.module.module");
            Map<String, Long> ids = new LinkedHashMap<>();
            for (Row row : moduleModel.searchRead(Domain.leaf("name", "in", modules), SearchOptions.of(),
                    "name")) {
                ids.put(row.getString("name"), row.id());
            }
            List<String> unknown = new ArrayList<>();
            for (String name : modules) {
                if (!ids.containsKey(name)) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw new CliException("No module named " + String.join(", ", unknown) + " on " + client.url()
                        + " (database " + client.database() + "); see 'typedoo modules'", ExitCode.USAGE);
            }
            moduleModel.call(button(), List.of(List.copyOf(ids.values())), Map.of());
            for (Row row : moduleModel.read(List.copyOf(ids.values()), "name", "state")) {
                out().println(row.getString("name") + ": " + row.getString("state"));
            }
            out().flush();
            return 0;
        }
    }

    /** {@code typedoo install MODULE...}. */
    @Command(name = "install", description = "Install modules (button_immediate_install).")
    public static final class Install extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_install";
        }
    }

    /** {@code typedoo upgrade MODULE...}. */
    @Command(name = "upgrade", description = "Upgrade installed modules (button_immediate_upgrade).")
    public static final class Upgrade extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_upgrade";
        }
    }

    /** {@code typedoo uninstall MODULE...}. */
    @Command(name = "uninstall", description = "Uninstall modules (button_immediate_uninstall).")
    public static final class Uninstall extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_uninstall";
        }
    }
}

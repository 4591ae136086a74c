package io.typedoo.cli.command;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.cli.output.Elapsed;
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
 * state of each module that changed.
 */
public final class ModuleCommands {

    private ModuleCommands() {
    }

    /**
     * The shared work: find the modules by name, press the button while a note on stderr says it is still
     * running, then print every module whose state changed (Odoo installs dependencies, and uninstalls the
     * modules that depend on the one removed), each once.
     */
    abstract static class ModuleAction extends ConnectedCommand {

        @Parameters(arity = "1..*", paramLabel = "MODULE", description = "Technical module names, such as crm.")
        List<String> modules;

        /** The ir.module.module method to call. */
        abstract String button();

        /** What the progress note says, such as "Installing". */
        abstract String doing();

        /** What to print for a module named on the command line, given its new state. */
        String outcome(String state) {
            return state;
        }

        @Override
        final int run(OdooClient client) {
            Model moduleModel = client.model("ir.module.module");
            Map<String, Row> before = byName(moduleModel);
            List<String> unknown = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (String name : modules) {
                Row module = before.get(name);
                if (module == null) {
                    unknown.add(name);
                } else {
                    ids.add(module.id());
                }
            }
            if (!unknown.isEmpty()) {
                throw new CliException("No module named " + String.join(", ", unknown) + " on " + client.url()
                        + " (database " + client.database() + "); see 'typedoo modules'", ExitCode.USAGE);
            }
            try (Elapsed note = Elapsed.start(err(), environment().terminal(),
                    doing() + " " + String.join(", ", modules))) {
                moduleModel.call(button(), List.of(ids), Map.of());
            }
            for (Row module : byName(moduleModel).values()) {
                String name = module.getString("name");
                String state = module.getString("state");
                Row old = before.get(name);
                if (modules.contains(name)) {
                    out().println(name + ": " + outcome(state));
                } else if (old == null || !state.equals(old.getString("state"))) {
                    out().println(name + ": " + state);
                }
            }
            out().flush();
            return 0;
        }

        /** Every module's name and state, by name (a few hundred short rows on a stock Odoo). */
        private static Map<String, Row> byName(Model moduleModel) {
            Map<String, Row> modules = new LinkedHashMap<>();
            for (Row row : moduleModel.searchRead(Domain.all(), SearchOptions.of().order("name"), "name",
                    "state")) {
                modules.put(row.getString("name"), row);
            }
            return modules;
        }
    }

    /** {@code typedoo install MODULE...}. */
    @Command(name = "install", description = "Install modules (button_immediate_install).")
    public static final class Install extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_install";
        }

        @Override
        String doing() {
            return "Installing";
        }
    }

    /** {@code typedoo upgrade MODULE...}. */
    @Command(name = "upgrade", description = "Upgrade installed modules (button_immediate_upgrade).")
    public static final class Upgrade extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_upgrade";
        }

        @Override
        String doing() {
            return "Upgrading";
        }

        @Override
        String outcome(String state) {
            // The state stays "installed"; what happened is the upgrade.
            return state.equals("installed") ? "upgraded" : state;
        }
    }

    /** {@code typedoo uninstall MODULE...}. */
    @Command(name = "uninstall", description = "Uninstall modules (button_immediate_uninstall).")
    public static final class Uninstall extends ModuleAction {
        @Override
        String button() {
            return "button_immediate_uninstall";
        }

        @Override
        String doing() {
            return "Uninstalling";
        }
    }
}

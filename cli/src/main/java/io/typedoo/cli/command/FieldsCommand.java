package io.typedoo.cli.command;

import io.typedoo.codegen.SchemaReader;
import io.typedoo.cli.output.Table;
import io.typedoo.client.OdooClient;
import io.typedoo.untyped.FieldInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code typedoo fields MODEL}: the fields of a model, from fields_get, sorted by name. */
@Command(name = "fields", description = "List the fields of MODEL: name, type, relation, flags and label.")
public final class FieldsCommand extends ConnectedCommand {

    @Parameters(index = "0", paramLabel = "MODEL", description = "The technical model name, such as res.partner.")
    String model;

    @Override
    int run(OdooClient client) {
        Map<String, FieldInfo> fields = new TreeMap<>(
                client.model(model).fieldsGet(SchemaReader.ATTRIBUTES.toArray(String[]::new)));
        Table table = new Table(List.of("FIELD", "TYPE", "RELATION", "FLAGS", "LABEL"));
        for (FieldInfo field : fields.values()) {
            List<String> flags = new ArrayList<>(2);
            if (field.isRequired()) {
                flags.add("required");
            }
            if (field.isReadonly()) {
                flags.add("readonly");
            }
            String relation = field.relation() != null ? field.relation()
                    : field.selection().isEmpty() ? "" : String.join("|", field.selection().keySet());
            table.addRow(List.of(field.name(), field.type(), relation, String.join(",", flags),
                    field.label() == null ? "" : field.label()));
        }
        table.print(out());
        return 0;
    }
}

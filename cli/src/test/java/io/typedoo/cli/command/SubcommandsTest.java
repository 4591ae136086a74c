package io.typedoo.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.typedoo.cli.CliRunner;
import io.typedoo.cli.ExitCode;
import io.typedoo.client.OdooClient;
import io.typedoo.domain.Domain;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import io.typedoo.untyped.SearchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand against the embedded Odoo-compatible server, run in-process as a user runs it: here with the
 * admin's password over XML-RPC against Odoo 18; {@link SubcommandsJson2Test} runs the same with an API key against
 * Odoo 19, where the command speaks JSON-2. Record ids and counts are looked up, since the two versions' demo data
 * differ.
 */
@OdooTest
class SubcommandsTest {

    @TempDir
    static Path config;

    private static String url;
    /** The variable carrying the admin's secret: TYPEDOO_PASSWORD, or TYPEDOO_API_KEY on Odoo 19 and later. */
    static String secretVariable;
    /** The admin's password, or on Odoo 19 and later the admin's API key. */
    static String secret;
    private static long partners;
    private static long woodCorner;
    private static long ronGibson;
    private static long openWood;

    @BeforeAll
    static void server(OdooTestServer server, OdooClient odoo) {
        url = server.url();
        boolean json2 = server.odooVersion() >= 19;
        secretVariable = json2 ? "TYPEDOO_API_KEY" : "TYPEDOO_PASSWORD";
        secret = json2 ? OdooTestServer.ADMIN_API_KEY : OdooTestServer.ADMIN;
        partners = odoo.model("res.partner").count();
        woodCorner = partner(odoo, "Wood Corner");
        ronGibson = partner(odoo, "Ron Gibson");
        openWood = partner(odoo, "OpenWood");
    }

    private static long partner(OdooClient odoo, String name) {
        return odoo.model("res.partner").search(Domain.leaf("name", "=", name)).get(0);
    }

    /** A runner with the admin's secret in its variable. */
    static CliRunner admin() {
        return new CliRunner(config).variable(secretVariable, secret);
    }

    /** Runs typedoo with the connection options of the test server after the arguments. */
    static CliRunner.Result typedoo(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--server", url, "-d", "demo"}, 0, all, args.length, 4);
        return admin().run(all);
    }

    static CliRunner.Result ok(String... args) {
        CliRunner.Result result = typedoo(args);
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err(), result.toString());
        return result;
    }

    private static List<String> lines(CliRunner.Result result) {
        return result.out().lines().collect(Collectors.toList());
    }

    @Test
    void modelsMatchesThePattern() {
        List<String> lines = lines(ok("models", "res.partner"));
        assertTrue(lines.get(0).matches("MODEL +DESCRIPTION"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("res\\.partner +Contact")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("res.partner.category ")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("todo.task")), lines.toString());
        assertTrue(ok("models").out().contains("todo.task.tag"));
    }

    @Test
    void fieldsOfAModel() {
        String out = ok("fields", "todo.task").out();
        assertTrue(out.lines().anyMatch(l -> l.matches("tag_ids +many2many +todo\\.task\\.tag +Tags")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("name +char +required +Title")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("priority +selection +0\\|1 +Priority")), out);
    }

    @Test
    void countWithAndWithoutDomain(OdooClient odoo) {
        assertEquals(String.valueOf(partners), ok("count", "res.partner").out().strip());
        long companies = odoo.model("res.partner").count(Domain.leaf("is_company", "=", true));
        assertTrue(companies > 0 && companies < partners);
        assertEquals(String.valueOf(companies), ok("count", "res.partner", "[('is_company','=',True)]").out().strip());
    }

    @Test
    void connectionOptionsBeforeTheSubcommand() {
        CliRunner.Result before = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                .run("--server", url, "-d", "demo", "--protocol", "jsonrpc", "count", "res.partner");
        assertEquals(0, before.exitCode(), before.toString());
        assertEquals(String.valueOf(partners), before.out().strip());
        CliRunner.Result overridden = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                .run("--server", url, "-d", "nosuchdb", "count", "res.partner", "-d", "demo");
        assertEquals(0, overridden.exitCode(), "the option after the subcommand wins: " + overridden);
    }

    @Test
    void countOverJsonRpc() {
        assertEquals(String.valueOf(partners), ok("count", "res.partner", "--protocol", "jsonrpc").out().strip());
    }

    @Test
    void searchWithOrderLimitAndOffset(OdooClient odoo) {
        assertEquals(List.of(woodCorner + "", openWood + ""), lines(ok("search", "res.partner",
                "[('name','ilike','wood')]", "--order", "name desc")));
        assertEquals(List.of(openWood + ""), lines(ok("search", "res.partner", "[('name','ilike','wood')]",
                "--order", "name desc", "--offset", "1", "--limit", "1")));
        List<Long> all = odoo.model("res.partner").search(Domain.all(), SearchOptions.of().order("id").limit(3));
        assertEquals(all.stream().map(String::valueOf).toList(),
                lines(ok("search", "res.partner", "--order", "id", "--limit", "3")));
    }

    @Test
    void readByIdsAsATable() {
        List<String> lines = lines(ok("read", "res.partner", woodCorner + "," + ronGibson, "--fields",
                "name,parent_id"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("id +name +parent_id"), lines.toString());
        assertTrue(lines.get(2).matches(woodCorner + " +Wood Corner +false"), lines.toString());
        assertTrue(lines.get(3).matches(ronGibson + " +Ron Gibson +Wood Corner \\(#" + woodCorner + "\\)"),
                lines.toString());
    }

    @Test
    void readByDomainAsJsonAndCsv() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ok("read", "res.partner", "[('name','ilike','wood')]",
                "--fields", "name,parent_id,category_id", "--order", "name", "--json").out());
        assertEquals(2, json.size());
        assertEquals("OpenWood", json.get(0).get("name").asText());
        assertEquals(woodCorner, json.get(1).get("id").asLong());
        assertTrue(json.get(1).get("parent_id").isBoolean(), "false as Odoo sends it");
        assertEquals(2, json.get(1).get("category_id").size());

        List<String> csv = lines(ok("read", "res.partner", "[" + woodCorner + ", " + ronGibson + "]", "--fields",
                "name,parent_id", "--csv"));
        assertEquals(List.of("id,name,parent_id", woodCorner + ",Wood Corner,",
                ronGibson + ",Ron Gibson," + woodCorner), csv);
    }

    @Test
    void readShowsProgressOnlyOnATerminal() {
        CliRunner.Result onTerminal = admin().terminal(true)
                .run("read", "res.partner", "[]", "--fields", "name", "--csv", "--server", url, "-d", "demo");
        assertEquals(0, onTerminal.exitCode(), onTerminal.toString());
        assertTrue(onTerminal.err().contains("Reading res.partner [")
                && onTerminal.err().contains(partners + "/" + partners), onTerminal.toString());
        assertEquals(partners + 1, onTerminal.out().lines().count(), "the output is the same: " + onTerminal);
        assertEquals("", ok("read", "res.partner", "[]", "--fields", "name", "--csv").err());
    }

    @Test
    void readWithoutFieldsReadsThemAll() {
        String out = ok("read", "res.partner.category", "[]", "--limit", "2").out();
        assertTrue(out.lines().findFirst().orElse("").matches("id +name +.*display_name.*"), out);
        assertEquals(4, out.lines().count(), out);
    }

    @Test
    void callAnyMethodWithJsonArguments(OdooClient odoo) throws Exception {
        JsonNode found = new ObjectMapper().readTree(ok("call", "res.partner", "name_search", "[\"wood\"]",
                "{\"limit\": 1}").out());
        assertEquals(1, found.size());
        assertTrue(found.get(0).get(1).asText().contains("Wood"), found.toString());

        long task = odoo.model("todo.task").create(Map.of("name", "Called from the command"));
        assertEquals("true", ok("call", "todo.task", "do_toggle_done", "[[" + task + "]]").out().strip());
        assertTrue(odoo.model("todo.task").read(List.of(task), "is_done").get(0).getBoolean("is_done"));
        assertEquals("null", ok("call", "todo.task", "do_nothing", "[[" + task + "]]").out().strip(),
                "a method returning None succeeded");
        assertEquals("null", ok("call", "todo.task", "do_nothing", "[[" + task + "]]", "--protocol", "jsonrpc")
                .out().strip());
    }

    @Test
    void modulesAndTheirButtons() {
        String installed = ok("modules", "--installed").out();
        assertTrue(installed.lines().anyMatch(l -> l.matches("base +installed +Base")), installed);
        assertFalse(installed.contains("uninstalled"), installed);
        assertTrue(ok("modules", "crm").out().lines().anyMatch(l -> l.matches("crm +uninstalled +CRM")));

        assertEquals(List.of("calendar: installed", "contacts: installed", "crm: installed", "mail: installed"),
                lines(ok("install", "crm")), "crm and the modules it depends on");
        assertTrue(ok("modules", "crm", "--installed").out().contains("crm "));
        assertEquals(List.of("crm: upgraded"), lines(ok("upgrade", "crm")));
        assertEquals(List.of("crm: uninstalled"), lines(ok("uninstall", "crm")));

        CliRunner.Result unknown = typedoo("install", "crm", "no_such_module");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no_such_module"), unknown.toString());
        assertTrue(ok("modules", "crm").out().contains("uninstalled"), "nothing installed when a name is unknown");
    }

    @Test
    void schemaOfTwoModels() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(ok("schema", "todo.task", "todo.task.tag").out());
        assertEquals("To-do Task", schema.get("models").get("todo.task").get("label").asText());
        assertEquals("many2one", schema.get("models").get("todo.task").get("fields").get("user_id").get("type")
                .asText());
        assertTrue(schema.get("models").get("todo.task.tag").get("fields").has("name"));
    }

    @Test
    void generateTypesRelationsBetweenTheGeneratedModels() throws Exception {
        Path out = config.resolve("generated");
        List<String> written = lines(ok("generate", "todo.task", "todo.task.tag", "--package", "com.example",
                "--out", out.toString()));
        assertEquals(List.of(out.resolve("com/example/TodoTask.java").toString(),
                out.resolve("com/example/TodoTaskTag.java").toString()), written);
        String task = Files.readString(out.resolve("com/example/TodoTask.java"));
        assertTrue(task.contains("List<TodoTaskTag> tags();") && task.contains("@Nullable Long userId();")
                && task.contains(" * To-do Task ({@code todo.task})."), task);
    }

    @Test
    void generateKeepsAFileEditedByHandUnlessOverwriteIsGiven() throws Exception {
        Path out = config.resolve("edited");
        Path task = out.resolve("com/example/TodoTask.java");
        ok("generate", "todo.task", "--package", "com.example", "--out", out.toString());
        Files.writeString(task, Files.readString(task).replace("    boolean isDone();\n", ""));
        String edited = Files.readString(task);

        CliRunner.Result again = typedoo("generate", "todo.task", "--package", "com.example", "--out",
                out.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("", again.out(), again.toString());
        assertEquals("typedoo: kept " + task + ": it was edited since it was generated (--overwrite replaces it)",
                again.err().strip());
        assertEquals(edited, Files.readString(task));

        assertEquals(List.of(task.toString()), lines(ok("generate", "todo.task", "--package", "com.example",
                "--out", out.toString(), "--overwrite")));
        assertTrue(Files.readString(task).contains("boolean isDone();"));
    }

    @Test
    void filesThatCannotBeWrittenAreLocalErrors() throws Exception {
        Path notADirectory = Files.writeString(config.resolve("plain-file"), "x");
        CliRunner.Result generate = typedoo("generate", "todo.task", "--package", "p", "--out",
                notADirectory.toString());
        assertEquals(ExitCode.IO, generate.exitCode(), generate.toString());
        assertTrue(generate.err().startsWith("typedoo: Cannot write under ") && generate.err().contains("not a directory"),
                generate.toString());
        CliRunner.Result schema = typedoo("schema", "todo.task", "-o", notADirectory.resolve("s.json").toString());
        assertEquals(ExitCode.IO, schema.exitCode(), schema.toString());
        assertEquals(1, schema.err().lines().count(), schema.toString());
    }

    @Test
    void errorsFromTheServer() {
        CliRunner.Result unknownModel = typedoo("count", "no.such.model");
        assertEquals(ExitCode.SERVER, unknownModel.exitCode(), unknownModel.toString());
        assertTrue(unknownModel.err().startsWith("typedoo: ") && unknownModel.err().contains("no.such.model"),
                unknownModel.toString());
        assertEquals(1, unknownModel.err().lines().count(), unknownModel.toString());

        CliRunner.Result wrongSecret = new CliRunner(config).variable(secretVariable, "wrong-secret")
                .run("count", "res.partner", "--server", url, "-d", "demo", "--debug");
        assertEquals(ExitCode.AUTHENTICATION, wrongSecret.exitCode(), wrongSecret.toString());
        assertFalse(wrongSecret.err().contains("wrong-secret"), wrongSecret.toString());

        CliRunner.Result badField = typedoo("count", "res.partner", "[('no_such_field','=',1)]");
        assertEquals(ExitCode.SERVER, badField.exitCode(), badField.toString());
        assertEquals(1, badField.err().lines().count(), badField.toString());

        CliRunner.Result malformed = typedoo("search", "res.partner", "[('name','=',)]");
        assertEquals(ExitCode.USAGE, malformed.exitCode(), malformed.toString());
        assertTrue(malformed.err().contains("Malformed domain"), malformed.toString());
    }

    @Test
    void passwordSourcesInTheirOrder() throws Exception {
        List<String> prompts = new java.util.ArrayList<>();
        CliRunner.Result prompted = new CliRunner(config).prompt(p -> {
            prompts.add(p);
            return "admin".toCharArray();
        }).run("count", "res.partner", "--server", url, "-d", "demo");
        assertEquals(0, prompted.exitCode(), prompted.toString());
        assertEquals(List.of("Password for admin on " + url + " (demo): "), prompts);

        Path file = config.resolve("with-password.ini");
        Files.writeString(file, "[local]\nserver = " + url + "\ndatabase = demo\npassword = admin\n");
        CliRunner.Result fromFile = new CliRunner(config).prompt(p -> {
            throw new AssertionError("no prompt when the config has a password");
        }).run("count", "res.partner", "--env", "local", "--config", file.toString());
        assertEquals(0, fromFile.exitCode(), fromFile.toString());
        CliRunner.Result variableFirst = new CliRunner(config).variable("TYPEDOO_PASSWORD", "wrong")
                .run("count", "res.partner", "--env", "local", "--config", file.toString());
        assertEquals(ExitCode.AUTHENTICATION, variableFirst.exitCode(), "TYPEDOO_PASSWORD before the file");
        CliRunner.Result keyFirst = new CliRunner(config).variable("TYPEDOO_PASSWORD", "wrong")
                .variable("TYPEDOO_API_KEY", apiKeyOrPassword())
                .run("count", "res.partner", "--server", url, "-d", "demo");
        assertEquals(0, keyFirst.exitCode(), "TYPEDOO_API_KEY before TYPEDOO_PASSWORD: " + keyFirst);
    }

    @Test
    void aPasswordOnTheCommandLineIsWarnedAbout() {
        CliRunner.Result given = new CliRunner(config)
                .run("count", "res.partner", "--server", url, "-d", "demo", "--password=admin");
        assertEquals(0, given.exitCode(), given.toString());
        assertEquals(String.valueOf(partners), given.out().strip());
        assertTrue(given.err().startsWith("typedoo: warning: a password given on the command line can be seen by"
                + " other users (ps, shell history); set TYPEDOO_PASSWORD"), given.toString());
        assertFalse(given.err().contains("admin"), given.toString());
        CliRunner.Result fromVariable = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                .run("count", "res.partner", "--server", url, "-d", "demo");
        assertEquals("", fromVariable.err(), fromVariable.toString());
    }

    @Test
    void namedEnvironmentAndApiKeyOption() throws Exception {
        Path file = config.resolve("envs.ini");
        Files.writeString(file, "[test]\nserver = " + url + "\ndatabase = demo\nuser = demo\nprotocol = jsonrpc\n");
        CliRunner.Result asDemo = new CliRunner(config).variable("TYPEDOO_PASSWORD", "demo")
                .run("count", "res.partner", "--env", "test", "--config", file.toString());
        assertEquals(0, asDemo.exitCode(), asDemo.toString());
        CliRunner.Result wrongUser = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                .run("count", "res.partner", "--env", "test", "--config", file.toString());
        assertEquals(ExitCode.AUTHENTICATION, wrongUser.exitCode(), "the environment's user (demo) is used");
        CliRunner.Result overridden = new CliRunner(config).variable("TYPEDOO_PASSWORD", "admin")
                .run("count", "res.partner", "--env", "test", "--config", file.toString(), "-u", "admin");
        assertEquals(0, overridden.exitCode(), overridden.toString());
        CliRunner.Result key = new CliRunner(config)
                .run("count", "res.partner", "--server", url, "-d", "demo", "--api-key", apiKeyOrPassword());
        assertEquals(0, key.exitCode(), key.toString());
    }

    /** What --api-key takes here: the admin's key on Odoo 19 (JSON-2), else the password, as Odoo 14+ accepts. */
    private static String apiKeyOrPassword() {
        return secretVariable.equals("TYPEDOO_API_KEY") ? secret : OdooTestServer.ADMIN;
    }
}

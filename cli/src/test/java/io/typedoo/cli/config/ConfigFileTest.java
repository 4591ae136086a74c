package io.typedoo.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.cli.CliException;
import io.typedoo.cli.ExitCode;
import io.typedoo.client.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    private ConfigFile write(String text) throws Exception {
        Path file = dir.resolve("typedoo.ini");
        Files.writeString(file, text);
        return ConfigFile.read(file);
    }

    @Test
    void sectionsInheritDefaultAndKeepTheirOwnKeys() throws Exception {
        ConfigFile config = write("""
                # comment
                [DEFAULT]
                user = admin
                protocol = xmlrpc

                [prod]
                server = https://erp.example.com
                database: prod
                Protocol = JSONRPC
                ; another comment

                [local]
                server=http://localhost:8069
                database = demo
                user = demo
                password = demo
                """);
        assertEquals(Set.of("prod", "local"), config.environments());
        assertEquals(new ConnectionProfile("https://erp.example.com", "prod", "admin", Protocol.JSONRPC, null),
                config.environment("prod"));
        ConnectionProfile local = config.environment("local");
        assertEquals("demo", local.user());
        assertEquals(Protocol.XMLRPC, local.protocol());
        assertEquals("demo", local.password());
        assertTrue(local.toString().contains("password=***"), local.toString());
        assertFalse(local.toString().contains("password=demo"), local.toString());
    }

    @Test
    void unknownEnvironmentNamesTheOnesThatExist() throws Exception {
        ConfigFile config = write("[prod]\nserver = x\n[test]\nserver = y\n");
        CliException e = assertThrows(CliException.class, () -> config.environment("staging"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("No environment 'staging'") && e.getMessage().contains("prod, test"),
                e.getMessage());
    }

    @Test
    void malformedLinesAreReportedWithTheirNumber() {
        CliException e = assertThrows(CliException.class, () -> write("[prod]\nserver = x\nnonsense\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        CliException before = assertThrows(CliException.class, () -> write("server = x\n"));
        assertTrue(before.getMessage().contains("[section]"), before.getMessage());
    }

    @Test
    void unknownProtocolIsAUsageError() throws Exception {
        ConfigFile config = write("[prod]\nprotocol = soap\n");
        CliException e = assertThrows(CliException.class, () -> config.environment("prod"));
        assertTrue(e.getMessage().contains("soap") && e.getMessage().contains("xmlrpc or jsonrpc"), e.getMessage());
    }

    @Test
    void commandLineWinsOverTheFile() {
        ConnectionProfile cli = new ConnectionProfile(null, "other", null, null, null);
        ConnectionProfile file = new ConnectionProfile("http://s", "db", "u", Protocol.JSONRPC, null);
        ConnectionProfile merged = cli.orElse(file);
        assertEquals(List.of("http://s", "other", "u"), List.of(merged.server(), merged.database(), merged.user()));
        assertNull(merged.password());
    }

    @Test
    void missingFileIsAnIoError() {
        CliException e = assertThrows(CliException.class, () -> ConfigFile.read(dir.resolve("absent.ini")));
        assertEquals(ExitCode.IO, e.exitCode());
    }
}

package io.typedoo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.typedoo.codegen.SchemaSnapshot;
import io.typedoo.testkit.OdooTestServer;
import io.typedoo.testkit.junit.OdooTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin run by a real Maven (the one running this build) on a small project, against the embedded
 * server: the plugin descriptor, the parameters and their properties, the secret from the environment, offline
 * skipping and the drift failure, end to end. The plugin and its dependencies come from the repository the
 * invoker plugin's {@code install} goal filled before this test; anything else Maven needs is read from the user's
 * local repository through a {@code file:} mirror, so the run needs no network and writes nothing there.
 */
@OdooTest
class PluginIT {

    private static final String PLUGIN = "io.typedoo:typedoo-maven-plugin:" + System.getProperty("typedoo.version");

    @TempDir
    Path project;

    private record Run(int exitCode, String output) {
    }

    private Run mvn(String... args) throws Exception {
        Path settings = project.resolve("settings.xml");
        if (!Files.exists(settings)) {
            Files.writeString(settings, """
                    <settings>
                      <mirrors>
                        <mirror>
                          <id>user-repository</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%s</url>
                        </mirror>
                      </mirrors>
                    </settings>
                    """.formatted(Path.of(System.getProperty("it.userRepository")).toUri()));
        }
        String mavenHome = System.getProperty("maven.home");
        List<String> command = new ArrayList<>(List.of(
                Path.of(mavenHome, "bin", File.separatorChar == '\\' ? "mvn.cmd" : "mvn").toString(),
                "-B", "-Dmaven.repo.local=" + System.getProperty("it.repository"), "-s", settings.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("TYPEDOO_PASSWORD", "admin");
        builder.environment().remove("TYPEDOO_API_KEY");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }

    @Test
    void schemaThenCheckThenDriftFailsTheBuild(OdooTestServer server) throws Exception {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.typedoo</groupId>
                        <artifactId>typedoo-maven-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <url>%s</url>
                          <database>demo</database>
                          <login>admin</login>
                          <models>
                            <model>todo.task</model>
                            <model>todo.task.tag</model>
                          </models>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(System.getProperty("typedoo.version"), server.url()));

        Run schemaThenCheck = mvn(PLUGIN + ":schema", PLUGIN + ":check");
        assertEquals(0, schemaThenCheck.exitCode(), schemaThenCheck.output());
        Path file = project.resolve("odoo-schema.json");
        assertEquals(List.of("todo.task", "todo.task.tag"), List.copyOf(SchemaSnapshot.read(file).models()));
        assertTrue(schemaThenCheck.output().contains("[INFO] The 2 model(s) of " + file + " match " + server.url()),
                schemaThenCheck.output());

        Files.writeString(file, Files.readString(file).replace("\"type\" : \"date\"", "\"type\" : \"datetime\""));
        Run drift = mvn(PLUGIN + ":check");
        assertEquals(1, drift.exitCode(), drift.output());
        assertTrue(drift.output().contains("drifted from the schema snapshot " + file + ":"), drift.output());
        assertTrue(drift.output().contains("todo.task.date_deadline: type datetime -> date"), drift.output());

        Run offline = mvn("-o", PLUGIN + ":check");
        assertEquals(0, offline.exitCode(), offline.output());
        assertTrue(offline.output().contains("[INFO] typedoo:check skipped: Maven is offline, so no server is asked"),
                offline.output());
    }
}

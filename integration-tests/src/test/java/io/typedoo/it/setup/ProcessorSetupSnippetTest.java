package io.typedoo.it.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The set-up snippet of docs/readme/processor.md works verbatim: its XML blocks become the {@code pom.xml} of a
 * project outside the build, its Java blocks that project's sources, and Maven compiles it, the processor
 * generating the model classes the sources use. Maven runs with a private local repository under
 * {@code target/} that holds this build's typedoo artifacts, and reads every other artifact from the build's own
 * local repository as a {@code file://} remote, so it needs no network when the build did not.
 *
 * <p>The wrapper's Maven (3.9) always runs; Debian's Maven 3.8.7 runs where {@code /usr/bin/mvn} is installed,
 * which {@code .ci/run} makes sure of.
 */
class ProcessorSetupSnippetTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path WORK = Path.of("target", "processor-setup").toAbsolutePath();
    private static final String VERSION = System.getProperty("typedoo.version", "0.1.0-SNAPSHOT");

    private static Path repository;
    private static Path settings;

    @BeforeAll
    static void seedPrivateRepository() throws IOException {
        deleteRecursively(WORK);
        repository = Files.createDirectories(WORK.resolve("repository"));
        install("typedoo-parent", ROOT.resolve("pom.xml"), null);
        for (String module : List.of("annotations", "runtime", "processor")) {
            String artifact = "typedoo-" + module;
            Path jar = ROOT.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            assertTrue(Files.exists(jar), jar + " is missing: build the module first (mvn verify builds it)");
            install(artifact, ROOT.resolve(module).resolve("pom.xml"), jar);
        }
        String buildRepository = System.getProperty("typedoo.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String remote = Path.of(buildRepository).toUri().toString();
        settings = WORK.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>build-repository</id>
                      <repositories>
                        <repository><id>build-repository</id><url>%1$s</url>
                          <snapshots><enabled>false</enabled></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>build-repository</id><url>%1$s</url>
                          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(remote));
    }

    @Test
    void theSnippetCompilesWithTheWrappersMaven() throws Exception {
        buildSnippet("wrapper", List.of(ROOT.resolve("mvnw").toString()));
    }

    @Test
    void theSnippetCompilesWithDebiansMaven387() throws Exception {
        Path mvn = Path.of("/usr/bin/mvn");
        if (!Files.isExecutable(mvn)) {
            assertFalse("true".equals(System.getenv("CI")), "CI must install Debian's maven package (.ci/run)");
            System.err.println("Debian's Maven is not installed: only the wrapper's Maven checked the snippet");
            return;
        }
        buildSnippet("debian", List.of(mvn.toString()));
    }

    private static void buildSnippet(String name, List<String> maven) throws Exception {
        Path project = Files.createDirectories(WORK.resolve(name));
        String section = section(Files.readString(ROOT.resolve("docs/readme/processor.md")), "## Setting up the build");
        List<String> xml = blocks(section, "xml");
        List<String> java = blocks(section, "java");
        assertEquals(1, xml.size(), "one pom block");
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>snippet</artifactId>
                  <version>1</version>
                %s
                </project>
                """.formatted(xml.get(0)));
        assertEquals(2, java.size(), "the model and its use");
        for (String source : java) {
            String path = source.lines().findFirst().orElseThrow().replaceFirst("^// ", "");
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        }

        List<String> command = new ArrayList<>(maven);
        command.addAll(List.of("-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repository, "compile"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAVEN_OPTS", "-Xmx512m");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String log = Files.readString(project.resolve("build.log"));
        assertTrue(done, "Maven did not finish in 180 s:\n" + log);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + log);
        for (String generated : List.of("ResPartnerModel", "ResPartnerRecord", "ResPartnerValues", "Companies")) {
            assertTrue(Files.exists(project.resolve("target/classes/com/example/" + generated + ".class")),
                    generated + " was not compiled:\n" + log);
        }
    }

    /** The text of {@code heading}'s section, up to the next heading of the same level. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertTrue(start >= 0, heading + " is not in processor.md");
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    /** The fenced code blocks of {@code language} in {@code markdown}, in order. */
    static List<String> blocks(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Lays out {@code pom} (and {@code jar}) as Maven's install would in the private repository. */
    private static void install(String artifact, Path pom, Path jar) throws IOException {
        Path dir = Files.createDirectories(repository.resolve("io/typedoo").resolve(artifact).resolve(VERSION));
        Files.copy(pom, dir.resolve(artifact + "-" + VERSION + ".pom"));
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifact + "-" + VERSION + ".jar"));
        }
        Files.writeString(dir.resolve("maven-metadata-local.xml"), """
                <metadata><groupId>io.typedoo</groupId><artifactId>%s</artifactId><version>%s</version>
                  <versioning><snapshot><localCopy>true</localCopy></snapshot></versioning></metadata>
                """.formatted(artifact, VERSION), StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}

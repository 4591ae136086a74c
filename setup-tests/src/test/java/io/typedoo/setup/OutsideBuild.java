package io.typedoo.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Projects outside this build, laid out from a guide's code blocks and built by a real Maven, as a user who copies
 * the guide would. Maven runs with a private local repository under {@code target/} that holds this build's
 * typedoo artifacts, laid out from the modules' {@code target/} jars as {@code mvn install} would, and reads every
 * other artifact from the build's own local repository as a {@code file://} remote, so that it needs no network
 * where the build did not.
 */
final class OutsideBuild {

    /** The root of this repository. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final String VERSION = System.getProperty("typedoo.version", "0.1.0-SNAPSHOT");

    private final Path work;
    private final Path repository;
    private final Path settings;

    private OutsideBuild(Path work, Path repository, Path settings) {
        this.work = work;
        this.repository = repository;
        this.settings = settings;
    }

    /**
     * A fresh {@code target/<name>} with a private repository holding the parent pom and the jars of
     * {@code modules} (folder names, artifact {@code typedoo-<folder>}).
     */
    static OutsideBuild seeded(String name, List<String> modules) throws IOException {
        Path work = Path.of("target", name).toAbsolutePath();
        deleteRecursively(work);
        Path repository = Files.createDirectories(work.resolve("repository"));
        install(repository, "typedoo-parent", ROOT.resolve("pom.xml"), null);
        for (String module : modules) {
            String artifact = "typedoo-" + module;
            Path jar = ROOT.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
            assertTrue(Files.exists(jar), jar + " is missing: build the module first (mvn verify builds it)");
            install(repository, artifact, ROOT.resolve(module).resolve("pom.xml"), jar);
        }
        String buildRepository = System.getProperty("typedoo.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String remote = Path.of(buildRepository).toUri().toString();
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <profiles>
                    <profile>
                      <id>build-repository</id>
                      <repositories>
                        <repository><id>build-repository</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>build-repository</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(remote));
        return new OutsideBuild(work, repository, settings);
    }

    /**
     * A project folder {@code name} whose pom is {@code pomBody} (the elements after the coordinates) and whose
     * sources are {@code sources}, each starting with a comment line that gives its path.
     */
    Path project(String name, String pomBody, List<String> sources) throws IOException {
        Path project = Files.createDirectories(work.resolve(name));
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>snippet</artifactId>
                  <version>1</version>
                %s
                </project>
                """.formatted(pomBody));
        for (String source : sources) {
            String path = source.lines().findFirst().orElseThrow().replaceFirst("^// ", "");
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        }
        return project;
    }

    /**
     * Runs {@code maven} with {@code arguments} in {@code project}, {@code environment} added to Maven's, and
     * returns its output; the build must succeed within {@code timeoutSeconds}.
     */
    String build(Path project, List<String> maven, int timeoutSeconds, Map<String, String> environment,
            String... arguments) throws Exception {
        return run(project, maven, timeoutSeconds, environment, true, arguments);
    }

    /** As {@link #build}, for a build that must fail; returns its output. */
    String buildFailing(Path project, List<String> maven, int timeoutSeconds, String... arguments) throws Exception {
        return run(project, maven, timeoutSeconds, Map.of(), false, arguments);
    }

    private String run(Path project, List<String> maven, int timeoutSeconds, Map<String, String> environment,
            boolean mustSucceed, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(maven);
        command.addAll(List.of("-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(arguments));
        Path log = project.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAVEN_OPTS", "-Xmx768m");
        builder.environment().remove("MAVEN_ARGS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(done, "Maven did not finish in " + timeoutSeconds + " s:\n" + output);
        if (mustSucceed) {
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        } else {
            assertNotEquals(0, process.exitValue(), String.join(" ", command) + " succeeded:\n" + output);
        }
        return output;
    }

    /** The wrapper's Maven (3.9), always there. */
    static List<String> wrapperMaven() {
        return List.of(ROOT.resolve("mvnw").toString());
    }

    /**
     * Debian's Maven 3.8.7 where {@code /usr/bin/mvn} is installed; CI must have it ({@code .ci/run} installs the
     * package), elsewhere its absence is reported and the check is left out.
     */
    static Optional<List<String>> debianMaven() {
        Path mvn = Path.of("/usr/bin/mvn");
        if (!Files.isExecutable(mvn)) {
            assertFalse("true".equals(System.getenv("CI")), "CI must install Debian's maven package (.ci/run)");
            System.err.println("Debian's Maven is not installed: only the wrapper's Maven checked the snippet");
            return Optional.empty();
        }
        return Optional.of(List.of(mvn.toString()));
    }

    /** The guide {@code docs/readme/<name>}. */
    static String guide(String name) throws IOException {
        return Files.readString(ROOT.resolve("docs/readme").resolve(name));
    }

    /** The text of {@code heading}'s section, up to the next heading of the same level. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertTrue(start >= 0, heading + " is not in the guide");
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

    /** Lays out {@code pom} (and {@code jar}) as Maven's install would in {@code repository}. */
    private static void install(Path repository, String artifact, Path pom, Path jar) throws IOException {
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

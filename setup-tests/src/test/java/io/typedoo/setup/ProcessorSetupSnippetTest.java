package io.typedoo.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The set-up snippet of docs/readme/processor.md works verbatim: its XML blocks become the {@code pom.xml} of a
 * project outside the build, its Java blocks that project's sources, and Maven compiles it, the processor
 * generating the model classes the sources use.
 *
 * <p>The wrapper's Maven (3.9) always runs; Debian's Maven 3.8.7 runs where {@code /usr/bin/mvn} is installed,
 * which {@code .ci/run} makes sure of.
 */
class ProcessorSetupSnippetTest {

    private static OutsideBuild build;

    @BeforeAll
    static void seedPrivateRepository() throws Exception {
        build = OutsideBuild.seeded("processor-setup", List.of("annotations", "runtime", "processor"));
    }

    @Test
    void theSnippetCompilesWithTheWrappersMaven() throws Exception {
        buildSnippet("wrapper", OutsideBuild.wrapperMaven());
    }

    @Test
    void theSnippetCompilesWithDebiansMaven387() throws Exception {
        Optional<List<String>> maven = OutsideBuild.debianMaven();
        if (maven.isPresent()) {
            buildSnippet("debian", maven.get());
        }
    }

    private static void buildSnippet(String name, List<String> maven) throws Exception {
        String section = OutsideBuild.section(OutsideBuild.guide("processor.md"), "## Setting up the build");
        List<String> xml = OutsideBuild.blocks(section, "xml");
        List<String> java = OutsideBuild.blocks(section, "java");
        assertEquals(1, xml.size(), "one pom block");
        assertEquals(2, java.size(), "the model and its use");
        Path project = build.project(name, xml.get(0), java);

        String log = build.build(project, maven, 180, Map.of(), "-q", "compile");
        for (String generated : List.of("ResPartnerModel", "ResPartnerRecord", "ResPartnerValues", "Companies")) {
            assertTrue(Files.exists(project.resolve("target/classes/com/example/" + generated + ".class")),
                    generated + " was not compiled:\n" + log);
        }
    }
}

package io.typedoo.docs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs check reports a broken code block by its document and line: the extracted sources keep the documents'
 * line numbers, whatever wrapping a block needs.
 */
class SnippetExtractorTest {

    @TempDir
    Path root;

    @Test
    void aCompilerErrorNamesTheDocumentAndItsLine() throws IOException {
        write("README.md", "# Title", "", "```sh", "echo not java", "```");
        write("docs/guide.md",
                "# Guide",                                          // 1
                "",                                                 // 2
                "```java",                                          // 3
                "@OdooModel(\"res.partner\")",                      // 4
                "interface Partner {",                              // 5
                "    String name();",                               // 6
                "}",                                                // 7
                "Domain d = Domain.leaf(\"name\", \"=\", \"x\");",  // 8: statements after a declaration
                "String broken = d.count();",                       // 9: Domain has no count()
                "```",                                              // 10
                "",                                                 // 11
                "<!-- docs-check: members -->",                     // 12
                "```java",                                          // 13
                "@Deprecated",                                      // 14
                "List<Long> ids(OdooClient odoo) {",                // 15: a method, found by its shape too
                "    return odoo.model(\"res.partner\").search(Domain.all());",
                "}",
                "```");

        SnippetExtractor extractor = extract();

        assertEquals(2, extractor.compiled());
        List<Diagnostic<? extends JavaFileObject>> errors = compile(root.resolve("out/java"));
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic<? extends JavaFileObject> error = errors.get(0);
        assertTrue(error.getSource().toUri().getPath().endsWith("/docs/guide.md/L3/Partner.java"),
                error.getSource().toUri().toString());
        assertEquals(9, error.getLineNumber());
    }

    @Test
    void partialBlocksAreLeftOutWithTheirReasonAndGradleScriptsAreNotKotlin() throws IOException {
        write("README.md",
                "<!-- docs-check: partial, a list of signatures -->",
                "```java",
                "long count();  long count(Domain domain);",
                "```",
                "```kotlin",
                "// build.gradle.kts",
                "plugins { kotlin(\"jvm\") }",
                "```");
        Files.createDirectories(root.resolve("docs"));

        SnippetExtractor extractor = extract();

        assertEquals(0, extractor.compiled());
        assertEquals(List.of("README.md:2 left out, partial: a list of signatures",
                "README.md:5 left out, a Gradle build script"), extractor.report());
    }

    @Test
    void aPartialBlockWithoutReasonOrAnUnknownMarkerIsRefused() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        write("README.md", "# Title", "<!-- docs-check: partial -->", "```java", "x();", "```");
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, this::extract);
        assertEquals("README.md:2: a partial block needs its reason", noReason.getMessage());

        write("README.md", "# Title", "<!-- docs-check: skip, why not -->", "```java", "x();", "```");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, this::extract);
        assertTrue(unknown.getMessage().startsWith("README.md:2: unknown docs-check marker 'skip'"), unknown.getMessage());
    }

    private SnippetExtractor extract() throws IOException {
        SnippetExtractor extractor = new SnippetExtractor();
        extractor.extract(root, SnippetExtractor.documents(root), root.resolve("out/java"), root.resolve("out/kotlin"));
        return extractor;
    }

    private void write(String document, String... lines) throws IOException {
        Path file = root.resolve(document);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** Compiles the extracted Java against this module's classes and class path, as the build does. */
    private static List<Diagnostic<? extends JavaFileObject>> compile(Path sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(sources)) {
            all.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-proc:none", "-d", sources.resolveSibling("classes").toString(),
                    "-classpath", System.getProperty("java.class.path"));
            Files.createDirectories(sources.resolveSibling("classes"));
            javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }
}

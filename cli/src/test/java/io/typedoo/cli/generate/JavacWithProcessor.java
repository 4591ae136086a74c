package io.typedoo.cli.generate;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in-process with the typedoo processor found on the test class path (through its META-INF/services entry,
 * as a user's build finds it), under every lint option ({@code -Xlint:all}, processing included).
 */
final class JavacWithProcessor {

    /** What a compilation gave: success, every diagnostic, and a readable report of them for assertion messages. */
    record Compiled(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String report) {

        /** True when javac printed no warning. */
        boolean warningFree() {
            return diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
        }
    }

    private JavacWithProcessor() {
    }

    /** The {@code .java} files below {@code root}. */
    static List<File> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
    }

    /**
     * Compiles {@code files} into {@code dir/classes}, generated sources into {@code dir/generated}.
     *
     * @param extraOptions more javac options, such as {@code -Atypedoo.schema=...}
     */
    static Compiled compile(Path dir, List<File> files, String... extraOptions) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all",
                "-classpath", System.getProperty("java.class.path"),
                "-d", Files.createDirectories(dir.resolve("classes")).toString(),
                "-s", Files.createDirectories(dir.resolve("generated")).toString()));
        options.addAll(List.of(extraOptions));
        StringWriter output = new StringWriter();
        boolean success;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            success = javac.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
        }
        StringBuilder report = new StringBuilder(output.toString());
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            report.append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append(" at ")
                    .append(d.getSource() == null ? "?" : d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append('\n');
        }
        return new Compiled(success, diagnostics.getDiagnostics(), report.toString());
    }
}

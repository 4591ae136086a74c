package io.typedoo.benchmarks.processing;

import io.typedoo.annotations.OdooModel;
import io.typedoo.client.OdooClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles sources with the JDK's javac in this JVM (javax.tools), with typedoo's annotation processor or with
 * annotation processing off. Generated sources and classes go to the output directory given per compilation.
 */
public final class InProcessJavac {

    private final JavaCompiler javac;
    private final String classPath;

    /** A compiler whose class path holds the annotations, JSpecify, the runtime and this JVM's class path. */
    public InProcessJavac() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        }
        this.javac = compiler;
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> marker : List.of(OdooModel.class, Nullable.class, OdooClient.class)) {
            entries.add(location(marker));
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        this.classPath = String.join(File.pathSeparator, entries);
    }

    /**
     * Compiles {@code sources} into {@code output}/classes, generated sources into {@code output}/generated.
     *
     * @param withProcessor true to run typedoo's processor, false for {@code -proc:none}
     * @return the number of source files the processor generated
     * @throws IllegalStateException when compilation fails, with javac's diagnostics
     */
    public int compile(List<Path> sources, boolean withProcessor, Path output) {
        Path classes = output.resolve("classes");
        Path generated = output.resolve("generated");
        try {
            Files.createDirectories(classes);
            Files.createDirectories(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + output, e);
        }
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-s", generated.toString(), "-classpath", classPath, "-implicit:none"));
        if (!withProcessor) {
            options.add("-proc:none");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (withProcessor) {
                task.setProcessors(typedooProcessors());
            }
            if (!task.call()) {
                throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the file manager", e);
        }
        try (var generatedFiles = Files.walk(generated)) {
            return (int) generatedFiles.filter(p -> p.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + generated, e);
        }
    }

    /** typedoo's processors, found as javac finds them (META-INF/services), without any other on the class path. */
    private static List<Processor> typedooProcessors() {
        List<Processor> found = new ArrayList<>();
        for (Processor p : ServiceLoader.load(Processor.class, InProcessJavac.class.getClassLoader())) {
            if (p.getClass().getName().startsWith("io.typedoo.")) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("typedoo's annotation processor is not on the class path");
        }
        return found;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type.getName(), e);
        }
    }
}

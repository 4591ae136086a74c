package io.typedoo.docs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.common.arguments.K2JVMCompilerArguments;
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSeverity;
import org.jetbrains.kotlin.cli.common.messages.CompilerMessageSourceLocation;
import org.jetbrains.kotlin.cli.common.messages.MessageCollector;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.jetbrains.kotlin.config.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kotlin blocks marked {@code <!-- docs-check: errors -->} show code the compiler rejects (kotlin.md's null
 * safety). Each is compiled with the real Kotlin compiler against this build's artifacts: every line ending in
 * {@code // error: <message>} must be rejected with that message ({@code ...} ends a shortened one), and no other
 * line may be.
 */
class KotlinErrorBlocksTest {

    private static final Pattern EXPECTED = Pattern.compile("//\\s*error:\\s*(.*?)\\s*$");

    @Test
    void everyLineMarkedErrorIsRejectedWithItsMessageAndNoOther(@TempDir Path work) throws IOException {
        Path root = Path.of(System.getProperty("typedoo.root", ".."));
        SnippetExtractor extractor = new SnippetExtractor();
        extractor.extract(root, SnippetExtractor.documents(root), work.resolve("java"), work.resolve("kotlin"));
        assertFalse(extractor.errorBlocks().isEmpty(), "kotlin.md's null-safety block is marked errors");

        for (SnippetExtractor.ErrorBlock block : extractor.errorBlocks()) {
            Map<Integer, String> expected = new TreeMap<>();
            String[] lines = block.source().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = EXPECTED.matcher(lines[i]);
                if (m.find()) {
                    expected.put(i + 1, m.group(1));
                }
            }
            assertFalse(expected.isEmpty(), block.document() + ":" + block.fenceLine() + " marks no line as an error");

            Map<Integer, List<String>> actual = compile(block, work.resolve("L" + block.fenceLine()));

            String where = block.document() + ":" + block.fenceLine();
            assertEquals(expected.keySet(), actual.keySet(), where + ": the lines rejected, with the errors " + actual);
            expected.forEach((line, message) -> {
                String prefix = normalise(message.endsWith("...") ? message.substring(0, message.length() - 3) : message);
                assertTrue(actual.get(line).stream().anyMatch(error -> normalise(error).startsWith(prefix)),
                        block.document() + ":" + line + ": expected '" + message + "', the compiler said "
                                + actual.get(line));
            });
        }
    }

    /** Compares messages as the compiler phrases them, up to capitals and the final full stop. */
    private static String normalise(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The errors of one compilation, by line of the document. */
    private static Map<Integer, List<String>> compile(SnippetExtractor.ErrorBlock block, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("Snippet" + block.fenceLine() + ".kt");
        Files.writeString(file, block.source());
        Map<Integer, List<String>> errors = new TreeMap<>();
        MessageCollector collector = new MessageCollector() {
            private boolean failed;

            @Override
            public void clear() {
                errors.clear();
                failed = false;
            }

            @Override
            public boolean hasErrors() {
                return failed;
            }

            @Override
            public void report(CompilerMessageSeverity severity, String message,
                    CompilerMessageSourceLocation location) {
                if (severity.isError()) {
                    failed = true;
                    errors.computeIfAbsent(location == null ? 0 : location.getLine(), k -> new ArrayList<>())
                            .add(message);
                }
            }
        };
        K2JVMCompilerArguments arguments = new K2JVMCompilerArguments();
        arguments.setFreeArgs(List.of(file.toString()));
        arguments.setClasspath(classpath());
        arguments.setDestination(dir.resolve("classes").toString());
        arguments.setJvmTarget("17");
        // The standard library is on the class path given; the compiler must not look for a Kotlin home.
        arguments.setNoStdlib(true);
        arguments.setNoReflect(true);
        ExitCode exit = new K2JVMCompiler().exec(collector, Services.EMPTY, arguments);
        assertEquals(ExitCode.COMPILATION_ERROR, exit, errors.toString());
        return errors;
    }

    /** This test's class path less the compiler: what a user's code sees. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank() && !new File(entry).getName().startsWith("kotlin-compiler-embeddable")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}

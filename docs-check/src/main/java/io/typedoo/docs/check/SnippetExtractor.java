package io.typedoo.docs.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns every Java and Kotlin code block of README.md and docs/ into a source file that the build compiles, so
 * that a snippet cannot rot unnoticed.
 *
 * <p>Each generated file keeps the line numbers of its Markdown file: line {@code n} of the source is line
 * {@code n} of the document. The wrapping a fragment needs (package, imports, a class or function around
 * statements) goes on lines the block does not use: the first line, the opening fence's line or the line before
 * the fragment, and the closing fence's line. A compiler error therefore names the document and its line: for
 * {@code README.md}'s block opening on line 23, the error reads {@code .../README.md/L23/Snippet.java:[27,9]},
 * and line 27 of README.md is the broken one.
 *
 * <p>A block is one of:
 * <ul>
 *   <li>a compilation unit, when it declares a {@code package}: compiled exactly as written;</li>
 *   <li>type declarations, then statements (each part optional): the declarations stay at the top level of the
 *       block's own package, the statements become the body of a method of a class extending {@code Given}
 *       (Java) or of an extension function on {@code KotlinGiven} (Kotlin), which provide the variables the
 *       documents use without declaring ({@code odoo}, {@code tasks}, ...);</li>
 *   <li>class members (a method with its annotations, found by its shape), which become the body of such a class.</li>
 * </ul>
 * Each block is compiled in its own package, so two documents may declare the same model differently; names the
 * block does not declare come from the fixture package {@code io.typedoo.docs.fixture} (Java) or from the Kotlin
 * example module (Kotlin), whose models are the ones the documents describe.
 *
 * <p>A block that is deliberately incomplete says so on the line before its fence, with the reason:
 * {@code <!-- docs-check: partial, the generated interface, shortened -->}. A block whose first line names a
 * Gradle build script ({@code // build.gradle.kts}) is a build file, not Kotlin source, and is left out like the
 * shell and XML blocks. Everything else is compiled.
 *
 * <p>Runs with the JDK's source launcher before the module compiles (it uses the JDK only), and as a class in
 * the module's tests: {@code java SnippetExtractor.java <repository root> <java output> <kotlin output>}.
 */
public final class SnippetExtractor {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^\\s*```\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*docs-check:\\s*([a-z-]+)\\s*,?\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern GRADLE_SCRIPT = Pattern.compile("^\\s*//\\s*\\S*\\.gradle(\\.kts)?\\b.*");

    private static final Pattern JAVA_TYPE = Pattern.compile(
            "^(?:(?:public|protected|private|abstract|static|final|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+).*");
    private static final Pattern JAVA_PUBLIC_TYPE = Pattern.compile(
            "^(?:@\\S+\\s+)*public\\s+(?:(?:abstract|static|final|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|enum|record|@interface)\\s+(\\w+).*");
    /** A method declaration: a type, a name and parameters, then a body; never a statement, whose keywords are excluded. */
    private static final Pattern JAVA_METHOD = Pattern.compile(
            "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized)\\s+)*"
                    + "(?!(?:return|new|throw|else|if|for|while|do|try|switch|catch|synchronized)\\b)"
                    + "[\\w.]+(?:<[\\w<>, ?.]*>)?(?:\\[])*\\s+\\w+\\s*\\([^()]*\\)\\s*(?:throws\\s+[\\w., ]+)?\\s*\\{.*");
    private static final Pattern KOTLIN_DECLARATION = Pattern.compile(
            "^(?:(?:public|internal|private|open|abstract|sealed|data|enum|value|annotation|inline|fun|inner)\\s+)*"
                    + "(?:class|interface|object|fun|typealias)\\b.*");
    private static final Pattern ANNOTATION_LINE = Pattern.compile("^@[\\w.:]+(?:\\(.*\\))?\\s*(?://.*)?$");

    /** The imports every Java fragment gets, on its first line: what the documents use without importing. */
    static final String JAVA_IMPORTS = String.join(" ",
            "import io.typedoo.annotations.*;",
            "import io.typedoo.client.*;",
            "import io.typedoo.domain.*;",
            "import io.typedoo.error.*;",
            "import io.typedoo.typed.*;",
            "import io.typedoo.untyped.*;",
            "import io.typedoo.value.*;",
            "import io.typedoo.testkit.*;",
            "import io.typedoo.testkit.engine.*;",
            "import io.typedoo.testkit.junit.*;",
            "import io.typedoo.spring.test.*;",
            "import io.typedoo.docs.fixture.*;",
            "import java.net.*;",
            "import java.net.http.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.util.function.*;",
            "import org.jspecify.annotations.*;",
            "import org.junit.jupiter.api.BeforeAll;",
            "import org.junit.jupiter.api.BeforeEach;",
            "import org.junit.jupiter.api.Test;",
            "import org.springframework.beans.factory.annotation.Autowired;",
            "import org.springframework.boot.test.context.SpringBootTest;",
            "import org.springframework.boot.test.web.server.LocalServerPort;",
            "import org.springframework.context.annotation.Bean;",
            "import org.springframework.web.bind.annotation.*;",
            "import static org.assertj.core.api.Assertions.assertThat;",
            "import static org.junit.jupiter.api.Assertions.*;");

    /** The imports every Kotlin fragment gets: the example module's models and the typedoo packages. */
    static final String KOTLIN_IMPORTS = String.join("; ",
            "import io.typedoo.annotations.*",
            "import io.typedoo.client.*",
            "import io.typedoo.domain.*",
            "import io.typedoo.typed.*",
            "import io.typedoo.untyped.*",
            "import io.typedoo.kotlin.*",
            "import io.typedoo.docs.fixture.KotlinGiven",
            "import io.typedoo.example.kotlin.*",
            "import io.typedoo.example.kotlin.TodoTaskModel.*",
            "import java.time.*");

    private final List<String> report = new ArrayList<>();
    private final List<ErrorBlock> errorBlocks = new ArrayList<>();
    private int compiled;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SnippetExtractor <repository root> <java output> <kotlin output>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        // Start clean: a block removed from the documents must not stay behind as a source file.
        deleteRecursively(Path.of(args[1]));
        deleteRecursively(Path.of(args[2]));
        SnippetExtractor extractor = new SnippetExtractor();
        try {
            extractor.extract(root, documents(root), Path.of(args[1]), Path.of(args[2]));
        } catch (IllegalArgumentException e) {
            System.err.println("[ERROR] docs check: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("docs check: " + extractor.compiled + " Java and Kotlin blocks to compile");
        extractor.report.forEach(line -> System.out.println("docs check: " + line));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> all = Files.walk(directory)) {
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** README.md and every Markdown file under docs/, in a stable order. */
    public static List<Path> documents(Path root) throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The number of blocks written for the compilers. */
    public int compiled() {
        return compiled;
    }

    /**
     * The blocks marked {@code errors}: code that must not compile, each line ending in {@code // error: <message>}
     * rejected with that message and every other line accepted. They are not written for the build's compilers
     * (which would fail on them) but kept here, wrapped as the others are, for the test that compiles them.
     */
    public List<ErrorBlock> errorBlocks() {
        return List.copyOf(errorBlocks);
    }

    /** A block of code that must not compile: where it is, and its source with the document's line numbers. */
    public record ErrorBlock(String document, int fenceLine, String source) {
    }

    /** One line per block left out, with its reason. */
    public List<String> report() {
        return List.copyOf(report);
    }

    /**
     * Writes one source file per Java or Kotlin block of the documents.
     *
     * @throws IllegalArgumentException for a malformed marker or an unclosed block, naming the document and line
     */
    public void extract(Path root, List<Path> documents, Path javaOut, Path kotlinOut) throws IOException {
        for (Path document : documents) {
            String relative = root.relativize(document).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(document);
            for (int i = 0; i < lines.size(); i++) {
                Matcher fence = FENCE.matcher(lines.get(i));
                if (!fence.matches() || fence.group(2).isEmpty()) {
                    continue;
                }
                int open = i;
                int close = open + 1;
                while (close < lines.size() && !CLOSING_FENCE.matcher(lines.get(close)).matches()) {
                    close++;
                }
                if (close == lines.size()) {
                    throw new IllegalArgumentException(relative + ":" + (open + 1) + ": the code block is never closed");
                }
                String language = fence.group(2).toLowerCase(Locale.ROOT);
                if (language.equals("java") || language.equals("kotlin") || language.equals("kt")) {
                    Block block = new Block(relative, open + 1, unindent(lines.subList(open + 1, close), fence.group(1)),
                            marker(relative, lines, open), language.equals("java"));
                    write(block, block.java ? javaOut : kotlinOut);
                }
                i = close;
            }
        }
    }

    private static List<String> unindent(List<String> lines, String indent) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading());
        }
        return result;
    }

    /** The docs-check marker on the nearest non-blank line above the fence, or null. */
    private static Marker marker(String document, List<String> lines, int fence) {
        int i = fence - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0 || !lines.get(i).contains("docs-check")) {
            return null;
        }
        Matcher m = MARKER.matcher(lines.get(i));
        if (!m.matches()) {
            throw new IllegalArgumentException(document + ":" + (i + 1)
                    + ": write the marker as <!-- docs-check: partial, <reason> -->, <!-- docs-check: members -->"
                    + " or <!-- docs-check: errors, <what> -->");
        }
        String kind = m.group(1);
        if (kind.equals("partial") && m.group(2).isBlank()) {
            throw new IllegalArgumentException(document + ":" + (i + 1) + ": a partial block needs its reason");
        }
        if (!kind.equals("partial") && !kind.equals("members") && !kind.equals("errors")) {
            throw new IllegalArgumentException(document + ":" + (i + 1) + ": unknown docs-check marker '" + kind
                    + "' (partial, members or errors)");
        }
        return new Marker(kind, m.group(2));
    }

    private record Marker(String kind, String reason) {
    }

    private record Block(String document, int fenceLine, List<String> lines, Marker marker, boolean java) {

        String where() {
            return document + ":" + fenceLine;
        }

        /** The package of the block's code: one per block, named after the document and line. */
        String packageName() {
            StringBuilder name = new StringBuilder(java ? "snippets.java." : "snippets.kotlin.");
            for (String part : document.split("/")) {
                name.append(part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_")).append('.');
            }
            return name.append('l').append(fenceLine).toString();
        }
    }

    private void write(Block block, Path out) throws IOException {
        if (block.marker != null && block.marker.kind.equals("partial")) {
            report.add(block.where() + " left out, partial: " + block.marker.reason);
            return;
        }
        if (!block.java && !block.lines.isEmpty() && GRADLE_SCRIPT.matcher(block.lines.get(0)).matches()) {
            report.add(block.where() + " left out, a Gradle build script");
            return;
        }
        // Line n of the document is index n - 1; the block's first line is fenceLine + 1.
        int closingFence = block.fenceLine + block.lines.size() + 1;
        String[] source = new String[closingFence];
        java.util.Arrays.fill(source, "");
        for (int k = 0; k < block.lines.size(); k++) {
            source[block.fenceLine + k] = block.lines.get(k);
        }
        String fileName;
        if (hasPackage(block)) {
            fileName = publicType(block);
        } else {
            if (block.fenceLine < 2) {
                throw new IllegalArgumentException(block.where() + ": a code block cannot open on the first line");
            }
            source[0] = block.java
                    ? "package " + block.packageName() + "; " + JAVA_IMPORTS
                    : "package " + block.packageName() + "; " + KOTLIN_IMPORTS;
            int code = firstCodeLine(block);
            if (code >= 0) {
                boolean members = block.marker != null && block.marker.kind.equals("members")
                        || block.java && isMethod(block.lines, code);
                String name = "L" + block.fenceLine;
                String header = block.java
                        ? (members ? "class " + name + " extends Given { "
                                : "class " + name + " extends Given { void snippet() throws Exception { ")
                        : "fun KotlinGiven.snippet" + block.fenceLine + "() { ";
                if (!block.java && members) {
                    throw new IllegalArgumentException(block.where() + ": members markers are for Java blocks");
                }
                // Index in source of the line before the fragment: the fence's line or a line of the block.
                int before = block.fenceLine + code - 1;
                if (source[before].contains("//")) {
                    source[before + 1] = header + source[before + 1];
                } else {
                    String separator = !block.java && source[before].startsWith("import ") ? "; " : " ";
                    source[before] = source[before] + (source[before].isEmpty() ? "" : separator) + header;
                }
                source[closingFence - 1] = block.java && !members ? "} }" : "}";
            }
            fileName = publicType(block);
        }
        if (block.marker != null && block.marker.kind.equals("errors")) {
            if (block.java) {
                throw new IllegalArgumentException(block.where() + ": errors markers are for Kotlin blocks");
            }
            errorBlocks.add(new ErrorBlock(block.document, block.fenceLine, String.join("\n", source) + "\n"));
            report.add(block.where() + " left out of the build's compile: must fail to compile, as its comments say");
            return;
        }
        Path directory = out.resolve(block.document).resolve("L" + block.fenceLine);
        Files.createDirectories(directory);
        String extension = block.java ? ".java" : ".kt";
        String file = fileName != null ? fileName : block.java ? "Snippet" : "Snippet" + block.fenceLine;
        Files.writeString(directory.resolve(file + extension), String.join("\n", source) + "\n");
        compiled++;
    }

    private static boolean hasPackage(Block block) {
        for (String line : block.lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            return trimmed.startsWith("package ");
        }
        return false;
    }

    /**
     * The name the Java file must have: its public top-level type's, else its first top-level type's (so that code
     * generated from it does not reach into an auxiliary class of another file); null when it declares none.
     */
    private static String publicType(Block block) {
        if (!block.java) {
            return null;
        }
        String first = null;
        for (String line : block.lines) {
            Matcher m = JAVA_PUBLIC_TYPE.matcher(line);
            if (m.matches()) {
                return m.group(1);
            }
            Matcher type = JAVA_TYPE.matcher(stripAnnotations(line));
            if (first == null && !line.startsWith(" ") && type.matches()) {
                first = type.group(1);
            }
        }
        return first;
    }

    /**
     * The index of the block's first line of code, after its imports and top-level type declarations; -1 when it
     * has none.
     */
    private static int firstCodeLine(Block block) {
        List<String> lines = block.lines;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//") || trimmed.startsWith("/*") || trimmed.startsWith("*")
                    || line.startsWith("import ")) {
                i++;
                continue;
            }
            int declaration = i;
            while (declaration < lines.size() && ANNOTATION_LINE.matcher(lines.get(declaration)).matches()) {
                declaration++;
            }
            String first = declaration < lines.size() ? stripAnnotations(lines.get(declaration)) : "";
            boolean type = block.java ? JAVA_TYPE.matcher(first).matches()
                    : !line.startsWith(" ") && KOTLIN_DECLARATION.matcher(first).matches();
            if (!type || line.startsWith(" ")) {
                return i;
            }
            i = endOfDeclaration(lines, declaration) + 1;
        }
        return -1;
    }

    private static String stripAnnotations(String line) {
        return line.replaceAll("^(?:@[\\w.:]+(?:\\([^)]*\\))?\\s+)*", "");
    }

    private static boolean isMethod(List<String> lines, int code) {
        int i = code;
        while (i < lines.size() && ANNOTATION_LINE.matcher(lines.get(i)).matches()) {
            i++;
        }
        return i < lines.size() && JAVA_METHOD.matcher(lines.get(i)).matches();
    }

    /** The line where the declaration opening at {@code start} closes its braces (or {@code start} without any). */
    private static int endOfDeclaration(List<String> lines, int start) {
        int depth = 0;
        boolean opened = false;
        for (int i = start; i < lines.size(); i++) {
            String code = lines.get(i).replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                }
            }
            if (!opened && i == start) {
                return start;
            }
            if (opened && depth <= 0) {
                return i;
            }
        }
        return lines.size() - 1;
    }
}

package io.typedoo.cli.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion in the shell: model names in {@code model("...")} and {@code models("...")}, field names in
 * any other string of a line that names a model ({@code model("res.partner").read(ids, "na}), and Java
 * everywhere else, as JShell completes it.
 */
final class ShellCompleter implements Completer {

    private static final Pattern MODEL_CALL = Pattern.compile("\\bmodels?\\(\\s*$");
    private static final Pattern NAMED_MODEL = Pattern.compile("\\bmodel\\(\\s*\"([\\w.]+)\"\\s*\\)");

    /**
     * What to offer at a cursor position.
     *
     * @param anchor where the completed word starts; a candidate replaces the text from there to the cursor
     * @param candidates the full words to offer
     * @param inString true inside a string literal, where a completed word is not followed by a space
     */
    record Completion(int anchor, List<String> candidates, boolean inString) {
    }

    private final OdooNames names;
    private final SourceCodeAnalysis java;

    ShellCompleter(OdooNames names, SourceCodeAnalysis java) {
        this.names = names;
        this.java = java;
    }

    /** The completion of {@code buffer} at {@code cursor}. */
    Completion complete(String buffer, int cursor) {
        String before = buffer.substring(0, cursor);
        int quote = openStringStart(before);
        if (quote < 0) {
            int[] anchor = new int[1];
            List<String> words = new ArrayList<>();
            for (SourceCodeAnalysis.Suggestion s : java.completionSuggestions(buffer, cursor, anchor)) {
                words.add(s.continuation());
            }
            return new Completion(anchor[0], List.copyOf(new LinkedHashSet<>(words)), false);
        }
        int anchor = cursor;
        while (anchor > quote + 1 && isNameChar(before.charAt(anchor - 1))) {
            anchor--;
        }
        String word = before.substring(anchor);
        List<String> pool;
        if (anchor == quote + 1 && MODEL_CALL.matcher(before.substring(0, quote)).find()) {
            pool = names.models();
        } else {
            String model = lastNamedModel(before.substring(0, quote));
            pool = model == null ? List.of() : names.fields(model);
        }
        Set<String> matches = new LinkedHashSet<>();
        for (String name : pool) {
            if (name.startsWith(word)) {
                matches.add(name);
            }
        }
        return new Completion(anchor, List.copyOf(matches), true);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        Completion completion = complete(buffer, cursor);
        // JLine replaces line.word() (see JavaWordParser), which may start before the anchor: "client.mod".
        int wordStart = cursor - line.wordCursor();
        if (completion.anchor() < wordStart) {
            return;
        }
        String prefix = buffer.substring(wordStart, completion.anchor());
        for (String candidate : completion.candidates()) {
            candidates.add(new Candidate(prefix + candidate, candidate, null, null, null, null,
                    !completion.inString() && !candidate.endsWith("(")));
        }
    }

    /** The index of the quote opening the string the text ends in, or -1 when it ends outside a string. */
    static int openStringStart(String text) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (start >= 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    start = -1;
                }
            } else if (c == '"') {
                start = i;
            } else if (c == '\'') {
                i = skipCharLiteral(text, i);
            }
        }
        return start;
    }

    private static int skipCharLiteral(String text, int open) {
        int i = open + 1;
        if (i < text.length() && text.charAt(i) == '\\') {
            i++;
        }
        return Math.min(text.length() - 1, i + 1);
    }

    private static String lastNamedModel(String text) {
        Matcher m = NAMED_MODEL.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }
}

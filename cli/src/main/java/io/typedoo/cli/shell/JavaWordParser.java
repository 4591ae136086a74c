package io.typedoo.cli.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Splits a line of Java for JLine: the word at the cursor is the run of letters, digits, {@code _} and {@code .}
 * before it, so that completion replaces {@code res.pa} in {@code model("res.pa} or {@code client.mod} in
 * {@code client.mod}. Quotes mean nothing here (Java strings are not shell words), and a line never needs
 * continuing at this level: the shell asks JShell whether a snippet is complete.
 */
final class JavaWordParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = cursor;
        while (start > 0 && ShellCompleter.isNameChar(line.charAt(start - 1))) {
            start--;
        }
        int end = cursor;
        while (end < line.length() && ShellCompleter.isNameChar(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        int wordCursor = cursor - start;
        return new CompletingParsedLine() {
            @Override
            public CharSequence escape(CharSequence candidate, boolean complete) {
                return candidate; // Java needs no shell escaping
            }

            @Override
            public int rawWordCursor() {
                return wordCursor;
            }

            @Override
            public int rawWordLength() {
                return word.length();
            }

            @Override
            public String word() {
                return word;
            }

            @Override
            public int wordCursor() {
                return wordCursor;
            }

            @Override
            public int wordIndex() {
                return 0;
            }

            @Override
            public List<String> words() {
                return List.of(word);
            }

            @Override
            public String line() {
                return line;
            }

            @Override
            public int cursor() {
                return cursor;
            }
        };
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }
}

package io.typedoo.cli.shell;

import io.typedoo.domain.DomainSyntaxException;
import io.typedoo.error.OdooException;
import io.typedoo.error.OdooRemoteException;
import io.typedoo.error.OdooTransportException;
import java.util.Locale;
import jdk.jshell.Diag;

/**
 * How the shell words what went wrong in a snippet: compiler errors in full, with the line and a caret under the
 * offending code as JShell shows them, and exceptions labelled by where they come from, so that a malformed
 * domain (parsed here) is never called an Odoo error.
 */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * A compiler diagnostic, such as:
     *
     * <pre>
     * Error: cannot find symbol
     *     symbol:   variable undefinedVar
     * undefinedVar + 1
     * ^----------^
     * </pre>
     */
    static String format(Diag diagnostic, String source) {
        StringBuilder text = new StringBuilder(diagnostic.isError() ? "Error: " : "Warning: ");
        boolean first = true;
        for (String line : diagnostic.getMessage(Locale.getDefault()).lines().toList()) {
            if (line.strip().startsWith("location: class") && line.strip().split("\\s+").length <= 3) {
                continue; // the class JShell wraps snippets in, which the user never wrote
            }
            text.append(first ? "" : "    ").append(first ? line : line.strip()).append('\n');
            first = false;
        }
        long start = diagnostic.getStartPosition();
        long end = diagnostic.getEndPosition();
        if (start < 0 || start > source.length()) {
            return text.toString();
        }
        int lineStart = source.lastIndexOf('\n', (int) start - 1) + 1;
        int lineEnd = source.indexOf('\n', (int) start);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        text.append(source, lineStart, lineEnd).append('\n');
        int from = (int) start - lineStart;
        int to = (int) Math.min(Math.max(end, start + 1), lineEnd) - lineStart; // exclusive
        text.append(" ".repeat(from)).append('^');
        if (to - from > 1) {
            text.append("-".repeat(to - from - 2)).append('^');
        }
        return text.append('\n').toString();
    }

    /** The start of the line reporting an exception of class {@code className} thrown by a snippet. */
    static String label(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, Diagnostics.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "Exception " + className + ": ";
        }
        if (DomainSyntaxException.class.isAssignableFrom(type)) {
            return "Malformed domain (a local parse error; nothing was sent): ";
        }
        if (OdooRemoteException.class.isAssignableFrom(type)) {
            return "Odoo error: ";
        }
        if (OdooTransportException.class.isAssignableFrom(type)) {
            return "Connection error: ";
        }
        if (OdooException.class.isAssignableFrom(type)) {
            return "typedoo error: ";
        }
        return "Exception " + className + ": ";
    }
}

package io.typedoo.domain;

/**
 * Domain text that is not a valid Odoo domain. The message shows the text and a caret under the offending
 * character:
 *
 * <pre>
 * Expected ',' or ')' at position 13
 *   [('name', '=' 'x')]
 *                 ^
 * </pre>
 */
public final class DomainSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;

    /**
     * @param problem what is wrong
     * @param text the whole domain text
     * @param position the 0-based index of the offending character
     */
    public DomainSyntaxException(String problem, String text, int position) {
        super(format(problem, text, position));
        this.text = text;
        this.position = Math.max(0, Math.min(position, text.length()));
    }

    /** The 0-based index of the offending character in the parsed text. */
    public int position() {
        return position;
    }

    /** The text that was parsed. */
    public String text() {
        return text;
    }

    private static String format(String problem, String text, int position) {
        int at = Math.max(0, Math.min(position, text.length()));
        // Show the line holding the error; a long line is cut around the position so the caret stays visible.
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, at - 60);
        int to = Math.min(lineEnd, at + 60);
        String prefix = from > lineStart ? "..." : "";
        String suffix = to < lineEnd ? "..." : "";
        String shown = prefix + text.substring(from, to) + suffix;
        String caret = " ".repeat(prefix.length() + at - from) + "^";
        return problem + " at position " + at + "\n  " + shown + "\n  " + caret;
    }
}

package io.typedoo.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses Odoo's Python-literal domain text, as found in views, actions and {@code ir.rule} records:
 * lists and tuples, single- or double-quoted strings with Python escapes, integers, floats, {@code True},
 * {@code False}, {@code None}, and dicts. Then checks it as a domain (see {@link DomainWireReader}).
 * {@code None} is read as {@code False}, which Odoo treats the same in domains.
 *
 * <p>Every error is a {@link DomainSyntaxException} pointing at the offending character.
 */
final class DomainParser {

    private final String text;
    /** Where each parsed string started, by identity, so errors about a leaf can point at its operator. */
    private final Map<Object, Integer> stringStarts = new IdentityHashMap<>();
    private int pos;

    private DomainParser(String text) {
        this.text = text;
    }

    static Domain parse(String text) {
        DomainParser p = new DomainParser(text);
        p.skipSpace();
        if (p.pos >= text.length() || (text.charAt(p.pos) != '[' && text.charAt(p.pos) != '(')) {
            throw p.error("A domain is a list such as [('name', '=', 'x')]: expected '['");
        }
        List<Integer> termStarts = new ArrayList<>();
        List<Object> top = p.sequence(termStarts);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("Unexpected text after the end of the domain");
        }
        List<Object> terms = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            terms.add(p.term(top.get(i), termStarts.get(i)));
        }
        int topLevel = DomainWireReader.countTopLevelTerms(terms,
                (index, message) -> new DomainSyntaxException(message, text, termStarts.get(index)));
        return Domain.ofTerms(terms, topLevel);
    }

    /** Checks one top-level element: a logical operator or a three-element leaf. */
    private Object term(Object element, int start) {
        if (element instanceof String s) {
            if (DomainWireReader.isLogicalOperator(s)) {
                return s;
            }
            throw new DomainSyntaxException("Only '&', '|' and '!' may stand alone in a domain; a condition is"
                    + " a tuple (field, operator, value)", text, start);
        }
        if (!(element instanceof List<?> leaf)) {
            throw new DomainSyntaxException("Expected '&', '|', '!' or a condition (field, operator, value)",
                    text, start);
        }
        if (leaf.size() != 3) {
            throw new DomainSyntaxException("A condition has three elements (field, operator, value), this one has "
                    + leaf.size(), text, start);
        }
        if (!(leaf.get(0) instanceof String field) || field.isBlank()) {
            throw new DomainSyntaxException("A condition starts with a field name string", text, start + 1);
        }
        if (!(leaf.get(1) instanceof String operator)) {
            throw new DomainSyntaxException("A condition has an operator string in second place", text, start);
        }
        String canonical;
        try {
            canonical = Operator.fromWire(operator).wire();
        } catch (IllegalArgumentException e) {
            throw new DomainSyntaxException(e.getMessage(), text, stringStarts.getOrDefault(operator, start));
        }
        // Odoo reads "<>" as "!=" and "==" as "=": so does the parsed domain, which then equals the built one.
        List<Object> normalised = new ArrayList<>(leaf);
        normalised.set(1, canonical);
        return Collections.unmodifiableList(normalised);
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("Unexpected end of the domain: expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '[', '(' -> {
                return Collections.unmodifiableList(sequence(null));
            }
            case '{' -> {
                return dict();
            }
            case '\'', '"' -> {
                return string();
            }
            default -> {
                if ((c == 'u' || c == 'U' || c == 'r' || c == 'R') && pos + 1 < text.length()
                        && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
                    boolean raw = c == 'r' || c == 'R';
                    pos++;
                    return raw ? rawString() : string();
                }
                if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    return number();
                }
                if (Character.isLetter(c) || c == '_') {
                    return keyword();
                }
                throw error("Unexpected character '" + c + "': expected a value");
            }
        }
    }

    /** A list or tuple: {@code [a, b]}, {@code (a, b)}, {@code (a,)}; records where each element starts. */
    private List<Object> sequence(@Nullable List<Integer> starts) {
        char open = text.charAt(pos);
        char close = open == '[' ? ']' : ')';
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek(close)) {
            pos++;
            return items;
        }
        while (true) {
            skipSpace();
            if (starts != null) {
                starts.add(pos);
            }
            items.add(value());
            skipSpace();
            if (pos >= text.length()) {
                throw error("Unexpected end of the domain: expected ',' or '" + close + "'");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return items;
            }
            if (c != ',') {
                throw error("Expected ',' or '" + close + "'");
            }
            pos++;
            skipSpace();
            if (peek(close)) { // trailing comma, as Python allows
                pos++;
                return items;
            }
        }
    }

    private Map<String, Object> dict() {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
            pos++;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipSpace();
            int keyStart = pos;
            Object key = value();
            if (!(key instanceof String k)) {
                throw new DomainSyntaxException("Dict keys must be strings", text, keyStart);
            }
            skipSpace();
            if (!peek(':')) {
                throw error("Expected ':'");
            }
            pos++;
            map.put(k, value());
            skipSpace();
            if (peek('}')) {
                pos++;
                return Collections.unmodifiableMap(map);
            }
            if (!peek(',')) {
                throw error("Expected ',' or '}'");
            }
            pos++;
            skipSpace();
            if (peek('}')) {
                pos++;
                return Collections.unmodifiableMap(map);
            }
        }
    }

    private String string() {
        char quote = text.charAt(pos);
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new DomainSyntaxException("Unterminated string", text, start);
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                String result = sb.toString();
                stringStarts.put(result, start);
                return result;
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            int escapeStart = pos;
            pos++;
            if (pos >= text.length()) {
                throw new DomainSyntaxException("Unterminated string", text, start);
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '\\', '\'', '"' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case '0' -> sb.append('\0');
                case '\n' -> { } // a backslash-newline continues the line
                case 'x' -> sb.appendCodePoint(hex(2, escapeStart));
                case 'u' -> sb.appendCodePoint(hex(4, escapeStart));
                case 'U' -> sb.appendCodePoint(hex(8, escapeStart));
                default -> sb.append('\\').append(e); // Python keeps unknown escapes as they are
            }
        }
    }

    private String rawString() {
        char quote = text.charAt(pos);
        int start = pos;
        int end = text.indexOf(quote, pos + 1);
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end = text.indexOf(quote, end + 1);
        }
        if (end < 0) {
            throw new DomainSyntaxException("Unterminated string", text, start);
        }
        pos = end + 1;
        return text.substring(start + 1, end);
    }

    private int hex(int digits, int escapeStart) {
        if (pos + digits > text.length()) {
            throw new DomainSyntaxException("Truncated \\x, \\u or \\U escape", text, escapeStart);
        }
        try {
            int cp = Integer.parseInt(text.substring(pos, pos + digits), 16);
            if (!Character.isValidCodePoint(cp)) {
                throw new NumberFormatException();
            }
            pos += digits;
            return cp;
        } catch (NumberFormatException e) {
            throw new DomainSyntaxException("Invalid \\x, \\u or \\U escape", text, escapeStart);
        }
    }

    private Object number() {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        boolean isFloat = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isDigit(c) || c == '_') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                isFloat = true;
                pos++;
                if ((c == 'e' || c == 'E') && (peek('-') || peek('+'))) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String literal = text.substring(start, pos).replace("_", "");
        try {
            return isFloat ? (Object) Double.parseDouble(literal) : (Object) Long.parseLong(literal);
        } catch (NumberFormatException e) {
            throw new DomainSyntaxException("Invalid number '" + text.substring(start, pos) + "'", text, start);
        }
    }

    private Object keyword() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        return switch (word) {
            case "True" -> Boolean.TRUE;
            case "False", "None" -> Boolean.FALSE;
            default -> throw new DomainSyntaxException("Unknown name '" + word
                    + "': only literals are allowed (strings, numbers, True, False, None)", text, start);
        };
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private DomainSyntaxException error(String message) {
        return new DomainSyntaxException(message, text, pos);
    }
}

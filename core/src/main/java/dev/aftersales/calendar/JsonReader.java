package dev.aftersales.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for calendar data, so that the library needs no JSON
 * dependency. It reads one value followed only by whitespace, and refuses with a
 * {@link CalendarFormatException} naming the source, the line, the column and the problem:
 * comments, trailing commas, single quotes, unquoted names, leading zeros, bad escapes, control
 * characters and unpaired surrogates in strings, duplicate names in an object, nesting deeper
 * than {@value #MAX_DEPTH} and texts longer than {@value #MAX_CHARS} characters. A leading
 * byte-order mark is skipped. Columns count characters (UTF-16 units) from 1.
 */
final class JsonReader {

    /** The longest text read: a year of holidays is a few kilobytes. */
    static final int MAX_CHARS = 1_000_000;
    /** The deepest nesting of arrays and objects. */
    static final int MAX_DEPTH = 32;

    private final String source;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private JsonReader(String source, String text) {
        this.source = source;
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    /**
     * Reads one JSON value.
     *
     * @param source the name errors give for the text, e.g. a file name
     * @param reader the text; read to its end, not closed
     * @return the value
     * @throws UncheckedIOException    if the reader fails
     * @throws CalendarFormatException if the text is not one valid JSON value
     */
    static JsonValue read(String source, Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                sb.append(buffer, 0, n);
                if (sb.length() > MAX_CHARS) {
                    JsonReader at = new JsonReader(source, sb.toString());
                    at.advanceTo(MAX_CHARS);
                    throw at.error("the text is longer than " + MAX_CHARS + " characters");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return read(source, sb.toString());
    }

    /**
     * Reads one JSON value from a string.
     *
     * @param source the name errors give for the text
     * @param text   the text
     * @return the value
     * @throws CalendarFormatException if the text is not one valid JSON value
     */
    static JsonValue read(String source, String text) {
        JsonReader r = new JsonReader(source, text);
        r.skipWhitespace();
        if (r.pos >= text.length()) {
            throw r.error("no JSON value: the text is empty");
        }
        JsonValue v = r.value();
        r.skipWhitespace();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describe(r.pos) + " after the JSON value");
        }
        return v;
    }

    private void advanceTo(int target) {
        while (pos < target) {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private CalendarFormatException error(String problem) {
        return new CalendarFormatException(source, line, column(), problem, null);
    }

    private CalendarFormatException error(int atLine, int atColumn, String problem) {
        return new CalendarFormatException(source, atLine, atColumn, problem, null);
    }

    private String describe(int at) {
        if (at >= text.length()) {
            return "end of text";
        }
        char c = text.charAt(at);
        if (c < 0x20) {
            return String.format("control character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonValue value() {
        if (pos >= text.length()) {
            throw error("unexpected end of text: a value is missing");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> {
                int l = line;
                int col = column();
                yield new JsonValue.Str(string(), l, col);
            }
            case 't' -> literal("true", new JsonValue.Bool(true, line, column()));
            case 'f' -> literal("false", new JsonValue.Bool(false, line, column()));
            case 'n' -> literal("null", new JsonValue.Null(line, column()));
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                if (c == '/') {
                    throw error("comments are not JSON");
                }
                if (c == '\'') {
                    throw error("strings are quoted with '\"', not \"'\"");
                }
                throw error("unexpected " + describe(pos) + ": a value (object, array, string, number, true, false, null) is expected");
            }
        };
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(pos) + ": did you mean '" + word + "'?");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private JsonValue object() {
        int l = line;
        int col = column();
        enter();
        pos++; // {
        List<JsonValue.Member> members = new ArrayList<>();
        Map<String, int[]> seen = new HashMap<>();
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            depth--;
            return new JsonValue.Obj(List.of(), l, col);
        }
        while (true) {
            skipWhitespace();
            if (pos >= text.length()) {
                throw error("unexpected end of text inside the object that starts at line " + l + ", column " + col);
            }
            if (text.charAt(pos) != '"') {
                throw error(text.charAt(pos) == '}' ? "trailing ',' before '}'"
                        : text.charAt(pos) == '/' ? "comments are not JSON"
                        : "expected a member name in double quotes, got " + describe(pos));
            }
            int nl = line;
            int nc = column();
            String name = string();
            int[] before = seen.putIfAbsent(name, new int[] {nl, nc});
            if (before != null) {
                throw error(nl, nc, "duplicate member '" + name + "' (also at line " + before[0] + ", column "
                        + before[1] + ")");
            }
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw error("expected ':' after the member name '" + name + "', got " + describe(pos));
            }
            pos++;
            skipWhitespace();
            members.add(new JsonValue.Member(name, nl, nc, value()));
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                depth--;
                return new JsonValue.Obj(List.copyOf(members), l, col);
            }
            throw error("expected ',' or '}' after a member, got " + describe(pos));
        }
    }

    private JsonValue array() {
        int l = line;
        int col = column();
        enter();
        pos++; // [
        List<JsonValue> items = new ArrayList<>();
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            depth--;
            return new JsonValue.Arr(List.of(), l, col);
        }
        while (true) {
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == ']') {
                throw error("trailing ',' before ']'");
            }
            items.add(value());
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                depth--;
                return new JsonValue.Arr(List.copyOf(items), l, col);
            }
            throw error("expected ',' or ']' after an array item, got " + describe(pos));
        }
    }

    /** Reads a string at pos (a '"'). */
    private String string() {
        int l = line;
        int startColumn = column();
        pos++; // "
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(l, startColumn, "unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error(describe(pos) + " inside a string: write it escaped");
            }
            if (c == '\\') {
                sb.append(escape());
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (pos + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(pos + 1))) {
                    throw error("unpaired surrogate character inside a string");
                }
                sb.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw error("unpaired surrogate character inside a string");
            }
            sb.append(c);
            pos++;
        }
    }

    private String escape() {
        int at = pos;
        if (pos + 1 >= text.length()) {
            throw error("unterminated escape at the end of text");
        }
        char e = text.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"': return "\"";
            case '\\': return "\\";
            case '/': return "/";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'u': {
                char high = hex4(at);
                if (Character.isLowSurrogate(high)) {
                    throw error(line, at - lineStart + 1, "unpaired surrogate escape \\u" + hexOf(high));
                }
                if (!Character.isHighSurrogate(high)) {
                    return String.valueOf(high);
                }
                int lowAt = pos;
                if (!text.startsWith("\\u", pos)) {
                    throw error(line, at - lineStart + 1, "unpaired surrogate escape \\u" + hexOf(high));
                }
                pos += 2;
                char low = hex4(lowAt);
                if (!Character.isLowSurrogate(low)) {
                    throw error(line, at - lineStart + 1, "unpaired surrogate escape \\u" + hexOf(high));
                }
                return new String(new char[] {high, low});
            }
            default:
                pos = at;
                throw error("invalid escape '\\" + e + "' (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
    }

    private char hex4(int escapeAt) {
        if (pos + 4 > text.length()) {
            throw error(line, escapeAt - lineStart + 1, "a \\u escape needs four hex digits");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char h = text.charAt(pos + i);
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) {
                throw error(line, escapeAt - lineStart + 1, "a \\u escape needs four hex digits");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private static String hexOf(char c) {
        return String.format("%04X", (int) c);
    }

    private JsonValue number() {
        int l = line;
        int col = column();
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= text.length() || !isDigit(text.charAt(pos))) {
            throw error("a number needs digits, got " + describe(pos));
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw error("numbers have no leading zeros");
        }
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error("a fraction needs digits after '.', got " + describe(pos));
            }
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error("an exponent needs digits, got " + describe(pos));
            }
            digits();
        }
        return new JsonValue.Num(text.substring(start, pos), l, col);
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

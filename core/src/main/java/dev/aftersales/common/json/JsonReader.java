package dev.aftersales.common.json;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for the library's data formats (holiday-cn calendar years,
 * the JSON form of a policy), so that the library needs no JSON dependency. Internal: not part of
 * the library's API. It reads one value followed only by whitespace, and refuses with a
 * {@link JsonSyntaxException} naming the line, the column and the problem in English and Chinese:
 * comments, trailing commas, single quotes, unquoted names, leading zeros, bad escapes, control
 * characters and unpaired surrogates in strings, duplicate names in an object, nesting deeper
 * than {@value #MAX_DEPTH} and texts longer than {@value #MAX_CHARS} characters. A leading
 * byte-order mark is skipped. Columns count characters (UTF-16 units) from 1.
 */
public final class JsonReader {

    /** The longest text read: a year of holidays or a policy is a few kilobytes. */
    public static final int MAX_CHARS = 1_000_000;
    /** The deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private final boolean loneSurrogateEscapes;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private JsonReader(String text, boolean loneSurrogateEscapes) {
        this.text = text;
        this.loneSurrogateEscapes = loneSurrogateEscapes;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    /**
     * Reads one JSON value, strictly.
     *
     * @param source the name an input failure gives for the text, e.g. a file name
     * @param reader the text; read to its end, not closed
     * @return the value
     * @throws UncheckedIOException if the reader fails
     * @throws JsonSyntaxException  if the text is not one valid JSON value
     */
    public static JsonValue read(String source, Reader reader) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                sb.append(buffer, 0, n);
                if (sb.length() > MAX_CHARS) {
                    JsonReader at = new JsonReader(sb.toString(), false);
                    at.advanceTo(MAX_CHARS);
                    throw at.error("the text is longer than " + MAX_CHARS + " characters",
                            "文本超过 " + MAX_CHARS + " 个字符");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return read(sb.toString(), false);
    }

    /**
     * Reads one JSON value from a string.
     *
     * @param text                 the text
     * @param loneSurrogateEscapes whether a string may hold an escaped unpaired surrogate
     *                             ({@code "\uD800"}), which RFC 8259 allows and leaves to the reader:
     *                             true for a format that must carry every Java string, false to refuse
     *                             it as malformed text
     * @return the value
     * @throws NullPointerException if the text is null
     * @throws JsonSyntaxException  if the text is not one valid JSON value
     */
    public static JsonValue read(String text, boolean loneSurrogateEscapes) {
        if (text.length() > MAX_CHARS) {
            JsonReader at = new JsonReader(text, loneSurrogateEscapes);
            at.advanceTo(MAX_CHARS);
            throw at.error("the text is longer than " + MAX_CHARS + " characters", "文本超过 " + MAX_CHARS + " 个字符");
        }
        JsonReader r = new JsonReader(text, loneSurrogateEscapes);
        r.skipWhitespace();
        if (r.pos >= text.length()) {
            throw r.error("no JSON value: the text is empty", "没有 JSON 值：文本为空");
        }
        JsonValue v = r.value();
        r.skipWhitespace();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describe(r.pos) + " after the JSON value",
                    "JSON 值之后出现多余的" + r.describeZh(r.pos));
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

    private JsonSyntaxException error(String problem, String chinese) {
        return new JsonSyntaxException(line, column(), problem, chinese);
    }

    private JsonSyntaxException error(int atLine, int atColumn, String problem, String chinese) {
        return new JsonSyntaxException(atLine, atColumn, problem, chinese);
    }

    private String describeZh(int at) {
        if (at >= text.length()) {
            return "文本结尾";
        }
        char c = text.charAt(at);
        if (c < 0x20) {
            return String.format("控制字符 U+%04X", (int) c);
        }
        return " '" + c + "'";
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
            throw error("unexpected end of text: a value is missing", "文本意外结束：缺少一个值");
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
                    throw error("comments are not JSON", "JSON 不允许注释");
                }
                if (c == '\'') {
                    throw error("strings are quoted with '\"', not \"'\"", "字符串须用双引号 '\"'，不能用单引号");
                }
                throw error("unexpected " + describe(pos) + ": a value (object, array, string, number, true, false, null) is expected",
                        "意外的" + describeZh(pos) + "：此处应为一个值（对象、数组、字符串、数字、true、false、null）");
            }
        };
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(pos) + ": did you mean '" + word + "'?",
                    "意外的" + describeZh(pos) + "：是否应为 '" + word + "'？");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels", "嵌套超过 " + MAX_DEPTH + " 层");
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
                throw error("unexpected end of text inside the object that starts at line " + l + ", column " + col,
                        "从第 " + l + " 行第 " + col + " 列开始的对象中文本意外结束");
            }
            if (text.charAt(pos) != '"') {
                throw error(text.charAt(pos) == '}' ? "trailing ',' before '}'"
                        : text.charAt(pos) == '/' ? "comments are not JSON"
                        : "expected a member name in double quotes, got " + describe(pos),
                        text.charAt(pos) == '}' ? "'}' 之前多了一个 ','"
                        : text.charAt(pos) == '/' ? "JSON 不允许注释"
                        : "此处应为双引号内的成员名，却是" + describeZh(pos));
            }
            int nl = line;
            int nc = column();
            String name = string();
            int[] before = seen.putIfAbsent(name, new int[] {nl, nc});
            if (before != null) {
                throw error(nl, nc, "duplicate member '" + name + "' (also at line " + before[0] + ", column "
                        + before[1] + ")", "成员 '" + name + "' 重复（另见第 " + before[0] + " 行第 " + before[1] + " 列）");
            }
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw error("expected ':' after the member name '" + name + "', got " + describe(pos),
                        "成员名 '" + name + "' 之后应为 ':'，却是" + describeZh(pos));
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
            throw error("expected ',' or '}' after a member, got " + describe(pos),
                    "成员之后应为 ',' 或 '}'，却是" + describeZh(pos));
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
                throw error("trailing ',' before ']'", "']' 之前多了一个 ','");
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
            throw error("expected ',' or ']' after an array item, got " + describe(pos),
                    "数组元素之后应为 ',' 或 ']'，却是" + describeZh(pos));
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
                throw error(l, startColumn, "unterminated string", "字符串没有结束引号");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error(describe(pos) + " inside a string: write it escaped", "字符串中有" + describeZh(pos) + "：须转义");
            }
            if (c == '\\') {
                sb.append(escape());
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (pos + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(pos + 1))) {
                    throw error("unpaired surrogate character inside a string", "字符串中有不成对的代理字符");
                }
                sb.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw error("unpaired surrogate character inside a string", "字符串中有不成对的代理字符");
            }
            sb.append(c);
            pos++;
        }
    }

    private String escape() {
        int at = pos;
        if (pos + 1 >= text.length()) {
            throw error("unterminated escape at the end of text", "文本结尾的转义序列不完整");
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
                if (!Character.isHighSurrogate(high)) {
                    if (Character.isLowSurrogate(high) && !loneSurrogateEscapes) {
                        throw unpaired(at, high);
                    }
                    return String.valueOf(high);
                }
                int lowAt = pos;
                if (text.startsWith("\\u", pos)) {
                    pos += 2;
                    char low = hex4(lowAt);
                    if (Character.isLowSurrogate(low)) {
                        return new String(new char[] {high, low});
                    }
                    pos = lowAt;
                }
                if (!loneSurrogateEscapes) {
                    throw unpaired(at, high);
                }
                return String.valueOf(high);
            }
            default:
                pos = at;
                throw error("invalid escape '\\" + e + "' (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                        "无效的转义序列 '\\" + e + "'（可用：\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX）");
        }
    }

    private char hex4(int escapeAt) {
        if (pos + 4 > text.length()) {
            throw error(line, escapeAt - lineStart + 1, "a \\u escape needs four hex digits", "\\u 转义须有四位十六进制数字");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char h = text.charAt(pos + i);
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) {
                throw error(line, escapeAt - lineStart + 1, "a \\u escape needs four hex digits", "\\u 转义须有四位十六进制数字");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private JsonSyntaxException unpaired(int escapeAt, char c) {
        return error(line, escapeAt - lineStart + 1, "unpaired surrogate escape \\u" + hexOf(c),
                "不成对的代理字符转义 \\u" + hexOf(c));
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
            throw error("a number needs digits, got " + describe(pos), "数字须有数位，却是" + describeZh(pos));
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw error("numbers have no leading zeros", "数字不能有前导零");
        }
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error("a fraction needs digits after '.', got " + describe(pos),
                        "小数点 '.' 之后须有数位，却是" + describeZh(pos));
            }
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error("an exponent needs digits, got " + describe(pos), "指数须有数位，却是" + describeZh(pos));
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

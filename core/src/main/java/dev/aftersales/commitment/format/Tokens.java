package dev.aftersales.commitment.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a line of the policy text form: bare words (no whitespace, no {@code "} or
 * {@code \}) or double-quoted strings with the escapes {@code \"}, {@code \\}, {@code \n},
 * {@code \r}, {@code \t} and {@code \}{@code uXXXX}.
 */
final class Tokens {

    /** A word and the column where it starts, from 1. */
    record Token(String text, int column) {
    }

    /** A malformed word or field, at its column; the line is added by the parser. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;
        final String english;
        final String chinese;

        Bad(int column, String english, String chinese) {
            super(english, null, false, false);
            this.column = column;
            this.english = english;
            this.chinese = chinese;
        }
    }

    private Tokens() {
    }

    /** Writes a word bare when it can be read back as it is, quoted otherwise. */
    static String quote(String s) {
        boolean bare = !s.isEmpty();
        for (int i = 0; i < s.length() && bare; i++) {
            char c = s.charAt(i);
            bare = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c >= 0x20 && c != '"' && c != '\\'
                    && c != 0x7f && !Character.isSurrogate(c);
        }
        if (bare && s.charAt(0) != '#') {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || (Character.isSpaceChar(c) && c != ' ')) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Splits a line into words. */
    static List<Token> split(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                int start = i;
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new Bad(start + 1, "a quoted word is not closed", "引号内的词没有结束引号");
                    }
                    char d = line.charAt(i);
                    if (d == '"') {
                        i++;
                        break;
                    }
                    if (d == '\\') {
                        i = escape(line, i, b);
                    } else {
                        b.append(d);
                        i++;
                    }
                }
                if (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                    throw new Bad(i + 1, "a space must follow a quoted word", "引号内的词后面须有空格");
                }
                out.add(new Token(b.toString(), start + 1));
            } else {
                int start = i;
                while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                    char d = line.charAt(i);
                    if (d == '"' || d == '\\') {
                        throw new Bad(i + 1, "a bare word cannot hold '" + d + "'; quote the word",
                                "不加引号的词不能含有 '" + d + "'，请加引号");
                    }
                    i++;
                }
                out.add(new Token(line.substring(start, i), start + 1));
            }
        }
        return out;
    }

    private static int escape(String line, int i, StringBuilder b) {
        if (i + 1 >= line.length()) {
            throw new Bad(i + 1, "an escape is cut short", "转义序列不完整");
        }
        char e = line.charAt(i + 1);
        switch (e) {
            case '"' -> b.append('"');
            case '\\' -> b.append('\\');
            case 'n' -> b.append('\n');
            case 'r' -> b.append('\r');
            case 't' -> b.append('\t');
            case 'u' -> {
                if (i + 6 > line.length()) {
                    throw new Bad(i + 1, "\\u needs four hex digits", "\\u 后面须有四位十六进制数字");
                }
                try {
                    b.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException ex) {
                    throw new Bad(i + 1, "\\u needs four hex digits", "\\u 后面须有四位十六进制数字");
                }
                return i + 6;
            }
            default -> throw new Bad(i + 1, "unknown escape \\" + e, "未知的转义序列 \\" + e);
        }
        return i + 2;
    }
}

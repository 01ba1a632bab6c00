package dev.aftersales.storage.jdbc.schema;

import dev.aftersales.storage.jdbc.TablePrefix;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A DDL script split into statements the way Flyway runs it for these scripts: statements end
 * with {@code ;}, {@code --} and {@code /* ... *}{@code /} comments are dropped, quoted text is kept
 * whole, and the placeholder {@code ${prefix}} is replaced; any other placeholder is an error, as in
 * Flyway.
 */
final class SqlScript {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private SqlScript() {
    }

    /**
     * Returns the checksum of a script: CRC32 of its UTF-8 text with {@code \r\n} read as {@code \n},
     * before placeholders are replaced.
     */
    static long checksum(String script) {
        CRC32 crc = new CRC32();
        crc.update(normalize(script).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Replaces the prefix placeholder and splits the script into statements. */
    static List<String> statements(String script, TablePrefix prefix) {
        String text = normalize(script);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!m.group(1).equals("prefix")) {
                throw new IllegalArgumentException("unknown placeholder ${" + m.group(1) + "}: only ${prefix} is replaced");
            }
        }
        return split(prefix.apply(text));
    }

    private static String normalize(String script) {
        return script.replace("\r\n", "\n");
    }

    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated comment in script");
                }
                current.append(' ');
                i = end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (true) {
                    end = text.indexOf(c, end);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated quote " + c + " in script");
                    }
                    if (end + 1 < n && text.charAt(end + 1) == c) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                current.append(text, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                add(out, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            out.add(statement);
        }
        current.setLength(0);
    }
}

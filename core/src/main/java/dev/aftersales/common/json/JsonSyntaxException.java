package dev.aftersales.common.json;

import dev.aftersales.common.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by {@link JsonReader} for a text that is not one valid JSON value: where (line and column,
 * from 1) and what is wrong, in English and Chinese. Internal: the library's formats turn it into
 * their own exception (a calendar's or a policy's) with the source name.
 */
public final class JsonSyntaxException extends IllegalArgumentException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String english;
    private final String chinese;

    /**
     * Creates the exception.
     *
     * @param line    the line, from 1
     * @param column  the column, from 1
     * @param english what is wrong, in English
     * @param chinese what is wrong, in Chinese
     * @throws NullPointerException if a message is null
     */
    public JsonSyntaxException(int line, int column, String english, String chinese) {
        super(line + ":" + column + ": " + Objects.requireNonNull(english, "english"));
        this.line = line;
        this.column = column;
        this.english = english;
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 3:7: ...}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the line, the column and the problem
     */
    @Override
    public String message(Locale locale) {
        boolean zh = locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return zh ? line + ":" + column + ": " + chinese : getMessage();
    }

    /**
     * Gets the line of the problem.
     *
     * @return the line, from 1
     */
    public int line() {
        return line;
    }

    /**
     * Gets the column of the problem.
     *
     * @return the column, from 1
     */
    public int column() {
        return column;
    }

    /**
     * Gets what is wrong, in English.
     *
     * @return the problem
     */
    public String english() {
        return english;
    }

    /**
     * Gets what is wrong, in Chinese.
     *
     * @return the problem
     */
    public String chinese() {
        return chinese;
    }
}

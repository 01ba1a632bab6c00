package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;

/**
 * Thrown when a warranty catalogue cannot be loaded; the message is {@code source:line: problem}.
 */
public class WarrantyCatalogueFormatException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String chineseProblem;

    /**
     * Creates the exception with the problem in English only: its Chinese message names the source
     * and line in Chinese and gives the English problem.
     *
     * @param source  the file or source name
     * @param line    the line number, from 1
     * @param problem what is wrong
     */
    public WarrantyCatalogueFormatException(String source, int line, String problem) {
        this(source, line, problem, problem);
    }

    /**
     * Creates the exception with the problem in English and Chinese.
     *
     * @param source         the file or source name
     * @param line           the line number, from 1
     * @param problem        what is wrong
     * @param chineseProblem what is wrong, in Chinese
     */
    public WarrantyCatalogueFormatException(String source, int line, String problem, String chineseProblem) {
        super(CoverageDecision.text(Locale.ENGLISH, "error.catalogue", source, line, problem));
        this.source = source;
        this.line = line;
        this.chineseProblem = chineseProblem;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code statutory.txt 第 7 行：部位 roof 重复列出}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the source, the line and the problem
     */
    @Override
    public String message(Locale locale) {
        return chinese(locale) ? CoverageDecision.text(locale, "error.catalogue", source, line, chineseProblem)
                : getMessage();
    }

    /**
     * Gets the line number.
     *
     * @return the line, from 1
     */
    public int line() {
        return line;
    }
}

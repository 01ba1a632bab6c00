package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a warranty catalogue cannot be loaded; the message is {@code source:line: problem}.
 */
public class WarrantyCatalogueFormatException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * Creates the exception.
     *
     * @param source  the file or source name
     * @param line    the line number, from 1
     * @param problem what is wrong
     */
    public WarrantyCatalogueFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.line = line;
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

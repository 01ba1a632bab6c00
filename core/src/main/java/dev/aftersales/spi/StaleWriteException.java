package dev.aftersales.spi;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;

/**
 * Thrown by a storage adapter when a save is based on a version that is no longer the stored
 * one (someone else saved in between), or when a record with version {@code 0} is inserted under
 * an id that already exists. Nothing is written: the caller reloads and retries.
 */
public class StaleWriteException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param recordType      the simple name of the record type, e.g. {@code "TicketRecord"}
     * @param recordId        the record's id
     * @param expectedVersion the version the writer read
     * @param actualVersion   the version stored now, {@code -1} if the record is missing
     */
    public StaleWriteException(String recordType, String recordId, long expectedVersion, long actualVersion) {
        super(format(Locale.ENGLISH, recordType, recordId, expectedVersion, actualVersion));
        this.recordType = recordType;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    private static String format(Locale locale, String recordType, String recordId, long expected, long actual) {
        return text(UnsupportedRepositoryException.BUNDLE, locale, actual < 0 ? "staleWrite.missing" : "staleWrite.stored",
                recordType, recordId, expected, actual);
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code TicketRecord T-1 的写入已过时：写入时读到的版本为 2，当前存储的版本为 3}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the record type, the id and the versions
     */
    @Override
    public String message(Locale locale) {
        return format(locale, recordType, recordId, expectedVersion, actualVersion);
    }

    /** @return the simple name of the record type */
    public String recordType() {
        return recordType;
    }

    /** @return the id of the record */
    public String recordId() {
        return recordId;
    }

    /** @return the version the writer read */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version stored at the time of the write, {@code -1} if missing */
    public long actualVersion() {
        return actualVersion;
    }
}

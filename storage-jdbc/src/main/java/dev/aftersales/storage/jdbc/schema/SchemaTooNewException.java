package dev.aftersales.storage.jdbc.schema;

/**
 * The database holds a schema version newer than this library knows: a newer library migrated it.
 * Nothing is changed; run the newer library (or restore a matching backup).
 */
public class SchemaTooNewException extends SchemaMigrationException {

    private static final long serialVersionUID = 1L;

    private final int databaseVersion;
    private final int libraryVersion;

    /**
     * Creates the exception.
     *
     * @param prefix          the table prefix of the schema
     * @param databaseVersion the version recorded in the database
     * @param libraryVersion  the latest version this library knows
     */
    public SchemaTooNewException(String prefix, int databaseVersion, int libraryVersion) {
        super("the aftersales schema with table prefix \"" + prefix + "\" is at version " + databaseVersion
                + ", newer than this library's version " + libraryVersion
                + ": a newer library migrated it; upgrade the library, nothing was changed");
        this.databaseVersion = databaseVersion;
        this.libraryVersion = libraryVersion;
    }

    /**
     * Returns the version recorded in the database.
     *
     * @return the database's version
     */
    public int databaseVersion() {
        return databaseVersion;
    }

    /**
     * Returns the latest version this library knows.
     *
     * @return the library's version
     */
    public int libraryVersion() {
        return libraryVersion;
    }
}

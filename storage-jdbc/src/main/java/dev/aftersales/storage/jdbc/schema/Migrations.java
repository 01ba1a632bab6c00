package dev.aftersales.storage.jdbc.schema;

import java.util.List;

/**
 * The library's schema versions, in order. Every version has one script per database directory
 * ({@code postgresql}, {@code mysql}, {@code h2}); a test checks that scripts and this list agree.
 */
public final class Migrations {

    /** The classpath directory of the scripts, for Flyway's {@code locations} (add the database's directory). */
    public static final String LOCATION = "db/aftersales/";

    /** Every version, from 1 without gaps. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "outbox"),
            new Migration(2, "property"),
            new Migration(3, "ticket"),
            new Migration(4, "commitment"),
            new Migration(5, "outbox_event_id"),
            new Migration(6, "outbox_lease"),
            new Migration(7, "measurement"),
            new Migration(8, "policy"),
            new Migration(9, "measurement_rounds"),
            new Migration(10, "warranty"),
            new Migration(11, "ticket_category"),
            new Migration(12, "warranty_term"),
            new Migration(13, "warranty_reminder"),
            new Migration(14, "maintenance"),
            new Migration(15, "ticket_kpi_facts"),
            new Migration(16, "kpi_response_index"));

    /** The schema version this library needs and creates. */
    public static final int LATEST = ALL.get(ALL.size() - 1).version();

    /** A table version 1 creates, used to recognise a schema that was created without the built-in history. */
    static final String FIRST_TABLE = "outbox";

    private Migrations() {
    }
}

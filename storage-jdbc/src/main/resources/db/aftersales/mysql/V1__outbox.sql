-- aftersales schema version 1 for MariaDB 10.3+ and MySQL 8: the outbox of domain events.
-- The placeholder prefix (written as a dollar sign and braces around the word) is the table
-- prefix, replaced by the built-in migrator and by Flyway (flyway.placeholders.prefix).
-- Indexes are declared inside CREATE TABLE: MySQL has no CREATE INDEX IF NOT EXISTS, and a
-- failed version is easier to clean up with one statement per table.
-- Instants are DATETIME(6) holding UTC; identifiers compare byte by byte (ascii_bin).
--
-- A command writes its domain events here in its own transaction; a publisher delivers them at
-- least once, each with its stable event_id, in seq order per aggregate. Events hold no personal
-- data (rule EU-4), so neither does the payload.
CREATE TABLE ${prefix}outbox (
    seq          BIGINT NOT NULL AUTO_INCREMENT,
    event_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    aggregate_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    event_type   VARCHAR(128) NOT NULL,
    payload      MEDIUMTEXT NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    available_at DATETIME(6) NOT NULL,
    attempts     INT NOT NULL DEFAULT 0,
    last_failure VARCHAR(200) NULL,
    published_at DATETIME(6) NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY ${prefix}outbox_event_uk (event_id),
    KEY ${prefix}outbox_pending_ix (published_at, seq),
    KEY ${prefix}outbox_aggregate_ix (aggregate_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

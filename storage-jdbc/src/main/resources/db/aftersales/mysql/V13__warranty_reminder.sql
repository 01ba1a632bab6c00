-- aftersales schema version 13 for MariaDB 10.3+ and MySQL 8: the expiry reminders of the units'
-- warranty terms (rule WA-4). One row per unit, component and term end: the key under which a
-- reminder fires at most once. fired_at is empty while the reminder is pending; a sweep fires it
-- by a conditional update of fired_at (its row count says which sweeper won). The index leads with
-- fired_at so that the pending reminders (fired_at IS NULL) are read in due order, and the
-- undelivered ones by firing.
CREATE TABLE ${prefix}warranty_reminder (
    unit_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    component_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    term_end      DATE NOT NULL,
    estate_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    due_at        DATETIME(6) NOT NULL,
    fired_at      DATETIME(6) NULL,
    delivered     BOOLEAN NOT NULL,
    PRIMARY KEY (unit_id, component_key, term_end),
    KEY ${prefix}warranty_reminder_due_ix (fired_at, due_at, unit_id, component_key, term_end),
    KEY ${prefix}warranty_reminder_undelivered_ix (delivered, fired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

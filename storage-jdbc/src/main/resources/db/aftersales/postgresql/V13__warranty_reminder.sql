-- aftersales schema version 13 for PostgreSQL: the expiry reminders of the units' warranty terms
-- (rule WA-4). One row per unit, component and term end: the key under which a reminder fires at
-- most once. fired_at is empty while the reminder is pending; a sweep fires it by a conditional
-- update of fired_at (its row count says which sweeper won). The partial index holds the pending
-- reminders only, ordered by due instant, so a sweep reads the due head without a scan of the
-- fired ones; the second holds the fired reminders whose events are not delivered yet.
CREATE TABLE ${prefix}warranty_reminder (
    unit_id       VARCHAR(64) COLLATE "C" NOT NULL,
    component_key VARCHAR(100) COLLATE "C" NOT NULL,
    term_end      DATE NOT NULL,
    estate_id     VARCHAR(64) COLLATE "C" NOT NULL,
    due_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fired_at      TIMESTAMP(6) WITH TIME ZONE,
    delivered     BOOLEAN NOT NULL,
    PRIMARY KEY (unit_id, component_key, term_end)
);

CREATE INDEX ${prefix}warranty_reminder_due_ix ON ${prefix}warranty_reminder (due_at, unit_id, component_key, term_end)
    WHERE fired_at IS NULL;
CREATE INDEX ${prefix}warranty_reminder_undelivered_ix ON ${prefix}warranty_reminder (fired_at)
    WHERE fired_at IS NOT NULL AND NOT delivered;

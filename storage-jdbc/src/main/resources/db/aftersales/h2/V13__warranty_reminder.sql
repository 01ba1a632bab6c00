-- aftersales schema version 13 for H2: the expiry reminders of the units' warranty terms (rule
-- WA-4). One row per unit, component and term end: the key under which a reminder fires at most
-- once. fired_at is empty while the reminder is pending; a sweep fires it by a conditional update
-- of fired_at (its row count says which sweeper won). The index leads with fired_at so that the
-- pending reminders (fired_at IS NULL) are read in due order, and the undelivered ones by firing.
CREATE TABLE ${prefix}warranty_reminder (
    unit_id       VARCHAR(64) NOT NULL,
    component_key VARCHAR(100) NOT NULL,
    term_end      DATE NOT NULL,
    estate_id     VARCHAR(64) NOT NULL,
    due_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fired_at      TIMESTAMP(6) WITH TIME ZONE,
    delivered     BOOLEAN NOT NULL,
    PRIMARY KEY (unit_id, component_key, term_end)
);

CREATE INDEX ${prefix}warranty_reminder_due_ix ON ${prefix}warranty_reminder (fired_at, due_at, unit_id, component_key, term_end);
CREATE INDEX ${prefix}warranty_reminder_undelivered_ix ON ${prefix}warranty_reminder (delivered, fired_at);

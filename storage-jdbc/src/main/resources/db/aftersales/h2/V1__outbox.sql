-- aftersales schema version 1 for H2 2.x: the outbox of domain events.
-- The placeholder prefix (written as a dollar sign and braces around the word) is the table
-- prefix, replaced by the built-in migrator and by Flyway (flyway.placeholders.prefix).
--
-- A command writes its domain events here in its own transaction; a publisher delivers them at
-- least once, each with its stable event_id, in seq order per aggregate. Events hold no personal
-- data (rule EU-4), so neither does the payload.
CREATE TABLE ${prefix}outbox (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     VARCHAR(64) NOT NULL,
    aggregate_id VARCHAR(64) NOT NULL,
    event_type   VARCHAR(128) NOT NULL,
    payload      CHARACTER LARGE OBJECT NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    available_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts     INTEGER DEFAULT 0 NOT NULL,
    last_failure VARCHAR(200),
    published_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT ${prefix}outbox_event_uk UNIQUE (event_id)
);

-- pending events in order (H2 has no partial index; NULL published_at sorts first)
CREATE INDEX ${prefix}outbox_pending_ix ON ${prefix}outbox (published_at, seq);

-- the events of one aggregate, in order
CREATE INDEX ${prefix}outbox_aggregate_ix ON ${prefix}outbox (aggregate_id, seq);

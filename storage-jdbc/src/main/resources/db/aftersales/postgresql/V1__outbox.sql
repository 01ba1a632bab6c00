-- aftersales schema version 1 for PostgreSQL: the outbox of domain events.
-- The placeholder prefix (written as a dollar sign and braces around the word) is the table
-- prefix, replaced by the built-in migrator and by Flyway (flyway.placeholders.prefix).
--
-- A command writes its domain events here in its own transaction; a publisher delivers them at
-- least once, each with its stable event_id, in seq order per aggregate. Events hold no personal
-- data (rule EU-4), so neither does the payload.
CREATE TABLE ${prefix}outbox (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     VARCHAR(64) COLLATE "C" NOT NULL,
    aggregate_id VARCHAR(64) COLLATE "C" NOT NULL,
    event_type   VARCHAR(128) NOT NULL,
    payload      TEXT NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    available_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_failure VARCHAR(200),
    published_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT ${prefix}outbox_event_uk UNIQUE (event_id)
);

-- pending events, in order: only the unpublished rows are indexed
CREATE INDEX ${prefix}outbox_pending_ix ON ${prefix}outbox (seq) WHERE published_at IS NULL;

-- purging published events older than a retention period
CREATE INDEX ${prefix}outbox_published_ix ON ${prefix}outbox (published_at) WHERE published_at IS NOT NULL;

-- the events of one aggregate, in order
CREATE INDEX ${prefix}outbox_aggregate_ix ON ${prefix}outbox (aggregate_id, seq);

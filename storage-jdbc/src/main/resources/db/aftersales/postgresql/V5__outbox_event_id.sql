-- aftersales schema version 5 for PostgreSQL: outbox event ids up to 200 characters, so that a
-- commitment event's id ('CF:' and its firing key, rule SL-9) always fits. No rewrite of the table.
ALTER TABLE ${prefix}outbox ALTER COLUMN event_id TYPE VARCHAR(200) COLLATE "C";

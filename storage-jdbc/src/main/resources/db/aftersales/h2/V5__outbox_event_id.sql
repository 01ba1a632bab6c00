-- aftersales schema version 5 for H2 2.x: outbox event ids up to 200 characters, so that a
-- commitment event's id ('CF:' and its firing key, rule SL-9) always fits.
ALTER TABLE ${prefix}outbox ALTER COLUMN event_id SET DATA TYPE VARCHAR(200);

-- aftersales schema version 6 for PostgreSQL: the outbox publisher's lease in a column of its own,
-- timed by the database's clock (so that publishers whose clocks disagree never take over each
-- other's claims); available_at keeps the publishers' clocks (first delivery, back-off). NULL when
-- no publisher holds the event. A nullable column without a default: no rewrite of the table.
ALTER TABLE ${prefix}outbox ADD COLUMN claimed_until TIMESTAMP(6) WITH TIME ZONE;

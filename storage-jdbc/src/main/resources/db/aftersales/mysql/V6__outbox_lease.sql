-- aftersales schema version 6 for MariaDB 10.3+ and MySQL 8: the outbox publisher's lease in a
-- column of its own (DATETIME(6) holding UTC), timed by the database's clock (so that publishers
-- whose clocks disagree never take over each other's claims); available_at keeps the publishers'
-- clocks (first delivery, back-off). NULL when no publisher holds the event.
ALTER TABLE ${prefix}outbox ADD COLUMN claimed_until DATETIME(6) NULL;

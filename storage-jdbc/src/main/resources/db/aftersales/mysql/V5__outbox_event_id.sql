-- aftersales schema version 5 for MariaDB 10.3+ and MySQL 8: outbox event ids up to 200
-- characters, so that a commitment event's id ('CF:' and its firing key, rule SL-9) always fits.
ALTER TABLE ${prefix}outbox MODIFY event_id VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

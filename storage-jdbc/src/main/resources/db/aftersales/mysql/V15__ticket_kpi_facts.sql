-- aftersales schema version 15 for MariaDB 10.3+ and MySQL 8: the first-cycle facts of a ticket that the measurement
-- queries read (rules MS-1, RP-6), kept in columns of its row. The ticket save writes them from the
-- timeline in the same statement as the rest of the row, and here they are derived once from the stored
-- timelines. Instants as the timeline stores them (to the microsecond):
--   cycle1_closed_at    the first closing (CLOSE) of cycle 1
--   cycle1_confirmed_at the first confirmed closure (CONFIRM_CLOSURE) of cycle 1
--   cycle1_called_at    the first recorded callback (RECORD_CALLBACK) of cycle 1
--   cycle1_validity     VALID or INVALID: the last classification of cycle 1, if any
--   reopened_at         the earliest reopening (REOPEN, any cycle) at or after cycle1_closed_at
-- Confirmed closures of a period are found by cycle1_confirmed_at, hence its index.
ALTER TABLE ${prefix}ticket ADD COLUMN cycle1_closed_at DATETIME(6) NULL;
ALTER TABLE ${prefix}ticket ADD COLUMN cycle1_confirmed_at DATETIME(6) NULL;
ALTER TABLE ${prefix}ticket ADD COLUMN cycle1_called_at DATETIME(6) NULL;
ALTER TABLE ${prefix}ticket ADD COLUMN cycle1_validity VARCHAR(16) NULL;
ALTER TABLE ${prefix}ticket ADD COLUMN reopened_at DATETIME(6) NULL;
UPDATE ${prefix}ticket SET
    cycle1_closed_at = (SELECT s.step_at FROM ${prefix}ticket_step s WHERE s.ticket_id = ${prefix}ticket.id
        AND s.seq = (SELECT MIN(f.seq) FROM ${prefix}ticket_step f WHERE f.ticket_id = ${prefix}ticket.id
            AND f.cycle = 1 AND f.step = 'CLOSE')),
    cycle1_confirmed_at = (SELECT s.step_at FROM ${prefix}ticket_step s WHERE s.ticket_id = ${prefix}ticket.id
        AND s.seq = (SELECT MIN(f.seq) FROM ${prefix}ticket_step f WHERE f.ticket_id = ${prefix}ticket.id
            AND f.cycle = 1 AND f.step = 'CONFIRM_CLOSURE')),
    cycle1_called_at = (SELECT s.step_at FROM ${prefix}ticket_step s WHERE s.ticket_id = ${prefix}ticket.id
        AND s.seq = (SELECT MIN(f.seq) FROM ${prefix}ticket_step f WHERE f.ticket_id = ${prefix}ticket.id
            AND f.cycle = 1 AND f.step = 'RECORD_CALLBACK')),
    cycle1_validity = (SELECT CASE WHEN s.step = 'CLASSIFY_VALID' THEN 'VALID' ELSE 'INVALID' END
        FROM ${prefix}ticket_step s WHERE s.ticket_id = ${prefix}ticket.id
        AND s.seq = (SELECT MAX(f.seq) FROM ${prefix}ticket_step f WHERE f.ticket_id = ${prefix}ticket.id
            AND f.cycle = 1 AND f.step IN ('CLASSIFY_VALID', 'CLASSIFY_INVALID')));
UPDATE ${prefix}ticket SET
    reopened_at = (SELECT MIN(r.step_at) FROM ${prefix}ticket_step r WHERE r.ticket_id = ${prefix}ticket.id
        AND r.step = 'REOPEN' AND r.step_at >= ${prefix}ticket.cycle1_closed_at)
    WHERE cycle1_closed_at IS NOT NULL;
CREATE INDEX ${prefix}ticket_confirmed_ix ON ${prefix}ticket (cycle1_confirmed_at);

-- aftersales schema version 7 for H2: indexes of the measurement queries (rules MS-1, MS-3,
-- RP-6). Confirmed closures and callbacks of a period are found by step and time; tickets received
-- in a period use the existing (reported_at, id) and (scope column, reported_at, id) indexes, their
-- commitments (ticket_id, ...) and their other steps the primary key (ticket_id, seq); breaches of a
-- period use the breached index of version 4.
CREATE INDEX ${prefix}ticket_step_kpi_ix ON ${prefix}ticket_step (step, step_at, ticket_id);

-- aftersales schema version 16 for PostgreSQL: a covering index for the response figures (rule MS-1).
-- The timely-response rate and the time to first response visit, for each ticket received in the
-- period, its response commitments of cycle 1 and read their status and stop. This index holds all
-- of these, so each visit can be answered from the index (an index-only scan, for the pages that
-- the visibility map marks all-visible) instead of reading the wide commitment row, or PostgreSQL
-- scanning the whole commitment table. The cost is on writes: one more index entry per new
-- commitment, and per update that changes its status or stop (included columns, like key columns,
-- rule out a heap-only update; most such updates change an indexed column already, the next check).
CREATE INDEX ${prefix}commitment_response_ix ON ${prefix}commitment (ticket_id, cycle, term_key)
    INCLUDE (status, stopped_ns);

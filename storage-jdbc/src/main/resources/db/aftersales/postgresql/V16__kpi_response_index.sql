-- aftersales schema version 16 for PostgreSQL: a covering index for the response figures (rule MS-1).
-- The timely-response rate and the time to first response visit, for each ticket received in the
-- period, its response commitments of cycle 1 and read their status and stop. With this index that
-- is one index-only probe per ticket instead of a read of the wide commitment row (or a scan of the
-- whole commitment table). The included columns are not keys, so a commitment's status and stop change
-- the index entry only when the row itself moves.
CREATE INDEX ${prefix}commitment_response_ix ON ${prefix}commitment (ticket_id, cycle, term_key)
    INCLUDE (status, stopped_ns);

-- aftersales schema version 16 for H2 2.x: a covering index for the response figures (rule MS-1). The
-- timely-response rate and the time to first response visit, for each ticket received in the period,
-- its response commitments of cycle 1 and read their status and stop, all of which the index holds.
CREATE INDEX ${prefix}commitment_response_ix ON ${prefix}commitment (ticket_id, cycle, term_key, status, stopped_ns);

-- aftersales schema version 16 for MariaDB 10.3+ and MySQL 8: a covering index for the response
-- figures (rule MS-1). The timely-response rate and the time to first response visit, for each
-- ticket received in the period, its response commitments of cycle 1 and read their status and
-- stop; with all of these in the index, InnoDB can answer each visit from the index alone. The cost
-- is one more index entry to write per new commitment and per change of its status or stop.
CREATE INDEX ${prefix}commitment_response_ix ON ${prefix}commitment (ticket_id, cycle, term_key, status, stopped_ns);

-- aftersales schema version 12 for PostgreSQL: stored warranty terms of handed-over units (rule WA-4).
-- warranty_term: one row per unit and component with the first date its term no longer covers;
-- derived at handover and when the estate's settings change. The index on term_end serves the
-- query of the terms ending in a period.
CREATE TABLE ${prefix}warranty_term (
    unit_id       VARCHAR(64) COLLATE "C" NOT NULL,
    estate_id     VARCHAR(64) COLLATE "C" NOT NULL,
    component_key VARCHAR(100) COLLATE "C" NOT NULL,
    term_end      DATE NOT NULL,
    PRIMARY KEY (unit_id, component_key)
);

CREATE INDEX ${prefix}warranty_term_end_ix ON ${prefix}warranty_term (term_end, unit_id, component_key);

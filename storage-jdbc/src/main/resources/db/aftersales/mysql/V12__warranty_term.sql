-- aftersales schema version 12 for MariaDB 10.3+ and MySQL 8: stored warranty terms of handed-over
-- units (rule WA-4). warranty_term: one row per unit and component with the first date its term
-- no longer covers; derived at handover and when the estate's settings change. The index on
-- term_end serves the query of the terms ending in a period.
CREATE TABLE ${prefix}warranty_term (
    unit_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    estate_id     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    component_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    term_end      DATE NOT NULL,
    PRIMARY KEY (unit_id, component_key),
    KEY ${prefix}warranty_term_end_ix (term_end, unit_id, component_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

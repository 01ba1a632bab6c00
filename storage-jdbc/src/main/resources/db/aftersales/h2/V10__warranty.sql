-- aftersales schema version 10 for H2: warranties (rules WA-1, WA-2, WA-5, WA-6).
-- warranty_settings: one row per estate (id = estate id) with its scalar settings; seasons are
-- month-days as text (--11-15). warranty_settings_entry: its building acceptance dates
-- (entry_kind BUILDING, entry_key = building id), the developer's grants (GRANT, component key,
-- period in the catalogue notation 5y, 18m, 2seasons) and its own components (OWN, with names).
-- warranty_decision: the append-only decisions recorded on tickets, numbered per ticket from 1;
-- the staff member's recorded reason is personal (passed through the PersonalDataCodec).
CREATE TABLE ${prefix}warranty_settings (
    id                    VARCHAR(64) NOT NULL PRIMARY KEY,
    completion_acceptance DATE,
    heating_start         VARCHAR(8),
    heating_end           VARCHAR(8),
    cooling_start         VARCHAR(8),
    cooling_end           VARCHAR(8),
    design_life_years     INTEGER,
    version               BIGINT NOT NULL
);

CREATE TABLE ${prefix}warranty_settings_entry (
    estate_id   VARCHAR(64) NOT NULL,
    entry_kind  VARCHAR(16) NOT NULL,
    entry_key   VARCHAR(100) NOT NULL,
    acceptance  DATE,
    period      VARCHAR(32),
    name_en     CHARACTER VARYING,
    name_zh     CHARACTER VARYING,
    PRIMARY KEY (estate_id, entry_kind, entry_key)
);

CREATE TABLE ${prefix}warranty_decision (
    ticket_id       VARCHAR(64) NOT NULL,
    seq             INTEGER NOT NULL,
    outcome         VARCHAR(16) NOT NULL,
    component_key   VARCHAR(100) NOT NULL,
    component_en    CHARACTER VARYING NOT NULL,
    component_zh    CHARACTER VARYING NOT NULL,
    defect_date     DATE NOT NULL,
    handover        DATE,
    term_start      DATE,
    term_end        DATE,
    term_decided_by VARCHAR(16),
    exclusion       VARCHAR(32),
    reason          CHARACTER VARYING,                          -- personal
    actor_kind      VARCHAR(16) NOT NULL,
    actor_id        VARCHAR(64) NOT NULL,
    decided_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, seq)
);

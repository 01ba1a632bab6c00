-- aftersales schema version 3 for PostgreSQL: tickets and their timelines.
-- Every query of the SPI filters one column and orders by reported_at, then id: each has an
-- index on (that column, reported_at, id). The open/closed filter reads the state column.
-- Personal data (EU-4) sits in its own columns, marked "personal", passed through the configured
-- PersonalDataCodec: the non-owner contact's name and phone, and the free texts a person may
-- write (description, step notes).

CREATE TABLE ${prefix}ticket (
    id                     VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
    kind                   VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16),
    severity               VARCHAR(16),
    location_kind          VARCHAR(16) NOT NULL,   -- UNIT, BUILDING_AREA or ESTATE_AREA
    estate_id              VARCHAR(64) COLLATE "C" NOT NULL,
    building_id            VARCHAR(64) COLLATE "C",
    unit_id                VARCHAR(64) COLLATE "C",
    location_description   VARCHAR(200),
    reporter_kind          VARCHAR(16) NOT NULL,   -- OWNER, CONTACT or STAFF
    owner_id               VARCHAR(64) COLLATE "C",
    reporter_staff_id      VARCHAR(64) COLLATE "C",
    contact_name           VARCHAR(500),           -- personal
    contact_phone          VARCHAR(500),           -- personal
    description            TEXT NOT NULL,          -- personal
    receiving_unit         VARCHAR(64) COLLATE "C" NOT NULL,
    reported_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                  VARCHAR(32) NOT NULL,
    cycle                  INTEGER NOT NULL,
    responsible_department VARCHAR(64) COLLATE "C",
    responsible_staff_id   VARCHAR(64) COLLATE "C",
    waiting_from           VARCHAR(32),
    waiting_reason         VARCHAR(32),
    version                BIGINT NOT NULL
);
CREATE INDEX ${prefix}ticket_unit_ix ON ${prefix}ticket (unit_id, reported_at, id);
CREATE INDEX ${prefix}ticket_owner_ix ON ${prefix}ticket (owner_id, reported_at, id);
CREATE INDEX ${prefix}ticket_building_ix ON ${prefix}ticket (building_id, reported_at, id);
CREATE INDEX ${prefix}ticket_estate_ix ON ${prefix}ticket (estate_id, reported_at, id);
CREATE INDEX ${prefix}ticket_state_ix ON ${prefix}ticket (state, reported_at, id);
CREATE INDEX ${prefix}ticket_department_ix ON ${prefix}ticket (responsible_department, reported_at, id);
CREATE INDEX ${prefix}ticket_reported_ix ON ${prefix}ticket (reported_at, id);

CREATE TABLE ${prefix}ticket_step (
    ticket_id       VARCHAR(64) COLLATE "C" NOT NULL,
    seq             INTEGER NOT NULL,
    cycle           INTEGER NOT NULL,
    step_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    step            VARCHAR(32) NOT NULL,
    from_state      VARCHAR(32),
    to_state        VARCHAR(32) NOT NULL,
    actor_kind      VARCHAR(16) NOT NULL,
    actor_id        VARCHAR(64) COLLATE "C" NOT NULL,
    department_id   VARCHAR(64) COLLATE "C",
    staff_id        VARCHAR(64) COLLATE "C",
    agreed_time     TIMESTAMP(6) WITH TIME ZONE,
    validity        VARCHAR(16),
    waiting_reason  VARCHAR(32),
    callback_method VARCHAR(16),
    satisfaction    INTEGER,
    note            TEXT,                          -- personal
    CONSTRAINT ${prefix}ticket_step_pk PRIMARY KEY (ticket_id, seq),
    CONSTRAINT ${prefix}ticket_step_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ${prefix}ticket (id) ON DELETE CASCADE
);

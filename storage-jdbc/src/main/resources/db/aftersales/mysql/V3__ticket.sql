-- aftersales schema version 3 for MariaDB 10.3+ and MySQL 8: tickets and their timelines.
-- Every query of the SPI filters one column and orders by reported_at, then id: each has an
-- index on (that column, reported_at, id). The open/closed filter reads the state column.
-- Instants are DATETIME(6) holding UTC.
-- Personal data (EU-4) sits in its own columns, marked "personal", passed through the configured
-- PersonalDataCodec: the non-owner contact's name and phone, and the free texts a person may
-- write (description, step notes).

CREATE TABLE ${prefix}ticket (
    id                     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind                   VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16) NULL,
    severity               VARCHAR(16) NULL,
    location_kind          VARCHAR(16) NOT NULL,   -- UNIT, BUILDING_AREA or ESTATE_AREA
    estate_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    building_id            VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    unit_id                VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    location_description   VARCHAR(200) NULL,
    reporter_kind          VARCHAR(16) NOT NULL,   -- OWNER, CONTACT or STAFF
    owner_id               VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    reporter_staff_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    contact_name           VARCHAR(500) NULL,      -- personal
    contact_phone          VARCHAR(500) NULL,      -- personal
    description            TEXT NOT NULL,          -- personal
    receiving_unit         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reported_at            DATETIME(6) NOT NULL,
    state                  VARCHAR(32) NOT NULL,
    cycle                  INT NOT NULL,
    responsible_department VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    responsible_staff_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    waiting_from           VARCHAR(32) NULL,
    waiting_reason         VARCHAR(32) NULL,
    version                BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY ${prefix}ticket_unit_ix (unit_id, reported_at, id),
    KEY ${prefix}ticket_owner_ix (owner_id, reported_at, id),
    KEY ${prefix}ticket_building_ix (building_id, reported_at, id),
    KEY ${prefix}ticket_estate_ix (estate_id, reported_at, id),
    KEY ${prefix}ticket_state_ix (state, reported_at, id),
    KEY ${prefix}ticket_department_ix (responsible_department, reported_at, id),
    KEY ${prefix}ticket_reported_ix (reported_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}ticket_step (
    ticket_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seq             INT NOT NULL,
    cycle           INT NOT NULL,
    step_at         DATETIME(6) NOT NULL,
    step            VARCHAR(32) NOT NULL,
    from_state      VARCHAR(32) NULL,
    to_state        VARCHAR(32) NOT NULL,
    actor_kind      VARCHAR(16) NOT NULL,
    actor_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    department_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    staff_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    agreed_time     DATETIME(6) NULL,
    validity        VARCHAR(16) NULL,
    waiting_reason  VARCHAR(32) NULL,
    callback_method VARCHAR(16) NULL,
    satisfaction    INT NULL,
    note            TEXT NULL,                     -- personal
    PRIMARY KEY (ticket_id, seq),
    CONSTRAINT ${prefix}ticket_step_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ${prefix}ticket (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

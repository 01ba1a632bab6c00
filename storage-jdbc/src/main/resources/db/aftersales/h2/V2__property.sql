-- aftersales schema version 2 for H2 2.x: estates, plots, buildings, units (rules EU-1, EU-2),
-- owners with their profiles and ownerships (EU-3).
-- Identifiers compare by code point (H2's default), as Java's String order. Every list query of
-- the SPI has an index that serves its filter and its order (id, or date then id).
-- Personal data (EU-3, EU-4) sits in its own columns, marked "personal": the library passes them
-- through the configured PersonalDataCodec, so an integrator can encrypt or mask them; they are
-- sized for an AES-GCM ciphertext in base64. No personal column has a unique constraint, so no
-- duplicate-key message can quote one.

CREATE TABLE ${prefix}estate (
    id      VARCHAR(64) NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE ${prefix}plot (
    id        VARCHAR(64) NOT NULL PRIMARY KEY,
    estate_id VARCHAR(64) NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   BIGINT NOT NULL
);
CREATE INDEX ${prefix}plot_estate_ix ON ${prefix}plot (estate_id, id);

CREATE TABLE ${prefix}building (
    id        VARCHAR(64) NOT NULL PRIMARY KEY,
    estate_id VARCHAR(64) NOT NULL,
    plot_id   VARCHAR(64) NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   BIGINT NOT NULL
);
CREATE INDEX ${prefix}building_plot_ix ON ${prefix}building (plot_id, id);
CREATE INDEX ${prefix}building_estate_ix ON ${prefix}building (estate_id, id);

CREATE TABLE ${prefix}unit (
    id                   VARCHAR(64) NOT NULL PRIMARY KEY,
    estate_id            VARCHAR(64) NOT NULL,
    plot_id              VARCHAR(64) NOT NULL,
    building_id          VARCHAR(64) NOT NULL,
    unit_number          VARCHAR(32) NOT NULL,
    unit_kind            VARCHAR(32) NOT NULL,
    area                 DECIMAL(9, 2) NOT NULL,
    unit_usage           VARCHAR(32) NOT NULL,
    unit_condition       VARCHAR(32) NOT NULL,
    current_ownership_id VARCHAR(64),
    version              BIGINT NOT NULL
);
CREATE INDEX ${prefix}unit_building_ix ON ${prefix}unit (building_id, id);
CREATE INDEX ${prefix}unit_plot_ix ON ${prefix}unit (plot_id, id);
CREATE INDEX ${prefix}unit_estate_ix ON ${prefix}unit (estate_id, id);

CREATE TABLE ${prefix}owner (
    id                  VARCHAR(64) NOT NULL PRIMARY KEY,
    name                VARCHAR(500) NOT NULL,  -- personal
    age                 INTEGER,
    occupation          VARCHAR(500),           -- personal
    employer            VARCHAR(500),           -- personal
    household_size      INTEGER,
    household_structure VARCHAR(32),
    phones              VARCHAR(500) NOT NULL,  -- personal: numbers joined by commas
    id_card_number      VARCHAR(500),           -- personal
    origin              VARCHAR(32) NOT NULL,
    property_right_type VARCHAR(32) NOT NULL,
    payment_status      VARCHAR(32) NOT NULL,
    version             BIGINT NOT NULL
);

CREATE TABLE ${prefix}owner_item (
    owner_id    VARCHAR(64) NOT NULL,
    position    INTEGER NOT NULL,
    reference   VARCHAR(64) NOT NULL,
    item_kind   VARCHAR(32) NOT NULL,
    description CHARACTER VARYING NOT NULL,                  -- personal
    CONSTRAINT ${prefix}owner_item_pk PRIMARY KEY (owner_id, position),
    CONSTRAINT ${prefix}owner_item_owner_fk FOREIGN KEY (owner_id) REFERENCES ${prefix}owner (id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}ownership (
    id                  VARCHAR(64) NOT NULL PRIMARY KEY,
    unit_id             VARCHAR(64) NOT NULL,
    contract_signed_on  DATE NOT NULL,
    previous_id         VARCHAR(64),
    handed_over_on      DATE,
    handed_over_by_kind VARCHAR(16),
    handed_over_by_id   VARCHAR(64),
    ended_on            DATE,
    successor_id        VARCHAR(64),
    version             BIGINT NOT NULL
);
CREATE INDEX ${prefix}ownership_unit_ix ON ${prefix}ownership (unit_id, contract_signed_on, id);

CREATE TABLE ${prefix}ownership_owner (
    ownership_id      VARCHAR(64) NOT NULL,
    position          INTEGER NOT NULL,
    owner_id          VARCHAR(64) NOT NULL,
    share_numerator   INTEGER NOT NULL,
    share_denominator INTEGER NOT NULL,
    CONSTRAINT ${prefix}ownership_owner_pk PRIMARY KEY (ownership_id, position),
    CONSTRAINT ${prefix}ownership_owner_fk FOREIGN KEY (ownership_id) REFERENCES ${prefix}ownership (id) ON DELETE CASCADE
);
CREATE INDEX ${prefix}ownership_owner_owner_ix ON ${prefix}ownership_owner (owner_id, ownership_id);

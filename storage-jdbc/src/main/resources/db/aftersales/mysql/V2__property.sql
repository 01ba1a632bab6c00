-- aftersales schema version 2 for MariaDB 10.3+ and MySQL 8: estates, plots, buildings, units
-- (rules EU-1, EU-2), owners with their profiles and ownerships (EU-3).
-- Identifiers are ASCII compared byte by byte (ascii_bin), as Java's String order. Every list
-- query of the SPI has an index that serves its filter and its order (id, or date then id);
-- indexes and keys are declared inside CREATE TABLE.
-- Personal data (EU-3, EU-4) sits in its own columns, marked "personal": the library passes them
-- through the configured PersonalDataCodec, so an integrator can encrypt or mask them; they are
-- sized for an AES-GCM ciphertext in base64. No personal column has a unique constraint, so no
-- duplicate-key message can quote one.

CREATE TABLE ${prefix}estate (
    id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name    VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}plot (
    id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    estate_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY ${prefix}plot_estate_ix (estate_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}building (
    id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    estate_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    plot_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name      VARCHAR(100) NOT NULL,
    version   BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY ${prefix}building_plot_ix (plot_id, id),
    KEY ${prefix}building_estate_ix (estate_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}unit (
    id                   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    estate_id            VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    plot_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    building_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_number          VARCHAR(32) NOT NULL,
    unit_kind            VARCHAR(32) NOT NULL,
    area                 DECIMAL(9, 2) NOT NULL,
    unit_usage           VARCHAR(32) NOT NULL,
    unit_condition       VARCHAR(32) NOT NULL,
    current_ownership_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    version              BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY ${prefix}unit_building_ix (building_id, id),
    KEY ${prefix}unit_plot_ix (plot_id, id),
    KEY ${prefix}unit_estate_ix (estate_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}owner (
    id                  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name                VARCHAR(500) NOT NULL,  -- personal
    age                 INT NULL,
    occupation          VARCHAR(500) NULL,      -- personal
    employer            VARCHAR(500) NULL,      -- personal
    household_size      INT NULL,
    household_structure VARCHAR(32) NULL,
    phones              VARCHAR(500) NOT NULL,  -- personal: numbers joined by commas
    id_card_number      VARCHAR(500) NULL,      -- personal
    origin              VARCHAR(32) NOT NULL,
    property_right_type VARCHAR(32) NOT NULL,
    payment_status      VARCHAR(32) NOT NULL,
    version             BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}owner_item (
    owner_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position    INT NOT NULL,
    reference   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    item_kind   VARCHAR(32) NOT NULL,
    description TEXT NOT NULL,                  -- personal
    PRIMARY KEY (owner_id, position),
    CONSTRAINT ${prefix}owner_item_owner_fk FOREIGN KEY (owner_id) REFERENCES ${prefix}owner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}ownership (
    id                  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id             VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    contract_signed_on  DATE NOT NULL,
    previous_id         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    handed_over_on      DATE NULL,
    handed_over_by_kind VARCHAR(16) NULL,
    handed_over_by_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ended_on            DATE NULL,
    successor_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    version             BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY ${prefix}ownership_unit_ix (unit_id, contract_signed_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ${prefix}ownership_owner (
    ownership_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position          INT NOT NULL,
    owner_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    share_numerator   INT NOT NULL,
    share_denominator INT NOT NULL,
    PRIMARY KEY (ownership_id, position),
    KEY ${prefix}ownership_owner_owner_ix (owner_id, ownership_id),
    CONSTRAINT ${prefix}ownership_owner_fk FOREIGN KEY (ownership_id) REFERENCES ${prefix}ownership (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

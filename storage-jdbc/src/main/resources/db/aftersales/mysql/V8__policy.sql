-- aftersales schema version 8 for MariaDB 10.3+ and MySQL 8: service policy versions (rule SL-13).
-- Every registered version is one row, never updated or deleted; the primary key (policy_id, version)
-- lets exactly one of two concurrent registrations of a version in. The document is the policy's
-- text form. Identifiers compare byte by byte (ascii_bin).
CREATE TABLE ${prefix}policy_version (
    policy_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version            INT NOT NULL,
    document           MEDIUMTEXT NOT NULL,
    registered_by_kind VARCHAR(16) NOT NULL,
    registered_by_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registered_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (policy_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
-- findOpenByPolicy: the running commitments a new version of a policy would change (preview)
CREATE INDEX ${prefix}commitment_policy_ix ON ${prefix}commitment (policy_id, stopped_ns, started_ns, id);

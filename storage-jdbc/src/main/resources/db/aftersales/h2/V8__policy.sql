-- aftersales schema version 8 for H2 2.x: service policy versions (rule SL-13). Every registered
-- version is one row, never updated or deleted; the primary key (policy_id, version) lets exactly one
-- of two concurrent registrations of a version in. The document is the policy's text form.
CREATE TABLE ${prefix}policy_version (
    policy_id          VARCHAR(64) NOT NULL,
    version            INT NOT NULL,
    document           CHARACTER VARYING NOT NULL,
    registered_by_kind VARCHAR(16) NOT NULL,
    registered_by_id   VARCHAR(64) NOT NULL,
    registered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (policy_id, version)
);
-- findOpenByPolicy: the running commitments a new version of a policy would change (preview)
CREATE INDEX ${prefix}commitment_policy_ix ON ${prefix}commitment (policy_id, stopped_ns, started_ns, id);

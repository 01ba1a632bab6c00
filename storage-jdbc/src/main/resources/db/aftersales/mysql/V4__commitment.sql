-- aftersales schema version 4 for MariaDB 10.3+ and MySQL 8: service commitments (rules
-- SL-6..SL-16), their fired warnings, breaches and escalations, and the outbox of those events.
-- Indexes are declared with their tables (see V1). Identifiers compare byte by byte (ascii_bin).
--
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (columns ending in _ns): the engine
-- schedules a breach one nanosecond after the deadline (SL-9) and percent warnings to the
-- nanosecond (SL-8), which a DATETIME(6) column would move. Read one as a UTC date-time with
-- FROM_UNIXTIME(next_check_ns DIV 1000) after SET time_zone = '+00:00'. Range: 1677-09-21 to
-- 2262-04-11. Commitments hold identifiers, enums and instants only, never personal data (EU-4).

CREATE TABLE ${prefix}commitment (
    id                     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ticket_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cycle                  INT NOT NULL,
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16) NULL,
    severity               VARCHAR(16) NULL,
    estate_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    building_id            VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    unit_id                VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    receiving_unit         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    responsible_department VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    policy_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    policy_version         INT NOT NULL,
    term_key               VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    calendar_id            VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    calendar_version       VARCHAR(200) NULL,
    status                 VARCHAR(16) NOT NULL,
    started_ns             BIGINT NOT NULL,
    deadline_ns            BIGINT NULL,
    stopped_ns             BIGINT NULL,            -- NULL while open
    breached_ns            BIGINT NULL,
    next_check_ns          BIGINT NULL,            -- NULL when nothing can fire any more
    history                MEDIUMTEXT NOT NULL,    -- CommitmentCodec.encodeHistory
    firings                MEDIUMTEXT NOT NULL,    -- CommitmentCodec.encodeFirings
    claimed_by             VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NULL,
    claimed_until_ns       BIGINT NULL,
    version                BIGINT NOT NULL,
    PRIMARY KEY (id),
    -- claimDue: the due head, earliest next check first
    KEY ${prefix}commitment_next_check_ix (next_check_ns, id),
    -- findByTicket
    KEY ${prefix}commitment_ticket_ix (ticket_id, started_ns, id),
    -- findOpenByCalendar (SL-14): stopped_ns IS NULL is an equality on the index
    KEY ${prefix}commitment_calendar_ix (calendar_id, stopped_ns, started_ns, id),
    -- find(DUE in a period), alone or narrowed by estate or department (MS-1)
    KEY ${prefix}commitment_deadline_ix (deadline_ns),
    KEY ${prefix}commitment_estate_due_ix (estate_id, deadline_ns),
    KEY ${prefix}commitment_department_due_ix (responsible_department, deadline_ns),
    -- find(BREACHED in a period)
    KEY ${prefix}commitment_breached_ix (breached_ns)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Each warning, breach and escalation, recorded exactly once under its key (commitment, cycle,
-- kind, level) together with the commitment's update; undelivered rows are the outbox of
-- commitment events, delivered at least once under the stable event id 'CF:' + event_key.
CREATE TABLE ${prefix}commitment_firing (
    commitment_id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cycle                  INT NOT NULL,
    kind                   VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    level                  INT NOT NULL,
    event_key              VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ticket_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    policy_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    policy_version         INT NOT NULL,
    term_key               VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    scheduled_ns           BIGINT NOT NULL,
    recorded_ns            BIGINT NOT NULL,
    deadline_ns            BIGINT NULL,
    recipients             TEXT NOT NULL,          -- space-separated department:<id> / role:<id>
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16) NULL,
    severity               VARCHAR(16) NULL,
    estate_id              VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    building_id            VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    unit_id                VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    receiving_unit         VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    responsible_department VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    delivered              BOOLEAN NOT NULL,
    PRIMARY KEY (commitment_id, cycle, kind, level),
    -- findUndelivered: the outbox, oldest record first
    KEY ${prefix}commitment_firing_pending_ix (delivered, recorded_ns, scheduled_ns, event_key),
    -- find(WARNED in a period)
    KEY ${prefix}commitment_firing_warned_ix (kind, scheduled_ns, commitment_id),
    CONSTRAINT ${prefix}commitment_firing_fk FOREIGN KEY (commitment_id)
        REFERENCES ${prefix}commitment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

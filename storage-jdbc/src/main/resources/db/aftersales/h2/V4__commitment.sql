-- aftersales schema version 4 for H2 2.x: service commitments (rules SL-6..SL-16), their fired
-- warnings, breaches and escalations, and the outbox of those events.
--
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (columns ending in _ns): the engine
-- schedules a breach one nanosecond after the deadline (SL-9) and percent warnings to the
-- nanosecond (SL-8), which a TIMESTAMP(6) column would move. Range: 1677-09-21 to 2262-04-11.
-- Commitments hold identifiers, enums and instants only, never personal data (EU-4).

CREATE TABLE ${prefix}commitment (
    id                     VARCHAR(64) NOT NULL PRIMARY KEY,
    ticket_id              VARCHAR(64) NOT NULL,
    cycle                  INTEGER NOT NULL,
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16),
    severity               VARCHAR(16),
    estate_id              VARCHAR(64) NOT NULL,
    building_id            VARCHAR(64),
    unit_id                VARCHAR(64),
    receiving_unit         VARCHAR(64) NOT NULL,
    responsible_department VARCHAR(64),
    policy_id              VARCHAR(64) NOT NULL,
    policy_version         INTEGER NOT NULL,
    term_key               VARCHAR(64) NOT NULL,
    calendar_id            VARCHAR(64),
    calendar_version       VARCHAR(200),
    status                 VARCHAR(16) NOT NULL,
    started_ns             BIGINT NOT NULL,
    deadline_ns            BIGINT,
    stopped_ns             BIGINT,                 -- NULL while open
    breached_ns            BIGINT,
    next_check_ns          BIGINT,                 -- NULL when nothing can fire any more
    history                CHARACTER VARYING NOT NULL,   -- CommitmentCodec.encodeHistory
    firings                CHARACTER VARYING NOT NULL,   -- CommitmentCodec.encodeFirings
    claimed_by             VARCHAR(200),
    claimed_until_ns       BIGINT,
    version                BIGINT NOT NULL
);
-- claimDue: the due head, earliest next check first
CREATE INDEX ${prefix}commitment_next_check_ix ON ${prefix}commitment (next_check_ns, id);
-- findByTicket
CREATE INDEX ${prefix}commitment_ticket_ix ON ${prefix}commitment (ticket_id, started_ns, id);
-- findOpenByCalendar (SL-14)
CREATE INDEX ${prefix}commitment_calendar_ix ON ${prefix}commitment (calendar_id, stopped_ns, started_ns, id);
-- find(DUE in a period), alone or narrowed by estate or department (MS-1)
CREATE INDEX ${prefix}commitment_deadline_ix ON ${prefix}commitment (deadline_ns);
CREATE INDEX ${prefix}commitment_estate_due_ix ON ${prefix}commitment (estate_id, deadline_ns);
CREATE INDEX ${prefix}commitment_department_due_ix ON ${prefix}commitment (responsible_department, deadline_ns);
-- find(BREACHED in a period)
CREATE INDEX ${prefix}commitment_breached_ix ON ${prefix}commitment (breached_ns);

-- Each warning, breach and escalation, recorded exactly once under its key (commitment, cycle,
-- kind, level) together with the commitment's update; undelivered rows are the outbox of
-- commitment events, delivered at least once under the stable event id 'CF:' || event_key.
CREATE TABLE ${prefix}commitment_firing (
    commitment_id          VARCHAR(64) NOT NULL,
    cycle                  INTEGER NOT NULL,
    kind                   VARCHAR(16) NOT NULL,
    level                  INTEGER NOT NULL,
    event_key              VARCHAR(128) NOT NULL,
    ticket_id              VARCHAR(64) NOT NULL,
    policy_id              VARCHAR(64) NOT NULL,
    policy_version         INTEGER NOT NULL,
    term_key               VARCHAR(64) NOT NULL,
    scheduled_ns           BIGINT NOT NULL,
    recorded_ns            BIGINT NOT NULL,
    deadline_ns            BIGINT,
    recipients             CHARACTER VARYING NOT NULL,   -- space-separated department:<id> / role:<id>
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16),
    severity               VARCHAR(16),
    estate_id              VARCHAR(64) NOT NULL,
    building_id            VARCHAR(64),
    unit_id                VARCHAR(64),
    receiving_unit         VARCHAR(64) NOT NULL,
    responsible_department VARCHAR(64),
    delivered              BOOLEAN NOT NULL,
    CONSTRAINT ${prefix}commitment_firing_pk PRIMARY KEY (commitment_id, cycle, kind, level),
    CONSTRAINT ${prefix}commitment_firing_fk FOREIGN KEY (commitment_id)
        REFERENCES ${prefix}commitment (id) ON DELETE CASCADE
);
-- findUndelivered: the outbox, oldest record first
CREATE INDEX ${prefix}commitment_firing_pending_ix ON ${prefix}commitment_firing (delivered, recorded_ns, scheduled_ns, event_key);
-- find(WARNED in a period)
CREATE INDEX ${prefix}commitment_firing_warned_ix ON ${prefix}commitment_firing (kind, scheduled_ns, commitment_id);

-- aftersales schema version 4 for PostgreSQL: service commitments (rules SL-6..SL-16), their fired
-- warnings, breaches and escalations, and the outbox of those events.
--
-- Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z (columns ending in _ns): the engine
-- schedules a breach one nanosecond after the deadline (SL-9) and percent warnings to the
-- nanosecond (SL-8), which a TIMESTAMP(6) column would move. Read one as a timestamp with
-- to_timestamp(next_check_ns / 1e9). Range: 1677-09-21 to 2262-04-11.
-- Commitments hold identifiers, enums and instants only, never personal data (EU-4).

CREATE TABLE ${prefix}commitment (
    id                     VARCHAR(64) COLLATE "C" NOT NULL PRIMARY KEY,
    ticket_id              VARCHAR(64) COLLATE "C" NOT NULL,
    cycle                  INTEGER NOT NULL,
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16),
    severity               VARCHAR(16),
    estate_id              VARCHAR(64) COLLATE "C" NOT NULL,
    building_id            VARCHAR(64) COLLATE "C",
    unit_id                VARCHAR(64) COLLATE "C",
    receiving_unit         VARCHAR(64) COLLATE "C" NOT NULL,
    responsible_department VARCHAR(64) COLLATE "C",
    policy_id              VARCHAR(64) COLLATE "C" NOT NULL,
    policy_version         INTEGER NOT NULL,
    term_key               VARCHAR(64) COLLATE "C" NOT NULL,
    calendar_id            VARCHAR(64) COLLATE "C",
    calendar_version       VARCHAR(200),
    status                 VARCHAR(16) NOT NULL,
    started_ns             BIGINT NOT NULL,
    deadline_ns            BIGINT,
    stopped_ns             BIGINT,                 -- NULL while open
    breached_ns            BIGINT,
    next_check_ns          BIGINT,                 -- NULL when nothing can fire any more
    history                TEXT NOT NULL,          -- CommitmentCodec.encodeHistory
    firings                TEXT NOT NULL,          -- CommitmentCodec.encodeFirings
    claimed_by             VARCHAR(200),           -- the sweeper holding a claim, or NULL
    claimed_until_ns       BIGINT,                 -- when that claim lapses
    version                BIGINT NOT NULL
) WITH (fillfactor = 70);
-- fillfactor: a claim changes only the claim columns, which no index holds, so with room on the
-- page it is a heap-only (HOT) update that adds no index entry for sweeps to step over.
-- claimDue: the due head of the open commitments, earliest next check first
CREATE INDEX ${prefix}commitment_next_check_ix ON ${prefix}commitment (next_check_ns, id)
    WHERE next_check_ns IS NOT NULL;
-- findByTicket
CREATE INDEX ${prefix}commitment_ticket_ix ON ${prefix}commitment (ticket_id, started_ns, id);
-- findOpenByCalendar (SL-14)
CREATE INDEX ${prefix}commitment_calendar_ix ON ${prefix}commitment (calendar_id, started_ns, id)
    WHERE stopped_ns IS NULL;
-- find(DUE in a period), alone or narrowed by estate or department (MS-1); building and ticket
-- kind narrow the rows of the period
CREATE INDEX ${prefix}commitment_deadline_ix ON ${prefix}commitment (deadline_ns);
CREATE INDEX ${prefix}commitment_estate_due_ix ON ${prefix}commitment (estate_id, deadline_ns);
CREATE INDEX ${prefix}commitment_department_due_ix ON ${prefix}commitment (responsible_department, deadline_ns);
-- find(BREACHED in a period)
CREATE INDEX ${prefix}commitment_breached_ix ON ${prefix}commitment (breached_ns)
    WHERE breached_ns IS NOT NULL;

-- Each warning, breach and escalation, recorded exactly once under its key (commitment, cycle,
-- kind, level) together with the commitment's update; undelivered rows are the outbox of
-- commitment events, delivered at least once under the stable event id 'CF:' || event_key.
CREATE TABLE ${prefix}commitment_firing (
    commitment_id          VARCHAR(64) COLLATE "C" NOT NULL,
    cycle                  INTEGER NOT NULL,
    kind                   VARCHAR(16) NOT NULL,   -- WARNING, BREACH or ESCALATION
    level                  INTEGER NOT NULL,
    event_key              VARCHAR(128) COLLATE "C" NOT NULL,   -- commitment:cycle:kind:level
    ticket_id              VARCHAR(64) COLLATE "C" NOT NULL,
    policy_id              VARCHAR(64) COLLATE "C" NOT NULL,
    policy_version         INTEGER NOT NULL,
    term_key               VARCHAR(64) COLLATE "C" NOT NULL,
    scheduled_ns           BIGINT NOT NULL,
    recorded_ns            BIGINT NOT NULL,
    deadline_ns            BIGINT,
    recipients             TEXT NOT NULL,          -- space-separated department:<id> / role:<id>
    ticket_kind            VARCHAR(16) NOT NULL,
    channel                VARCHAR(32) NOT NULL,
    urgency                VARCHAR(16),
    severity               VARCHAR(16),
    estate_id              VARCHAR(64) COLLATE "C" NOT NULL,
    building_id            VARCHAR(64) COLLATE "C",
    unit_id                VARCHAR(64) COLLATE "C",
    receiving_unit         VARCHAR(64) COLLATE "C" NOT NULL,
    responsible_department VARCHAR(64) COLLATE "C",
    delivered              BOOLEAN NOT NULL,
    CONSTRAINT ${prefix}commitment_firing_pk PRIMARY KEY (commitment_id, cycle, kind, level),
    CONSTRAINT ${prefix}commitment_firing_fk FOREIGN KEY (commitment_id)
        REFERENCES ${prefix}commitment (id) ON DELETE CASCADE
);
-- findUndelivered: the outbox, oldest record first; only undelivered rows are indexed
CREATE INDEX ${prefix}commitment_firing_pending_ix ON ${prefix}commitment_firing (recorded_ns, scheduled_ns, event_key)
    WHERE NOT delivered;
-- find(WARNED in a period)
CREATE INDEX ${prefix}commitment_firing_warned_ix ON ${prefix}commitment_firing (kind, scheduled_ns, commitment_id);

-- aftersales schema version 9 for H2: the aspects of a callback's satisfaction (rule MS-3),
-- each rated 1 to 5 and optional: response speed, attitude, result.
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_response_speed INTEGER;
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_attitude INTEGER;
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_result INTEGER;
-- The two-monthly callback rounds (rule MS-2): a round per period, identified by the period, and
-- one entry per customer (owner) whose tickets closed in its window; the primary key lets exactly
-- one of two concurrent generators of a round insert it.
CREATE TABLE ${prefix}callback_round (
    round_from   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    round_to     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    window_from  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    window_to    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    generated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_from, round_to)
);
CREATE TABLE ${prefix}callback_round_entry (
    round_from     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    round_to       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    owner_id       VARCHAR(64) NOT NULL,
    tickets        INTEGER NOT NULL,
    last_closed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(16) NOT NULL,
    method         VARCHAR(16),
    tracked_at     TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (round_from, round_to, owner_id),
    CONSTRAINT ${prefix}callback_round_entry_round_fk FOREIGN KEY (round_from, round_to)
        REFERENCES ${prefix}callback_round (round_from, round_to) ON DELETE CASCADE
);

-- aftersales schema version 9 for MariaDB 10.3+ and MySQL 8: the aspects of a callback's satisfaction (rule MS-3),
-- each rated 1 to 5 and optional: response speed, attitude, result.
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_response_speed INT NULL;
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_attitude INT NULL;
ALTER TABLE ${prefix}ticket_step ADD COLUMN aspect_result INT NULL;
-- The two-monthly callback rounds (rule MS-2): a round per period, identified by the period, and
-- one entry per customer (owner) whose tickets closed in its window; the primary key lets exactly
-- one of two concurrent generators of a round insert it.
CREATE TABLE ${prefix}callback_round (
    round_from   DATETIME(6) NOT NULL,
    round_to     DATETIME(6) NOT NULL,
    window_from  DATETIME(6) NOT NULL,
    window_to    DATETIME(6) NOT NULL,
    generated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (round_from, round_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE TABLE ${prefix}callback_round_entry (
    round_from     DATETIME(6) NOT NULL,
    round_to       DATETIME(6) NOT NULL,
    owner_id       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tickets        INT NOT NULL,
    last_closed_at DATETIME(6) NOT NULL,
    status         VARCHAR(16) NOT NULL,
    method         VARCHAR(16),
    tracked_at     DATETIME(6),
    PRIMARY KEY (round_from, round_to, owner_id),
    CONSTRAINT ${prefix}callback_round_entry_round_fk FOREIGN KEY (round_from, round_to)
        REFERENCES ${prefix}callback_round (round_from, round_to) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

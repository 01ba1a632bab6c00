-- aftersales schema version 11 for MariaDB 10.3+ and MySQL 8: the category of a request (rule PS-1), kept on the
-- ticket (given at intake or by a classification, which its timeline step records) and, with the
-- other ticket facts policies select by, on its commitments and their firings.
-- Nullable: tickets and commitments stored before have none.
ALTER TABLE ${prefix}ticket ADD COLUMN category VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE ${prefix}ticket_step ADD COLUMN category VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE ${prefix}commitment ADD COLUMN category VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE ${prefix}commitment_firing ADD COLUMN category VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

-- aftersales schema version 11 for H2 2.x: the category of a request (rule PS-1), kept on the
-- ticket (given at intake or by a classification, which its timeline step records) and, with the
-- other ticket facts policies select by, on its commitments and their firings.
-- Nullable: tickets and commitments stored before have none.
ALTER TABLE ${prefix}ticket ADD COLUMN category VARCHAR(64) NULL;
ALTER TABLE ${prefix}ticket_step ADD COLUMN category VARCHAR(64) NULL;
ALTER TABLE ${prefix}commitment ADD COLUMN category VARCHAR(64) NULL;
ALTER TABLE ${prefix}commitment_firing ADD COLUMN category VARCHAR(64) NULL;

-- Royaal schema, version 6: what the trainer set for one workshop that changes how its results read.
-- Kept with the workshop (not in the live state, not in the app's settings): the report and a reopened
-- file must judge the same gap the same way the room saw it, and another client may want other figures.

-- The scoring round: a gap within +-margin is "satisfied"; a spread from the threshold up is "discuss".
ALTER TABLE workshop ADD COLUMN scoring_margin DOUBLE PRECISION DEFAULT 0.5 NOT NULL
    CHECK (scoring_margin BETWEEN 0 AND 9);
ALTER TABLE workshop ADD COLUMN discuss_threshold DOUBLE PRECISION DEFAULT 2.0 NOT NULL
    CHECK (discuss_threshold > 0 AND discuss_threshold <= 9);

-- The contact-frequency reality check: the client's own totals. NULL is "not known", never zero.
ALTER TABLE workshop ADD COLUMN reality_source VARCHAR(16) DEFAULT 'JOURNEY' NOT NULL
    CHECK (reality_source IN ('JOURNEY', 'TOTALS'));
ALTER TABLE workshop ADD COLUMN reality_total_contacts DOUBLE PRECISION
    CHECK (reality_total_contacts BETWEEN 0 AND 1e12);
ALTER TABLE workshop ADD COLUMN reality_customers BIGINT CHECK (reality_customers BETWEEN 1 AND 1000000000);
ALTER TABLE workshop ADD COLUMN reality_automated DOUBLE PRECISION CHECK (reality_automated BETWEEN 0 AND 365);

-- One fan a day: people x working days x years. NULL people follows the participants in the room.
ALTER TABLE workshop ADD COLUMN fan_club_people INT CHECK (fan_club_people BETWEEN 1 AND 100000);
ALTER TABLE workshop ADD COLUMN fan_club_days INT DEFAULT 200 NOT NULL CHECK (fan_club_days BETWEEN 1 AND 366);
ALTER TABLE workshop ADD COLUMN fan_club_years INT DEFAULT 1 NOT NULL CHECK (fan_club_years BETWEEN 1 AND 50);

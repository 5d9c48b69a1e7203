-- Royaal schema, version 7: more than one dot per proposal when the facilitator allows it, and the
-- vision field the projector shows while the room votes. (Version 6 adds other workshop columns.)
-- Every column has a default, so a database from before keeps working as it did: one dot per
-- proposal, one dot per vote row, the projector following the proposals.

-- The most dots one participant may put on one proposal: 1 ("one per proposal") up to the dots per person.
ALTER TABLE workshop ADD COLUMN vision_max_dots_per_proposal INT DEFAULT 1 NOT NULL;
ALTER TABLE workshop ADD CONSTRAINT workshop_vision_max_dots_per_proposal
    CHECK (vision_max_dots_per_proposal BETWEEN 1 AND vision_dots_per_person);

-- Still one row per participant and proposal (the primary key): the row says how many dots. Taking
-- the last dot back deletes the row, so a vote row never holds zero.
ALTER TABLE dot_vote ADD COLUMN dots INT DEFAULT 1 NOT NULL;
ALTER TABLE dot_vote ADD CONSTRAINT dot_vote_dots CHECK (dots BETWEEN 1 AND 20);

-- The dream service: the field whose proposals the projector shows while the room votes, as the
-- facilitator chose it; NULL follows the proposals. Kept with the element's live state, so a
-- restart (or going back to the element) shows the room the same field.
ALTER TABLE element_live_state ADD COLUMN vision_field VARCHAR(32)
    CHECK (vision_field IN ('IDEAL_CUSTOMER', 'EXPERIENCE_SENTENCE', 'ALL_IN_ON', 'NOT_DOING', 'PROMISE'));

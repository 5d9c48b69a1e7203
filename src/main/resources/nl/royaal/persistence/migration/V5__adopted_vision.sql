-- Royaal schema, version 5: the dream-service vision a workshop adopted, field by field, and the
-- dots each participant may place when the room votes on the proposals. Kept with the workshop
-- (not in the live state): it is what the group decided, and the report prints it.

-- Per workshop, so a restart (or a second laptop opening the exported file) votes with the same budget.
ALTER TABLE workshop ADD COLUMN vision_dots_per_person INT DEFAULT 3 NOT NULL
    CHECK (vision_dots_per_person BETWEEN 1 AND 20);

-- One row per adopted text. "All-in on" holds up to three (positions 0-2), every other field one
-- (position 0): the key and the CHECK refuse a fourth choice even from a buggy caller.
-- Plain text, no reference to the proposals it came from: hiding or removing a proposal later does
-- not change what the group adopted.
CREATE TABLE vision_choice (
    workshop_id UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    field       VARCHAR(32) NOT NULL CHECK (field IN ('IDEAL_CUSTOMER', 'EXPERIENCE_SENTENCE', 'ALL_IN_ON',
                    'NOT_DOING', 'PROMISE')),
    position    INT NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (workshop_id, field, position),
    CONSTRAINT vision_choice_capacity CHECK (position >= 0 AND position < CASE WHEN field = 'ALL_IN_ON' THEN 3 ELSE 1 END)
);

-- Royaal schema, version 4: the dream service's voting phase and the text the projector shows
-- large (a fan moment, a pledge), per element, so a restart shows the room the same thing.

ALTER TABLE element_live_state ADD COLUMN voting BOOLEAN DEFAULT FALSE NOT NULL;

-- No foreign key: a highlighted text that is gone (its participant removed) simply shows nothing.
ALTER TABLE element_live_state ADD COLUMN highlighted_text_id UUID;

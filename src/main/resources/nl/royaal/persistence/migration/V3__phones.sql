-- Royaal schema, version 3: how participants' phones get in (docs/phones.md).
-- (Version 2 is the facilitator's live state.)
--
-- * phone_access: one row per workshop that has been live: its join code, whether joining is
--   locked, and how many phones may join. The code is stable for the workshop until the
--   facilitator makes a new one.
-- * phone_token: the participant tokens handed to phones, stored only as their SHA-256 hash,
--   so a copied database file does not let anyone act as a participant. Removing a participant
--   removes their tokens with them (ON DELETE CASCADE through participant).
--
-- No CHECK (x IN (...)) constraints here: see Database.open for the H2 2.4.240 issue with them.

CREATE TABLE phone_access (
    workshop_id     UUID PRIMARY KEY REFERENCES workshop (id) ON DELETE CASCADE,
    join_code       VARCHAR(12) NOT NULL,
    join_locked     BOOLEAN NOT NULL,
    participant_cap INT NOT NULL CHECK (participant_cap BETWEEN 1 AND 5000)
);

CREATE TABLE phone_token (
    token_hash     VARBINARY(32) PRIMARY KEY,
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    created_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT phone_token_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE
);

-- Royaal schema, version 1: workshops, their agenda, journey, participants and answers.
--
-- Conventions of this schema:
-- * Enums are stored as their Java name(); a CHECK lists the allowed names, so a new constant
--   needs a migration (and an older Royaal refuses the newer file instead of misreading it).
-- * Instants are TIMESTAMP(9) WITH TIME ZONE, written in UTC: nine fractional digits keep
--   Java's nanoseconds, so a workshop survives an export/import round trip unchanged.
-- * Text limits are twice the domain's limits: the domain counts code points, the database
--   counts UTF-16 chars, and an emoji takes two.
-- * Answer tables carry workshop_id and reference participant/touchpoint/element through
--   (workshop_id, id), so the database refuses an answer that mixes two workshops.
-- * Each answer table's primary key (or unique key) is the question's natural key: one
--   participant has one answer per question, and a second answer replaces the first.
-- * stored_order remembers arrival order; a replaced answer keeps its place.

CREATE TABLE workshop (
    id                  UUID PRIMARY KEY,
    title               VARCHAR(400) NOT NULL,
    client_organisation VARCHAR(400) NOT NULL,
    workshop_date       DATE NOT NULL,
    facilitator         VARCHAR(400) NOT NULL,
    language            VARCHAR(8) NOT NULL CHECK (language IN ('NL', 'EN')),
    status              VARCHAR(16) NOT NULL CHECK (status IN ('DRAFT', 'LIVE', 'CLOSED')),
    template_key        VARCHAR(200) NOT NULL,
    current_element_id  UUID,
    created_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE TABLE agenda_element (
    id              UUID PRIMARY KEY,
    workshop_id     UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    kind            VARCHAR(32) NOT NULL CHECK (kind IN ('WELCOME', 'FAN_MOMENT', 'SELF_IMAGE', 'DREAM_SERVICE',
                        'TOUCHPOINTS', 'SCORING', 'PEAK_END', 'PROMISE_CHECK', 'PLEDGE', 'CLOSING', 'BREAK', 'CUSTOM')),
    title           VARCHAR(240) NOT NULL,
    planned_minutes INT NOT NULL CHECK (planned_minutes BETWEEN 0 AND 480),
    pinned          BOOLEAN NOT NULL,
    CONSTRAINT agenda_element_in_workshop UNIQUE (workshop_id, id)
);

-- Deleting the element the facilitator is on leaves the workshop "before the start".
ALTER TABLE workshop ADD CONSTRAINT workshop_current_element
    FOREIGN KEY (current_element_id) REFERENCES agenda_element (id) ON DELETE SET NULL;

CREATE TABLE touchpoint (
    id                UUID PRIMARY KEY,
    workshop_id       UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position          INT NOT NULL,
    name              VARCHAR(240) NOT NULL,
    contacts_per_year DOUBLE PRECISION CHECK (contacts_per_year BETWEEN 0 AND 365),
    CONSTRAINT touchpoint_in_workshop UNIQUE (workshop_id, id)
);

CREATE TABLE participant (
    id           UUID PRIMARY KEY,
    workshop_id  UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    display_name VARCHAR(120) NOT NULL,
    joined_via   VARCHAR(16) NOT NULL CHECK (joined_via IN ('PHONE', 'KIOSK', 'SCORE_GRID', 'IMPORT')),
    joined_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    join_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT participant_in_workshop UNIQUE (workshop_id, id)
);

CREATE TABLE touchpoint_score (
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    touchpoint_id  UUID NOT NULL,
    dimension      VARCHAR(16) NOT NULL CHECK (dimension IN ('EXPECTATION', 'EXPERIENCE')),
    score          INT NOT NULL CHECK (score BETWEEN 1 AND 10),
    answered_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    stored_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (participant_id, touchpoint_id, dimension),
    CONSTRAINT touchpoint_score_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE,
    CONSTRAINT touchpoint_score_touchpoint FOREIGN KEY (workshop_id, touchpoint_id)
        REFERENCES touchpoint (workshop_id, id) ON DELETE CASCADE
);

-- vision_field is '' for every purpose but VISION_PROPOSAL. It is a non-null sentinel rather
-- than NULL because a UNIQUE constraint treats NULLs as distinct: with NULL, one participant
-- could store two fan moments for the same element.
CREATE TABLE text_answer (
    id             UUID PRIMARY KEY,
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    element_id     UUID NOT NULL,
    purpose        VARCHAR(32) NOT NULL CHECK (purpose IN ('FAN_MOMENT', 'VISION_PROPOSAL', 'PLEDGE')),
    vision_field   VARCHAR(32) NOT NULL CHECK (vision_field IN ('', 'IDEAL_CUSTOMER', 'EXPERIENCE_SENTENCE',
                       'ALL_IN_ON', 'NOT_DOING', 'PROMISE')),
    text           VARCHAR(1000) NOT NULL,
    hidden         BOOLEAN NOT NULL,
    answered_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    stored_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT text_answer_one_per_question UNIQUE (participant_id, element_id, purpose, vision_field),
    CONSTRAINT text_answer_in_workshop UNIQUE (workshop_id, id),
    CONSTRAINT text_answer_field_only_for_proposals
        CHECK ((purpose = 'VISION_PROPOSAL') = (vision_field <> '')),
    CONSTRAINT text_answer_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE,
    CONSTRAINT text_answer_element FOREIGN KEY (workshop_id, element_id)
        REFERENCES agenda_element (workshop_id, id) ON DELETE CASCADE
);

CREATE TABLE dot_vote (
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    proposal_id    UUID NOT NULL,
    answered_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    stored_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (participant_id, proposal_id),
    CONSTRAINT dot_vote_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE,
    CONSTRAINT dot_vote_proposal FOREIGN KEY (workshop_id, proposal_id)
        REFERENCES text_answer (workshop_id, id) ON DELETE CASCADE
);

CREATE TABLE element_rating (
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    element_id     UUID NOT NULL,
    score          INT NOT NULL CHECK (score BETWEEN 1 AND 10),
    answered_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    stored_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (participant_id, element_id),
    CONSTRAINT element_rating_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE,
    CONSTRAINT element_rating_element FOREIGN KEY (workshop_id, element_id)
        REFERENCES agenda_element (workshop_id, id) ON DELETE CASCADE
);

CREATE TABLE self_image_score (
    workshop_id    UUID NOT NULL,
    participant_id UUID NOT NULL,
    question       VARCHAR(16) NOT NULL CHECK (question IN ('OUR_VIEW', 'CUSTOMER_VIEW')),
    score          INT NOT NULL CHECK (score BETWEEN 1 AND 10),
    answered_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    stored_order   BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (participant_id, question),
    CONSTRAINT self_image_score_participant FOREIGN KEY (workshop_id, participant_id)
        REFERENCES participant (workshop_id, id) ON DELETE CASCADE
);

-- What the app remembers between runs (the workshop that was open last).
CREATE TABLE app_state (
    state_key   VARCHAR(100) PRIMARY KEY,
    state_value VARCHAR(1000) NOT NULL
);

-- No explicit indexes: H2 indexes every foreign key's columns, and those are exactly the
-- lookups by workshop (and by touchpoint/element for cascading deletes) that Royaal does.

-- Royaal schema, version 2: the live run of each agenda element (round, reveal, timer, notes),
-- so a restart of the laptop continues exactly where the room was.

CREATE TABLE element_live_state (
    workshop_id     UUID NOT NULL,
    element_id      UUID NOT NULL,
    round_status    VARCHAR(16) NOT NULL CHECK (round_status IN ('NOT_OPENED', 'OPEN', 'CLOSED')),
    revealed        BOOLEAN NOT NULL,
    elapsed_nanos   BIGINT NOT NULL CHECK (elapsed_nanos >= 0),
    running_since   TIMESTAMP(9) WITH TIME ZONE,
    notes           VARCHAR(4000) NOT NULL,
    PRIMARY KEY (element_id),
    CONSTRAINT element_live_state_element FOREIGN KEY (workshop_id, element_id)
        REFERENCES agenda_element (workshop_id, id) ON DELETE CASCADE
);

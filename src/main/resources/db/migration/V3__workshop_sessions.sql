-- Journey Studio library, schema version 3: live workshop sessions. Participants rate a map's touchpoints from
-- their phones; each answer is kept per session, participant and touchpoint, so a participant who changes an
-- answer replaces it, and the session's results can be read again after the studio restarts.
-- Participants are known only by a random 96-bit id (never the token their phone holds, never a name), unique
-- across sessions: the answer table's key is (participant, touchpoint), so replacing an answer is found through
-- that key alone. (With session_id in the key, or in the update's condition, H2 plans the update on the
-- session_id foreign-key index: every answer then scans the whole session.)
-- Touchpoints and segments are not foreign keys: a map edit may delete one while the session's answers stay.

CREATE TABLE workshop_session (
    id             VARCHAR(40)                 PRIMARY KEY,
    project_id     VARCHAR                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    rating_scale   VARCHAR(10)                 NOT NULL,
    started_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP(9) WITH TIME ZONE
);

CREATE INDEX workshop_session_by_project ON workshop_session (project_id);

CREATE TABLE workshop_participant (
    session_id     VARCHAR(40)                 NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    participant_id VARCHAR(40)                 NOT NULL,
    joined_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (participant_id)
);

-- One answer per participant and touchpoint; segment_id is '' when the participant chose no segment.
CREATE TABLE workshop_answer (
    session_id     VARCHAR(40)                 NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    participant_id VARCHAR(40)                 NOT NULL,
    touchpoint_id  VARCHAR                     NOT NULL,
    segment_id     VARCHAR                     NOT NULL,
    rating         INT                         NOT NULL CHECK (rating BETWEEN 0 AND 10),
    updated_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (participant_id, touchpoint_id)
);

-- Comments are kept as typed (length-checked); "removed" hides spam without losing what happened.
CREATE TABLE workshop_comment (
    session_id     VARCHAR(40)                 NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    id             VARCHAR(40)                 NOT NULL,
    participant_id VARCHAR(40)                 NOT NULL,
    touchpoint_id  VARCHAR                     NOT NULL,
    segment_id     VARCHAR                     NOT NULL,
    kind           VARCHAR(12)                 NOT NULL CHECK (kind IN ('PAIN_POINT', 'IDEA')),
    text           VARCHAR(2000)               NOT NULL,
    created_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    removed        BOOLEAN                     DEFAULT FALSE NOT NULL,
    PRIMARY KEY (id)
);

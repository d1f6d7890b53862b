-- Journey Studio library, schema version 1: one row per project and one table per kind of map element.
-- Element ids are unique within their project only, so every element table is keyed by (project_id, id).
-- Ordered lists keep a position column (0-based index in the model's list).
-- Every element row carries a revision, raised by each UPDATE, so incremental saving can be observed.
-- Never edit this file once released: add V2__... instead (Flyway checks this file's checksum).

CREATE TABLE project (
    id            VARCHAR                     NOT NULL PRIMARY KEY,
    title         VARCHAR                     NOT NULL,
    description   VARCHAR                     NOT NULL,
    scenario      VARCHAR                     NOT NULL,
    created_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    rating_scale  VARCHAR(10)                 NOT NULL,
    revision      BIGINT                      DEFAULT 1 NOT NULL
);

CREATE INDEX project_by_modified ON project (modified_at DESC);

CREATE TABLE segment (
    project_id   VARCHAR      NOT NULL REFERENCES project (id),
    id           VARCHAR      NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR      NOT NULL,
    description  VARCHAR      NOT NULL,
    color        VARCHAR(7)   NOT NULL,
    revision     BIGINT       DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id)
);

CREATE TABLE persona (
    project_id   VARCHAR      NOT NULL REFERENCES project (id),
    id           VARCHAR      NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR      NOT NULL,
    description  VARCHAR      NOT NULL,
    color        VARCHAR(7)   NOT NULL,
    segment_id   VARCHAR     ,
    revision     BIGINT       DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id),
    FOREIGN KEY (project_id, segment_id) REFERENCES segment (project_id, id)
);

CREATE TABLE stage (
    project_id   VARCHAR          NOT NULL REFERENCES project (id),
    id           VARCHAR          NOT NULL,
    position     INT              NOT NULL,
    name         VARCHAR          NOT NULL,
    description  VARCHAR          NOT NULL,
    width_hint   DOUBLE PRECISION NOT NULL CHECK (width_hint > 0),
    revision     BIGINT           DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id)
);

CREATE TABLE lane (
    project_id   VARCHAR      NOT NULL REFERENCES project (id),
    id           VARCHAR      NOT NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    title        VARCHAR      NOT NULL,
    visible      BOOLEAN      NOT NULL,
    revision     BIGINT       DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id)
);

CREATE TABLE touchpoint (
    project_id              VARCHAR          NOT NULL REFERENCES project (id),
    id                      VARCHAR          NOT NULL,
    position                INT              NOT NULL,
    stage_id                VARCHAR          NOT NULL,
    lane_id                 VARCHAR          NOT NULL,
    order_in_cell           INT              NOT NULL,
    title                   VARCHAR          NOT NULL,
    description             VARCHAR          NOT NULL,
    channel_kind            VARCHAR(40)      NOT NULL,
    channel_detail          VARCHAR          NOT NULL,
    owner                   VARCHAR          NOT NULL,
    emotion_score           INT              NOT NULL CHECK (emotion_score BETWEEN -2 AND 2),
    emotion_label           VARCHAR          NOT NULL,
    component_emotional     BOOLEAN          NOT NULL,
    component_functional    BOOLEAN          NOT NULL,
    component_accessible    BOOLEAN          NOT NULL,
    expected_score          DOUBLE PRECISION,
    evidence                VARCHAR(40)      NOT NULL,
    revision                BIGINT           DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id),
    FOREIGN KEY (project_id, stage_id) REFERENCES stage (project_id, id),
    FOREIGN KEY (project_id, lane_id) REFERENCES lane (project_id, id)
);

-- The lists of a touchpoint belong to it alone: deleting the touchpoint deletes them.
CREATE TABLE touchpoint_expectation (
    project_id     VARCHAR      NOT NULL,
    touchpoint_id  VARCHAR      NOT NULL,
    position       INT          NOT NULL,
    body           VARCHAR      NOT NULL,
    PRIMARY KEY (project_id, touchpoint_id, position),
    FOREIGN KEY (project_id, touchpoint_id) REFERENCES touchpoint (project_id, id) ON DELETE CASCADE
);

CREATE TABLE touchpoint_pain_point (
    project_id     VARCHAR      NOT NULL,
    touchpoint_id  VARCHAR      NOT NULL,
    position       INT          NOT NULL,
    body           VARCHAR      NOT NULL,
    severity       INT          NOT NULL CHECK (severity BETWEEN 1 AND 3),
    evidence       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_id, touchpoint_id, position),
    FOREIGN KEY (project_id, touchpoint_id) REFERENCES touchpoint (project_id, id) ON DELETE CASCADE
);

CREATE TABLE touchpoint_opportunity (
    project_id     VARCHAR      NOT NULL,
    touchpoint_id  VARCHAR      NOT NULL,
    position       INT          NOT NULL,
    body           VARCHAR      NOT NULL,
    evidence       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_id, touchpoint_id, position),
    FOREIGN KEY (project_id, touchpoint_id) REFERENCES touchpoint (project_id, id) ON DELETE CASCADE
);

-- A segment without a rating at a touchpoint has no row here (the model's map leaves it out).
CREATE TABLE touchpoint_satisfaction (
    project_id     VARCHAR          NOT NULL,
    touchpoint_id  VARCHAR          NOT NULL,
    segment_id     VARCHAR          NOT NULL,
    position       INT              NOT NULL,
    rating         DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (project_id, touchpoint_id, segment_id),
    FOREIGN KEY (project_id, touchpoint_id) REFERENCES touchpoint (project_id, id) ON DELETE CASCADE,
    FOREIGN KEY (project_id, segment_id) REFERENCES segment (project_id, id)
);

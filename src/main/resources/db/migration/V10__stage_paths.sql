-- Schema version 10: alternative paths and loops. A stage's paths (parallel tracks, e.g. "Home delivery" and
-- "Click & collect"), in order; the path a touchpoint belongs to ('' for the stage's main track). Connectors
-- between touchpoints (next, branch, loop back) are rows of touchpoint_link with their own kinds, so they need
-- no table of their own.

ALTER TABLE touchpoint ADD COLUMN path_id VARCHAR DEFAULT '' NOT NULL;

CREATE TABLE stage_path (
    project_id  VARCHAR  NOT NULL,
    stage_id    VARCHAR  NOT NULL,
    position    INT      NOT NULL,
    id          VARCHAR  NOT NULL,
    name        VARCHAR  NOT NULL,
    PRIMARY KEY (project_id, stage_id, position),
    FOREIGN KEY (project_id, stage_id) REFERENCES stage (project_id, id) ON DELETE CASCADE
);

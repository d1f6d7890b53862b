-- Schema version 6: the scenarios of a map (as-is, to-be…) and, on a touchpoint copied into a new scenario,
-- the id of the touchpoint it was copied from. A project without scenario rows has the one "As-is" scenario.
-- The shown scenario's touchpoints are the touchpoint table's rows; each other scenario keeps its touchpoints
-- as a JSON list in the .journey.json touchpoint layout, since they may not be shown again for months and
-- must not hold the foreign keys of the shown map's rows.

ALTER TABLE touchpoint ADD COLUMN origin VARCHAR DEFAULT '' NOT NULL;

CREATE TABLE scenario (
    project_id   VARCHAR      NOT NULL REFERENCES project (id),
    id           VARCHAR      NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR      NOT NULL,
    basis_id     VARCHAR      NOT NULL,
    active       BOOLEAN      NOT NULL,
    touchpoints  CLOB,
    revision     BIGINT       DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id)
);

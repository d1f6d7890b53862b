-- Journey Studio library, schema version 4: a segment's share of customers and a persona's picture, quote, goals,
-- needs and frustrations. All new columns have defaults, so rows written by earlier versions read as before
-- (no share, no picture, no quote, empty lists).

ALTER TABLE segment ADD COLUMN share DOUBLE PRECISION CHECK (share BETWEEN 0 AND 100);

ALTER TABLE persona ADD COLUMN icon VARCHAR;
-- A small photo (scaled to at most 256 px) as a data URI, so the library file holds everything a map shows.
ALTER TABLE persona ADD COLUMN photo VARCHAR(400000);
ALTER TABLE persona ADD COLUMN quote VARCHAR DEFAULT '' NOT NULL;

-- A persona's goals, needs and frustrations: short texts in order, deleted with their persona.
CREATE TABLE persona_item (
    project_id   VARCHAR      NOT NULL,
    persona_id   VARCHAR      NOT NULL,
    kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('GOAL', 'NEED', 'FRUSTRATION')),
    position     INT          NOT NULL,
    body         VARCHAR      NOT NULL,
    PRIMARY KEY (project_id, persona_id, kind, position),
    FOREIGN KEY (project_id, persona_id) REFERENCES persona (project_id, id) ON DELETE CASCADE
);

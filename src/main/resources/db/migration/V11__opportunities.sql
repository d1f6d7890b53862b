-- Schema version 11: opportunities as the map's own items (issue 21). Until now an opportunity was a note on a
-- touchpoint (touchpoint_opportunity: body, evidence). Now each is a row of its own with an owner, a status, a due
-- date, ratings (1 to 5, NULL when not rated) and a KPI, and touchpoint_opportunity links touchpoints and their
-- pain points to them: pain_position NULL links the touchpoint as a whole, a number links its pain point at that
-- position. Every old note becomes an opportunity titled with its text, id 'opp-<touchpoint id>-<n>' (n from 1,
-- the same id a .journey.json of format 5 or older gives it), linked to its touchpoint. Portable SQL: the same
-- file runs on H2 and PostgreSQL. The opportunity id in a link is not a foreign key: the map's validator keeps
-- it existing, and a save may write a link before the opportunity's row, as touchpoint_link does.

CREATE TABLE opportunity (
    project_id      VARCHAR      NOT NULL REFERENCES project (id),
    id              VARCHAR      NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR      NOT NULL,
    description     VARCHAR      DEFAULT '' NOT NULL,
    owner           VARCHAR      DEFAULT '' NOT NULL,
    status          VARCHAR(40)  DEFAULT 'IDEA' NOT NULL,
    due_date        DATE,
    effort          INT          CHECK (effort BETWEEN 1 AND 5),
    customer_value  INT          CHECK (customer_value BETWEEN 1 AND 5),
    business_value  INT          CHECK (business_value BETWEEN 1 AND 5),
    kpi_name        VARCHAR      DEFAULT '' NOT NULL,
    kpi_baseline    VARCHAR      DEFAULT '' NOT NULL,
    kpi_target      VARCHAR      DEFAULT '' NOT NULL,
    evidence        VARCHAR(40)  NOT NULL,
    revision        BIGINT       DEFAULT 1 NOT NULL,
    PRIMARY KEY (project_id, id)
);

-- In journey order as far as the rows know it: the touchpoints' positions, then each one's notes.
INSERT INTO opportunity (project_id, id, position, title, evidence)
SELECT o.project_id, 'opp-' || o.touchpoint_id || '-' || CAST(o.position + 1 AS VARCHAR),
       ROW_NUMBER() OVER (PARTITION BY o.project_id ORDER BY t.position, o.position) - 1, o.body, o.evidence
FROM touchpoint_opportunity o
JOIN touchpoint t ON t.project_id = o.project_id AND t.id = o.touchpoint_id;

ALTER TABLE touchpoint_opportunity ADD COLUMN opportunity_id VARCHAR;
ALTER TABLE touchpoint_opportunity ADD COLUMN pain_position INT;
UPDATE touchpoint_opportunity SET opportunity_id = 'opp-' || touchpoint_id || '-' || CAST(position + 1 AS VARCHAR);
ALTER TABLE touchpoint_opportunity ALTER COLUMN opportunity_id SET NOT NULL;
ALTER TABLE touchpoint_opportunity DROP COLUMN body;
ALTER TABLE touchpoint_opportunity DROP COLUMN evidence;

-- Schema version 8: the service blueprint. A lane's role in the blueprint (customer action, frontstage,
-- backstage, support process, physical evidence; NONE for a lane outside it); a touchpoint's fail point and
-- wait point (with the wait's duration in the team's words); and links from a touchpoint to others of the
-- same map (dependency arrows), in order. A link's target is not a foreign key: the map's validator keeps
-- targets existing, and a save may write the link before its target's row.

ALTER TABLE lane ADD COLUMN role VARCHAR(40) DEFAULT 'NONE' NOT NULL;

ALTER TABLE touchpoint ADD COLUMN fail_point BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE touchpoint ADD COLUMN wait_point BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE touchpoint ADD COLUMN wait_duration VARCHAR DEFAULT '' NOT NULL;

CREATE TABLE touchpoint_link (
    project_id     VARCHAR      NOT NULL,
    touchpoint_id  VARCHAR      NOT NULL,
    position       INT          NOT NULL,
    target_id      VARCHAR      NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    PRIMARY KEY (project_id, touchpoint_id, position),
    FOREIGN KEY (project_id, touchpoint_id) REFERENCES touchpoint (project_id, id) ON DELETE CASCADE
);

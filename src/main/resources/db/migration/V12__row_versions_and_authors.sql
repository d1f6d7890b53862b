-- Schema version 12: concurrent editing in a team library. The project's row_version is raised by every save that
-- writes any row of the project (what other studios poll and what NOTIFY announces); a touchpoint's row version is
-- its revision (V1), which every save that changes the touchpoint now raises. Both rows say who changed them last
-- and when: the name set once in the studio's settings, NULL/'' for rows written before this version.

ALTER TABLE project ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE project ADD COLUMN changed_by VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE project ADD COLUMN changed_at TIMESTAMP(9) WITH TIME ZONE;

ALTER TABLE touchpoint ADD COLUMN changed_by VARCHAR DEFAULT '' NOT NULL;
ALTER TABLE touchpoint ADD COLUMN changed_at TIMESTAMP(9) WITH TIME ZONE;

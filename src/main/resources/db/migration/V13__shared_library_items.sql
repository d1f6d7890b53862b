-- Schema version 13: personas, pain points and opportunities shared between the projects of a library (issue 21,
-- docs/decisions/0023-shared-library-items.md). A shared item keeps its own row in every project that uses it, so
-- every reader, writer and export works as before; rows with the same shared_id (a UUID) are one item, and the
-- library writes an edit of one to all of them. NULL: the item belongs to its project alone (every row before).
-- Portable SQL: the same file runs on H2 and PostgreSQL.

ALTER TABLE persona ADD COLUMN shared_id VARCHAR(64);
ALTER TABLE touchpoint_pain_point ADD COLUMN shared_id VARCHAR(64);
ALTER TABLE opportunity ADD COLUMN shared_id VARCHAR(64);

-- A save looks up the other uses of what it changed.
CREATE INDEX persona_by_shared_id ON persona (shared_id);
CREATE INDEX pain_point_by_shared_id ON touchpoint_pain_point (shared_id);
CREATE INDEX opportunity_by_shared_id ON opportunity (shared_id);

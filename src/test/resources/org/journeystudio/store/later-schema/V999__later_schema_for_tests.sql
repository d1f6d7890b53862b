-- Plays a schema version newer than any released one, for the upgrade and "newer library" tests only.
ALTER TABLE project ADD COLUMN test_later_note VARCHAR DEFAULT '' NOT NULL;

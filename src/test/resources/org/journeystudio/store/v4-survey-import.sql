-- A survey import as schema versions 2 to 4 stored it, on top of v1-library.sql's project. Frozen: schema
-- version 5 must read it unchanged. Answers are stored as their values (7 on 1-7 is 7, 0 on 0-10 is 0; 255 is
-- not applicable), in survey_response_block and survey_count alike.
-- Respondents: Young/Free gave Form 7, Recommend 0; Senior/Pro gave Form 2, Recommend 10; Senior/Free gave no
-- Form answer and Recommend 9.
INSERT INTO survey_import (id, project_id, file_name, imported_at, layout, source, respondents, skipped_rows)
VALUES (41, 'map-v1', 'before-v5.csv', TIMESTAMP WITH TIME ZONE '2026-01-12 10:00:00+00', 'spreadsheet',
        'IMPORTED', 3, 0);

INSERT INTO survey_column (import_id, role, position, name, rating_scale, touchpoint_id) VALUES
    (41, 'SEGMENT', 0, 'Age', NULL, NULL),
    (41, 'SEGMENT', 1, 'Plan', NULL, NULL),
    (41, 'RATING', 0, 'Form', '1-7', 'tp-form'),
    (41, 'RATING', 1, 'Recommend', '0-10', NULL);

INSERT INTO survey_label (import_id, segment_column, label_id, label) VALUES
    (41, 0, 0, 'Young'), (41, 0, 1, 'Senior'), (41, 1, 0, 'Free'), (41, 1, 1, 'Pro');

INSERT INTO survey_response_block (import_id, block_number, respondents, segments, ratings)
VALUES (41, 0, 3, X'000000000000000000000001000000010000000100000000', X'0700020AFF09');

INSERT INTO survey_count (import_id, segment_column, label_id, rating_column, rating_value, answers) VALUES
    (41, 0, 0, 0, 7, 1), (41, 0, 0, 1, 0, 1),
    (41, 0, 1, 0, 2, 1), (41, 0, 1, 1, 10, 1), (41, 0, 1, 1, 9, 1),
    (41, 1, 0, 0, 7, 1), (41, 1, 0, 1, 0, 1), (41, 1, 0, 1, 9, 1),
    (41, 1, 1, 0, 2, 1), (41, 1, 1, 1, 10, 1);

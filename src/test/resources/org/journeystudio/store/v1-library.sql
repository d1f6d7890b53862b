-- A library's content as schema version 1 wrote it. Frozen: later schema versions must read this unchanged.
INSERT INTO project (id, title, description, scenario, created_at, modified_at, rating_scale)
VALUES ('map-v1', 'Bank account', 'Opening an account', 'Open an account online',
        TIMESTAMP WITH TIME ZONE '2026-01-10 08:00:00.5+00', TIMESTAMP WITH TIME ZONE '2026-01-11 09:30:00+00', '1-7');

INSERT INTO segment (project_id, id, position, name, description, color) VALUES
    ('map-v1', 'seg-young', 0, 'Young adults', 'Under 30', '#1f77b4'),
    ('map-v1', 'seg-senior', 1, 'Seniors', '', '#ff7f0e');

INSERT INTO persona (project_id, id, position, name, description, color, segment_id) VALUES
    ('map-v1', 'per-1', 0, 'Lena', 'Student', '#2ca02c', 'seg-young'),
    ('map-v1', 'per-2', 1, 'Karl', '', '#4c78a8', NULL);

INSERT INTO stage (project_id, id, position, name, description, width_hint) VALUES
    ('map-v1', 'st-open', 0, 'Open an account', 'Online form', 240),
    ('map-v1', 'st-use', 1, 'Use online banking', '', 300.5);

INSERT INTO lane (project_id, id, position, kind, title, visible) VALUES
    ('map-v1', 'ln-tp', 0, 'TOUCHPOINTS', 'Touchpoints', TRUE),
    ('map-v1', 'ln-pain', 1, 'PAIN_POINTS', 'Pain points', FALSE);

INSERT INTO touchpoint (project_id, id, position, stage_id, lane_id, order_in_cell, title, description, channel_kind,
                        channel_detail, owner, emotion_score, emotion_label, component_emotional,
                        component_functional, component_accessible, expected_score, evidence) VALUES
    ('map-v1', 'tp-form', 0, 'st-open', 'ln-tp', 0, 'Fill in the form', 'Twelve fields', 'WEB', 'bank.example',
     'Onboarding', -1, 'Bored', FALSE, TRUE, TRUE, 6.0, 'OBSERVED'),
    ('map-v1', 'tp-login', 1, 'st-use', 'ln-tp', 0, 'Log in', '', 'MOBILE_APP', '', '', 2, '', TRUE, FALSE, FALSE,
     NULL, 'ASSUMED');

INSERT INTO touchpoint_expectation (project_id, touchpoint_id, position, body) VALUES
    ('map-v1', 'tp-form', 0, 'Done in five minutes'),
    ('map-v1', 'tp-form', 1, 'No paper');

INSERT INTO touchpoint_pain_point (project_id, touchpoint_id, position, body, severity, evidence) VALUES
    ('map-v1', 'tp-form', 0, 'ID check fails', 3, 'OBSERVED');

INSERT INTO touchpoint_opportunity (project_id, touchpoint_id, position, body, evidence) VALUES
    ('map-v1', 'tp-form', 0, 'Video ID', 'PROPOSED');

INSERT INTO touchpoint_satisfaction (project_id, touchpoint_id, segment_id, position, rating) VALUES
    ('map-v1', 'tp-form', 'seg-senior', 0, 2.5),
    ('map-v1', 'tp-form', 'seg-young', 1, 6.0),
    ('map-v1', 'tp-login', 'seg-young', 0, 7.0);

-- Journey Studio library, schema version 5: any answer scale on an imported rating column (issue 15).
-- A column's scale is now its lowest value, its step and its number of points, plus the answer texts of a text
-- scale ("Never" … "Always", one per line, lowest first). Answers are stored as point indexes (0 = the lowest
-- point) in survey_response_block and survey_count; 254 in a block means the answer opted out ("N/A"), and a
-- count at rating_value = scale_points counts the opt-outs. Imports made before this version stored the
-- value itself (1..5 on 1-5): value_offset says what to subtract to get the point.

ALTER TABLE survey_column ALTER COLUMN rating_scale SET DATA TYPE VARCHAR(40);
ALTER TABLE survey_column ADD COLUMN scale_min DOUBLE PRECISION;
ALTER TABLE survey_column ADD COLUMN scale_step DOUBLE PRECISION;
ALTER TABLE survey_column ADD COLUMN scale_points INT;
ALTER TABLE survey_column ADD COLUMN scale_labels VARCHAR;
ALTER TABLE survey_column ADD COLUMN value_offset INT DEFAULT 0 NOT NULL;

UPDATE survey_column
   SET scale_min = CASE rating_scale WHEN '0-10' THEN 0 ELSE 1 END,
       scale_step = 1,
       scale_points = CASE rating_scale WHEN '1-5' THEN 5 WHEN '1-7' THEN 7 ELSE 11 END,
       value_offset = CASE rating_scale WHEN '0-10' THEN 0 ELSE 1 END
 WHERE role = 'RATING';

-- Schema version 9: images on touchpoints. Each picture is stored once, named by the SHA-256 of its bytes, so the
-- same screenshot on ten cards (or in ten projects) is one row; a touchpoint names its image by that hash. The
-- hash is not a foreign key: scenarios not shown keep their touchpoints as JSON, which names images the same way,
-- and an image stays when its last card lets go of it (undo, a named version or another project may want it back).
-- BLOB is H2's (and the SQL standard's) binary large object; PostgreSQL spells it BYTEA.

CREATE TABLE image (
    hash        VARCHAR(64)  NOT NULL PRIMARY KEY,
    media_type  VARCHAR(40)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    data        BLOB         NOT NULL
);

ALTER TABLE touchpoint ADD COLUMN image_hash VARCHAR(64);

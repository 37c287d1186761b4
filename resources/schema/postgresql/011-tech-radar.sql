-- The known technologies as a tech radar: each in a ring (adopt, trial, assess or hold) and a quadrant,
-- with the radar's "new on this edition" mark, a description, and the other names people write it under.
-- Those known before the radar are in the ring adopt: the tools the organisation runs.
-- (As resources/schema/011-tech-radar.sql.)

ALTER TABLE known_technology ADD COLUMN ring text NOT NULL DEFAULT 'adopt'
    CHECK (ring IN ('adopt', 'trial', 'assess', 'hold'));
ALTER TABLE known_technology ADD COLUMN quadrant text NOT NULL DEFAULT '';
ALTER TABLE known_technology ADD COLUMN is_new integer NOT NULL DEFAULT 0 CHECK (is_new IN (0, 1));
ALTER TABLE known_technology ADD COLUMN description text NOT NULL DEFAULT '';
-- The aliases, one a line.
ALTER TABLE known_technology ADD COLUMN aliases text NOT NULL DEFAULT '';

UPDATE inflection_schema SET version = 11;

-- LbCreated and LbUpdated version 2 carry the LB's SSL compatibility level; older events upcast to the default.
ALTER TABLE lb ADD COLUMN ssl_compatibility_level text NOT NULL DEFAULT 'ssl_compatibility_level_intermediate';
ALTER TABLE lb ALTER COLUMN ssl_compatibility_level DROP DEFAULT;

-- Each claim of a delivery gets its own token; an outcome is written only by the claim that holds it. The attempt
-- count alone could not fence: a cancelled delivery gives back the attempt it never made.
ALTER TABLE delivery ADD COLUMN claim uuid;

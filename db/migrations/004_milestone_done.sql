-- Schema version 4: a milestone can be marked done, so `veikart check` can tell a
-- missed milestone from one that was reached.
ALTER TABLE milestone ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));

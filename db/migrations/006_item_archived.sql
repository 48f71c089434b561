-- Schema version 6: items that leave the plan are archived, not deleted, so their status
-- reports, scores and costs stay and past periods' counts and budgets never change. Only
-- `veikart remove CODE --purge` deletes an item with its history.
ALTER TABLE item ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
CREATE INDEX item_archived ON item(archived);

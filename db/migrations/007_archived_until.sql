-- Schema version 7: when an item is archived, the end of the latest reporting period the
-- store then held, so the item still counts as "uten rapport" in the periods it was part
-- of the plan (past periods' counts never change when an item leaves the plan). NULL on
-- live items, and on items archived before any period was reported.
ALTER TABLE item ADD COLUMN archived_until TEXT
    CHECK (archived_until IS NULL OR date(archived_until) IS archived_until);
UPDATE item SET archived_until = (SELECT max(end_date) FROM period) WHERE archived = 1;

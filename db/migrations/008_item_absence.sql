-- Schema version 8: the times each item was out of the plan, so bringing an archived
-- item back never changes a past period's "uten rapport" (archived_until, which a
-- restore cleared, is replaced). An item is not expected to report in a period whose
-- end is after after_date and, unless the row is open (until_date NULL: still
-- archived), not after until_date. after_date: the end of the latest reporting period
-- the store held when the item was archived (NULL: none yet); until_date: the same when
-- it was brought back.
CREATE TABLE item_absence (
    item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    after_date TEXT CHECK (after_date IS NULL OR date(after_date) IS after_date),
    until_date TEXT CHECK (until_date IS NULL OR date(until_date) IS until_date),
    CHECK (after_date IS NULL OR until_date IS NULL OR until_date > after_date)
);
CREATE INDEX item_absence_item ON item_absence(item_id);
INSERT INTO item_absence (item_id, after_date)
    SELECT id, archived_until FROM item WHERE archived = 1;
ALTER TABLE item DROP COLUMN archived_until;
-- Archiving opens an absence, bringing the item back closes it; one that no period
-- ended in (nothing was reported meanwhile) holds nothing and goes.
CREATE TRIGGER item_archive AFTER UPDATE OF archived ON item
WHEN old.archived = 0 AND new.archived = 1 BEGIN
    INSERT INTO item_absence (item_id, after_date)
        VALUES (new.id, (SELECT max(end_date) FROM period));
END;
CREATE TRIGGER item_restore AFTER UPDATE OF archived ON item
WHEN old.archived = 1 AND new.archived = 0 BEGIN
    DELETE FROM item_absence WHERE item_id = new.id AND until_date IS NULL AND
        ((SELECT max(end_date) FROM period) IS NULL OR
         after_date >= (SELECT max(end_date) FROM period));
    UPDATE item_absence SET until_date = (SELECT max(end_date) FROM period)
        WHERE item_id = new.id AND until_date IS NULL;
END;

-- Schema version 5: status reports for tens of thousands of items over years of periods.
-- * WITHOUT ROWID: the key (item, period) is the table, so each report is one b-tree
--   entry fewer to write.
-- * The colour check as comparisons: for a three-value IN list SQLite builds a temporary
--   index on every row it writes, which was a fifth of a status import's time.
-- * An index that holds everything `status --trend` counts (period, colour, budget), so
--   the trend reads the index, not the table; it replaces the index on period_id alone.
CREATE TABLE status_report_new (
    item_id     INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    period_id   INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    colour      TEXT NOT NULL CHECK (colour = 'gronn' OR colour = 'gul' OR colour = 'rod'),
    comment     TEXT,
    budget_mnok REAL CHECK (budget_mnok IS NULL OR budget_mnok >= 0),
    PRIMARY KEY (item_id, period_id)
) WITHOUT ROWID;
INSERT INTO status_report_new (item_id, period_id, colour, comment, budget_mnok)
    SELECT item_id, period_id, colour, comment, budget_mnok FROM status_report;
DROP TABLE status_report;
ALTER TABLE status_report_new RENAME TO status_report;
CREATE INDEX status_report_trend ON status_report(period_id, colour, budget_mnok);

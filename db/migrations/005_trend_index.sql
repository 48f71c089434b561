-- Schema version 5: an index that holds everything the trend counts (period, colour,
-- budget), so `status --trend` over years of reports reads the index, not the table.
-- It replaces the index on period_id alone, which it covers.
DROP INDEX status_report_period;
CREATE INDEX status_report_trend ON status_report(period_id, colour, budget_mnok);

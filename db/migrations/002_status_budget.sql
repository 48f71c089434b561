-- Schema version 2: a status report may carry the project's budget for the period
-- (MNOK), as the portfolio office's status sheet does; the period's total is their sum.
ALTER TABLE status_report ADD COLUMN budget_mnok REAL CHECK (budget_mnok IS NULL OR budget_mnok >= 0);
CREATE INDEX status_report_period ON status_report(period_id);

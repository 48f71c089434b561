/* The store's side of the sheets: status reports, scored measures and costs, loaded
 * for the views and written by vk_db_import. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "store-int.h"

static void period_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_period *p = VK_PUSH(set->periods);

	snprintf(p->code, sizeof(p->code), "%s", (const char *)sqlite3_column_text(st, 0));
	p->start = db_col_date(st, 1);
	p->end = db_col_date(st, 2);
}

static void report_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_report *r = VK_PUSH(set->reports);
	long i = vk_status_period_index(set, (const char *)sqlite3_column_text(st, 1));

	r->code = db_col_text(st, 0);
	r->period = set->periods[i];
	vk_colour_parse((const char *)sqlite3_column_text(st, 2), &r->colour);
	r->comment = db_col_text(st, 3);
	r->budget = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 4);
}

enum vk_code vk_db_load_periods(struct vk_db *db, struct vk_status_set *set, struct vk_error *err)
{
	return db_each_row(db,
			   "SELECT code, start_date, end_date FROM period ORDER BY start_date, "
			   "end_date, code",
			   0, period_row, set, err);
}

/* Every period, and the reports of item `code` (every item's when NULL), in one read
 * transaction. */
static enum vk_code load_status(struct vk_db *db, const char *code, struct vk_status_set *set,
				struct vk_error *err)
{
	sqlite3_stmt *st = NULL;
	enum vk_code rc;
	int step;

	if ((rc = db_exec(db, "BEGIN", "reading the store", err)))
		return rc;
	if ((rc = vk_db_load_periods(db, set, err)) ||
	    (rc = db_prepare(db,
			     /* one item's through the code's index, not a scan of every report */
			     code ? "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok "
				    "FROM item i JOIN status_report s ON s.item_id = i.id JOIN "
				    "period p ON p.id = s.period_id WHERE i.code = ?1 ORDER BY "
				    "p.start_date, p.end_date, p.code"
				  : "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok "
				    "FROM status_report s JOIN item i ON i.id = s.item_id JOIN "
				    "period p ON p.id = s.period_id ORDER BY p.start_date, "
				    "p.end_date, p.code, i.ord",
			     &st, err)))
		goto fail;
	if (code)
		sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		report_row(st, set);
	if (step != SQLITE_DONE) {
		rc = db_fail(db, step, "reading status reports", err);
		goto fail;
	}
	sqlite3_finalize(st);
	if (!(rc = db_exec(db, "COMMIT", "reading the store", err)))
		return VK_OK;
	st = NULL;
fail:
	sqlite3_finalize(st);
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	vk_status_set_clear(set);
	return rc;
}

enum vk_code vk_db_load_status(struct vk_db *db, struct vk_status_set *set, struct vk_error *err)
{
	return load_status(db, NULL, set, err);
}

enum vk_code vk_db_load_item_status(struct vk_db *db, const char *code, struct vk_status_set *set,
				    struct vk_error *err)
{
	return load_status(db, code, set, err);
}

enum vk_code vk_db_load_period_reports(struct vk_db *db, struct vk_status_set *set,
				       const struct vk_period *const *periods, size_t n,
				       struct vk_error *err)
{
	sqlite3_stmt *st = NULL;
	enum vk_code rc = VK_OK;
	int step = SQLITE_DONE;

	if ((rc = db_prepare(db,
			     /* the period's reports through its code, in portfolio order */
			     "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok FROM "
			     "period p JOIN status_report s ON s.period_id = p.id JOIN item i ON "
			     "i.id = s.item_id WHERE p.code = ?1 ORDER BY i.ord",
			     &st, err)))
		return rc;
	for (size_t k = 0; k < n && step == SQLITE_DONE; k++) {
		sqlite3_bind_text(st, 1, periods[k]->code, -1, SQLITE_TRANSIENT);
		while ((step = sqlite3_step(st)) == SQLITE_ROW)
			report_row(st, set);
		sqlite3_reset(st);
	}
	if (step != SQLITE_DONE)
		rc = db_fail(db, step, "reading status reports", err);
	sqlite3_finalize(st);
	return rc;
}

struct trend {
	struct vk_status_set *set;
	struct vk_status_summary *rows;
	size_t rows_n, rows_cap;
};

/* One row per period and colour; a period without reports comes once, with NULLs. */
static void trend_row(sqlite3_stmt *st, void *ctx)
{
	struct trend *t = ctx;
	struct vk_status_summary *s;
	enum vk_colour c;

	if (!t->rows_n ||
	    strcmp(t->set->periods[t->rows_n - 1].code, (const char *)sqlite3_column_text(st, 0))) {
		period_row(st, t->set);
		memset(VK_PUSH(t->rows), 0, sizeof(*t->rows));
	}
	s = &t->rows[t->rows_n - 1];
	if (sqlite3_column_type(st, 3) == SQLITE_NULL ||
	    !vk_colour_parse((const char *)sqlite3_column_text(st, 3), &c))
		return;
	s->counts[c] += (size_t)sqlite3_column_int64(st, 4);
	s->budget += sqlite3_column_double(st, 5);
	s->budgets += (size_t)sqlite3_column_int64(st, 6);
}

/* What the trend needs of an item to tell whether it was expected to report in a period
 * (vk_status_expected): the span of its phases and its absences. */
struct expect {
	sqlite3_int64 id;
	bool archived;
	int start, end;
	size_t absences_at, absences_n; /* in struct expects' absences */
};

struct expects {
	struct expect *list;
	size_t list_n, list_cap;
	struct vk_absence *absences;
	size_t absences_n, absences_cap;
};

static void expect_row(sqlite3_stmt *st, void *ctx)
{
	struct expects *e = ctx;
	struct expect *x = VK_PUSH(e->list);

	x->id = sqlite3_column_int64(st, 0);
	x->archived = sqlite3_column_int(st, 1) != 0;
	x->start = db_col_date(st, 2);
	x->end = db_col_date(st, 3);
	x->absences_at = x->absences_n = 0;
}

static int by_expect_id(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct expect *)a)->id, y = ((const struct expect *)b)->id;
	return (x > y) - (x < y);
}

/* item_absence rows in item id order: each item's run of them */
static void absence_row(sqlite3_stmt *st, void *ctx)
{
	struct expects *e = ctx;
	struct expect key = {.id = sqlite3_column_int64(st, 0)}, *x;
	struct vk_absence *a;

	x = bsearch(&key, e->list, e->list_n, sizeof(*e->list), by_expect_id);
	if (!x)
		return; /* none of an item that was not read: the read is one snapshot */
	a = VK_PUSH(e->absences);
	a->after = db_col_date(st, 1);
	a->until = db_col_date(st, 2);
	if (!x->absences_n)
		x->absences_at = e->absences_n - 1;
	x->absences_n++;
}

static bool expected_in(const struct expects *e, const struct expect *x, const struct vk_period *p)
{
	struct vk_span span = {.start = x->start, .end = x->end};
	struct vk_item it = {.archived_start = x->start,
			     .archived_end = x->end,
			     .absences = x->absences_n ? &e->absences[x->absences_at] : NULL,
			     .absences_n = x->absences_n};

	if (x->start != VK_DATE_NONE) {
		it.phases = &span;
		it.phases_n = 1;
	}
	return vk_status_expected(&it, x->archived, p);
}

struct period_at {
	sqlite3_int64 id;
	size_t at;
};

static void period_at_row(sqlite3_stmt *st, void *ctx)
{
	struct {
		struct period_at *list;
		size_t list_n, list_cap;
	} *ids = ctx;
	struct period_at *p = VK_PUSH(ids->list);

	p->id = sqlite3_column_int64(st, 0);
	p->at = ids->list_n - 1;
}

static int by_period_id(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct period_at *)a)->id, y = ((const struct period_at *)b)->id;
	return (x > y) - (x < y);
}

/* Each trend row's silent items, counted as vk_status_summarise counts them, without a
 * lookup per item and period (10,000 items × 60 periods took 0.9 s that way): the items
 * expected in a period, less the period's reports, plus the reports of items that were
 * not expected in it, which only items not expected in every period can have. */
static enum vk_code trend_silent(struct vk_db *db, struct trend *t, struct vk_error *err)
{
	size_t np = t->set->periods_n;
	struct expects items = {0};
	struct {
		struct period_at *list;
		size_t list_n, list_cap;
	} ids = {0};
	size_t *expected = vk_xcalloc(np + 1, sizeof(*expected));
	size_t *unexpected = vk_xcalloc(np + 1, sizeof(*unexpected));
	sqlite3_stmt *reports = NULL;
	enum vk_code rc;

	if ((rc = db_each_row(db, "SELECT id FROM period ORDER BY start_date, end_date, code", 0,
			      period_at_row, &ids, err)) ||
	    (rc = db_each_row(db,
			      "SELECT i.id, i.archived, min(ph.start_date), max(ph.end_date) "
			      "FROM item i LEFT JOIN item_phase ph ON ph.item_id = i.id GROUP BY "
			      "i.id ORDER BY i.id",
			      0, expect_row, &items, err)) ||
	    (rc = db_each_row(db,
			      "SELECT item_id, after_date, until_date FROM item_absence ORDER BY "
			      "item_id, coalesce(after_date, ''), rowid",
			      0, absence_row, &items, err)) ||
	    (rc = db_prepare(db, "SELECT period_id FROM status_report WHERE item_id = ?1", &reports,
			     err)))
		goto out;
	if (ids.list_n != np) {
		rc = vk_error_set(err, VK_ESTORE, "the periods changed while they were read");
		goto out;
	}
	qsort(ids.list, ids.list_n, sizeof(*ids.list), by_period_id);
	for (size_t i = 0; i < items.list_n && !rc; i++) {
		const struct expect *x = &items.list[i];
		bool every = true;
		int step;

		for (size_t p = 0; p < np; p++) {
			if (expected_in(&items, x, &t->set->periods[p]))
				expected[p]++;
			else
				every = false;
		}
		if (every)
			continue;
		sqlite3_bind_int64(reports, 1, x->id);
		while ((step = sqlite3_step(reports)) == SQLITE_ROW) {
			struct period_at key = {.id = sqlite3_column_int64(reports, 0)}, *hit;
			hit = bsearch(&key, ids.list, ids.list_n, sizeof(*ids.list), by_period_id);
			if (hit && !expected_in(&items, x, &t->set->periods[hit->at]))
				unexpected[hit->at]++;
		}
		if (step != SQLITE_DONE)
			rc = db_fail(db, step, "reading status reports", err);
		sqlite3_reset(reports);
	}
	for (size_t p = 0; p < np && !rc; p++) {
		struct vk_status_summary *s = &t->rows[p];
		size_t reported = s->counts[VK_GRONN] + s->counts[VK_GUL] + s->counts[VK_ROD];
		s->silent_known = true;
		s->silent = expected[p] - (reported - unexpected[p]);
	}
out:
	sqlite3_finalize(reports);
	free(items.list);
	free(items.absences);
	free(ids.list);
	free(expected);
	free(unexpected);
	return rc;
}

enum vk_code vk_db_load_trend(struct vk_db *db, struct vk_status_set *set,
			      struct vk_status_summary **out, struct vk_error *err)
{
	struct trend t = {.set = set};
	enum vk_code rc;

	/* the inner query reads only the covering index status_report_trend; counting rows
	 * per (period, colour) is twice as fast as summing three conditions per row */
	rc = db_each_row(db,
			 "SELECT p.code, p.start_date, p.end_date, t.colour, t.n, t.budget, "
			 "t.budgets FROM period p LEFT JOIN (SELECT period_id, colour, count(*) AS "
			 "n, sum(budget_mnok) AS budget, count(budget_mnok) AS budgets FROM "
			 "status_report GROUP BY period_id, colour) t ON t.period_id = p.id "
			 "ORDER BY p.start_date, p.end_date, p.code",
			 0, trend_row, &t, err);
	if (!rc && t.rows_n == set->periods_n)
		rc = trend_silent(db, &t, err);
	if (rc) {
		free(t.rows);
		vk_status_set_clear(set);
		return rc;
	}
	vk_status_trend(set, t.rows);
	*out = t.rows;
	return VK_OK;
}

/* Writes one report, counting whether it replaced a stored one. */
struct code_id {
	char *code;
	sqlite3_int64 id;
};

static int by_code(const void *a, const void *b)
{
	return strcmp(((const struct code_id *)a)->code, ((const struct code_id *)b)->code);
}

static void code_id_row(sqlite3_stmt *st, void *ctx)
{
	struct {
		struct code_id *list;
		size_t list_n, list_cap;
	} *ids = ctx;
	struct code_id *c = VK_PUSH(ids->list);

	c->id = sqlite3_column_int64(st, 0);
	c->code = db_col_text(st, 1);
}

/* Rows of ids: item (or period) id to its position, for the matrix below. */
struct id_map {
	const struct vk_portfolio *pf;
	const struct vk_status_set *set;
	long *at; /* by id; -1 where none */
	size_t at_n;
};

static void map_row(struct id_map *m, sqlite3_int64 id, long at)
{
	if (id < 0 || (size_t)id >= 1u << 30)
		return; /* ids the store never hands out */
	if ((size_t)id >= m->at_n) {
		size_t n = m->at_n ? m->at_n : 1024;
		while (n <= (size_t)id)
			n *= 2;
		m->at = vk_xrealloc(m->at, n * sizeof(*m->at));
		for (size_t i = m->at_n; i < n; i++)
			m->at[i] = -1;
		m->at_n = n;
	}
	m->at[id] = at;
}

/* A live item to its index in pf->items, an archived one to pf->items_n + its index in
 * pf->archived: the workbook's rows, live items first. */
static void item_id_row(sqlite3_stmt *st, void *ctx)
{
	struct id_map *m = ctx;
	const char *code = (const char *)sqlite3_column_text(st, 1);
	const struct vk_item *it = vk_model_item(m->pf, code);

	if (it)
		map_row(m, sqlite3_column_int64(st, 0), it - m->pf->items);
	else if ((it = vk_model_archived(m->pf, code)))
		map_row(m, sqlite3_column_int64(st, 0),
			(long)m->pf->items_n + (it - m->pf->archived));
}

static void period_id_row(sqlite3_stmt *st, void *ctx)
{
	struct id_map *m = ctx;

	map_row(m, sqlite3_column_int64(st, 0),
		vk_status_period_index(m->set, (const char *)sqlite3_column_text(st, 1)));
}

static long mapped(const struct id_map *m, sqlite3_int64 id)
{
	return id >= 0 && (size_t)id < m->at_n ? m->at[id] : -1;
}

enum vk_code vk_db_load_colours(struct vk_db *db, const struct vk_portfolio *pf,
				struct vk_status_set *set, size_t shown, unsigned char **out,
				double **budgets, struct vk_error *err)
{
	size_t np = set->periods_n ? set->periods_n : 1;
	struct id_map items = {.pf = pf}, periods = {.set = set};
	unsigned char *m = vk_xcalloc((pf->items_n + pf->archived_n) * np + 1, 1);
	double *money = vk_xcalloc(np, sizeof(*money));
	sqlite3_stmt *st = NULL;
	sqlite3_int64 shown_id = 0;
	enum vk_code rc;
	int step;

	*out = NULL;
	*budgets = NULL;
	for (size_t p = 0; p < np; p++)
		money[p] = -1;
	if ((rc = db_exec(db, "BEGIN", "reading the store", err)))
		goto fail;
	if ((rc = db_each_row(db, "SELECT id, code FROM item", 0, item_id_row, &items, err)) ||
	    (rc =
		 db_each_row(db, "SELECT id, code FROM period", 0, period_id_row, &periods, err)) ||
	    (rc =
		 db_prepare(db, "SELECT item_id, period_id, colour, budget_mnok FROM status_report",
			    &st, err)))
		goto fail;
	/* one pass over the covering index status_report_trend; the stored colours are
	 * 'gronn', 'gul' and 'rod' (the schema's check) */
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		long i = mapped(&items, sqlite3_column_int64(st, 0));
		long p = mapped(&periods, sqlite3_column_int64(st, 1));
		const unsigned char *c = sqlite3_column_text(st, 2);
		if (p < 0)
			continue;
		/* every report's budget is in its period's total, an archived item's too;
		 * a period where none gives one has none (-1), not 0 */
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			money[p] = (money[p] < 0 ? 0 : money[p]) + sqlite3_column_double(st, 3);
		if (i < 0)
			continue;
		m[(size_t)i * np + (size_t)p] = (unsigned char)(c[0] == 'r'   ? VK_ROD
								: c[1] == 'r' ? VK_GRONN
									      : VK_GUL);
	}
	if (step != SQLITE_DONE) {
		rc = db_fail(db, step, "reading the store", err);
		goto fail;
	}
	for (size_t id = 0; id < periods.at_n; id++)
		if (periods.at[id] >= 0 && (size_t)periods.at[id] == shown)
			shown_id = (sqlite3_int64)id;
	if (set->periods_n &&
	    (rc = db_each_row(db,
			      "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok FROM "
			      "status_report s JOIN item i ON i.id = s.item_id JOIN period p ON "
			      "p.id = s.period_id WHERE s.period_id = ?1 ORDER BY i.ord",
			      shown_id, report_row, set, err)))
		goto fail;
	if ((rc = db_exec(db, "COMMIT", "reading the store", err)))
		goto fail;
	*out = m;
	*budgets = money;
	m = NULL;
	money = NULL;
	goto out;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
out:
	sqlite3_finalize(st);
	free(m);
	free(money);
	free(items.at);
	free(periods.at);
	return rc;
}

/* Periods met so far in one sheet: id, and how many reports the period had before;
 * `last` is the one used last, looked at first since a sheet lists its periods one
 * after another. */
struct period_ids {
	struct period_seen {
		char *code;
		sqlite3_int64 id, before;
		size_t rows;	/* the sheet's reports for it */
		size_t changed; /* of those, the ones that added or changed a row */
	} * list;
	size_t list_n, list_cap, last;
};

#define COUNT_IN_PERIOD "SELECT count(*) FROM status_report WHERE period_id = ?1"

/* The id of period `p`, created when new. */
static enum vk_code period_id(struct vk_db *db, const struct vk_period *p, struct period_ids *known,
			      sqlite3_int64 *id, struct vk_error *err)
{
	struct period_seen *seen;
	enum vk_code rc;

	if (known->last < known->list_n && strcmp(known->list[known->last].code, p->code) == 0) {
		*id = known->list[known->last].id;
		return VK_OK;
	}
	for (size_t i = 0; i < known->list_n; i++)
		if (strcmp(known->list[i].code, p->code) == 0) {
			*id = known->list[known->last = i].id;
			return VK_OK;
		}
	if ((rc = db_run(db, err,
			 "INSERT INTO period (code, start_date, end_date) VALUES (?1, ?2, ?3) "
			 "ON CONFLICT (code) DO NOTHING",
			 "tdd", p->code, p->start, p->end)))
		return rc;
	*id = db_id_of(db, "period", p->code);
	seen = VK_PUSH(known->list);
	*seen = (struct period_seen){vk_xstrdup(p->code), *id, 0, 0, 0};
	known->last = known->list_n - 1;
	return db_each_row(db, COUNT_IN_PERIOD, *id, db_int_row, &seen->before, err);
}

/* Adds a sheet's reports in one period to the import's summary. */
static void count_period(struct vk_import *im, const char *code, size_t added, size_t replaced,
			 size_t unchanged)
{
	struct vk_import_period *p = NULL;

	for (size_t i = im->periods_n; i > 0 && !p; i--)
		if (strcmp(im->periods[i - 1].code, code) == 0)
			p = &im->periods[i - 1];
	if (!p) {
		p = VK_PUSH(im->periods);
		memset(p, 0, sizeof(*p));
		snprintf(p->code, sizeof(p->code), "%s", code);
	}
	p->added += added;
	p->replaced += replaced;
	p->unchanged += unchanged;
}

enum vk_code db_save_reports(struct vk_db *db, const struct vk_status_file *f, struct vk_import *im,
			     struct vk_error *err)
{
	/* one pass with one prepared statement and item ids looked up in memory: a sheet of
	 * 100,000 rows is not 400,000 statements. New and replaced reports are told apart by
	 * counting the sheet's periods before and after, not by a query per report. */
	struct {
		struct code_id *list;
		size_t list_n, list_cap;
	} items = {0};
	struct period_ids periods = {0};
	sqlite3_stmt *put = NULL;
	size_t added = 0, changed = 0;
	enum vk_code rc;

	if ((rc = db_each_row(db, "SELECT id, code FROM item", 0, code_id_row, &items, err)) ||
	    (rc = db_prepare(
		 db,
		 /* ?6 (?7): keep the stored comment (budget): the sheet has no such column,
		  * or `status set` did not name it */
		 "INSERT INTO status_report (item_id, period_id, colour, comment, budget_mnok) "
		 "VALUES (?1, ?2, ?3, nullif(?4, ''), ?5) ON CONFLICT (item_id, period_id) DO "
		 "UPDATE SET colour = excluded.colour, comment = CASE WHEN ?6 THEN comment ELSE "
		 "excluded.comment END, budget_mnok = CASE WHEN ?7 THEN budget_mnok ELSE "
		 "excluded.budget_mnok END WHERE colour IS NOT excluded.colour OR (NOT ?6 AND "
		 "comment IS NOT excluded.comment) OR (NOT ?7 AND budget_mnok IS NOT "
		 "excluded.budget_mnok)",
		 &put, err)))
		goto out;
	qsort(items.list, items.list_n, sizeof(*items.list), by_code);
	for (size_t k = 0; k < f->reports_n && !rc; k++) {
		const struct vk_report *r = &f->reports[k];
		struct code_id key = {.code = r->code}, *item;
		sqlite3_int64 period;
		int step;

		/* vk_status_validate has made sure every code is there */
		item = bsearch(&key, items.list, items.list_n, sizeof(*items.list), by_code);
		if ((rc = period_id(db, &r->period, &periods, &period, err)))
			break;
		periods.list[periods.last].rows++;
		sqlite3_bind_int64(put, 1, item->id);
		sqlite3_bind_int64(put, 2, period);
		sqlite3_bind_text(put, 3, vk_colour_key(r->colour), -1, SQLITE_STATIC);
		if (r->comment)
			sqlite3_bind_text(put, 4, r->comment, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(put, 4);
		if (r->budget >= 0)
			sqlite3_bind_double(put, 5, r->budget);
		else
			sqlite3_bind_null(put, 5);
		sqlite3_bind_int(put, 6, f->no_comment || (im->keep_unnamed && !r->comment));
		sqlite3_bind_int(put, 7, f->no_budget || (im->keep_unnamed && r->budget < 0));
		if ((step = sqlite3_step(put)) != SQLITE_DONE)
			rc = db_fail(db, step, "writing a status report", err);
		else /* 0 when the stored report was the same: the upsert's WHERE held */
			periods.list[periods.last].changed += (size_t)sqlite3_changes(db->sql);
		sqlite3_reset(put);
	}
	/* a sheet has one report per item and period (vk_status_validate), so what the
	 * periods gained is what was new */
	for (size_t i = 0; i < periods.list_n && !rc; i++) {
		sqlite3_int64 after = 0;
		if (!(rc = db_each_row(db, COUNT_IN_PERIOD, periods.list[i].id, db_int_row, &after,
				       err))) {
			struct period_seen *p = &periods.list[i];
			size_t n = (size_t)(after - p->before);
			added += n;
			changed += p->changed;
			count_period(im, p->code, n, p->changed - n, p->rows - p->changed);
		}
	}
	if (!rc) {
		im->reports_added += added;
		im->reports_replaced += changed - added;
		im->reports_unchanged += f->reports_n - changed;
	}
out:
	sqlite3_finalize(put);
	for (size_t i = 0; i < items.list_n; i++)
		free(items.list[i].code);
	free(items.list);
	for (size_t i = 0; i < periods.list_n; i++)
		free(periods.list[i].code);
	free(periods.list);
	return rc;
}

static void measure_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_score_file *f = ctx;
	struct vk_candidate *m = VK_PUSH(f->measures);

	m->name = db_col_text(st, 0);
	m->code = db_col_text(st, 1);
}

static void value_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_candidate *m = ctx;
	struct vk_value *v = VK_PUSH(m->values);

	v->criterion = db_col_text(st, 0);
	v->value = sqlite3_column_double(st, 1);
}

enum vk_code vk_db_load_measures(struct vk_db *db, struct vk_score_file **out, struct vk_error *err)
{
	struct vk_score_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc = db_exec(db, "BEGIN", "reading the store", err)))
		goto fail;
	if ((rc = db_each_row(
		 db,
		 "SELECT m.name, i.code FROM measure m LEFT JOIN item i ON i.id = m.item_id "
		 "ORDER BY m.ord",
		 0, measure_row, f, err)))
		goto fail;
	for (size_t i = 0; i < f->measures_n; i++) {
		sqlite3_int64 id = 0;
		sqlite3_stmt *st;
		if ((rc = db_prepare(db, "SELECT id FROM measure WHERE name = ?1", &st, err)))
			goto fail;
		sqlite3_bind_text(st, 1, f->measures[i].name, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if ((rc = db_each_row(
			 db,
			 "SELECT c.code, s.value FROM score s JOIN criterion c ON c.id = "
			 "s.criterion_id WHERE s.measure_id = ?1 ORDER BY c.ord",
			 id, value_row, &f->measures[i], err)))
			goto fail;
	}
	if ((rc = db_exec(db, "COMMIT", "reading the store", err)))
		goto fail;
	*out = f;
	return VK_OK;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	vk_score_file_free(f);
	return rc;
}

static void cost_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_cost_file *f = ctx;
	struct vk_cost *c = VK_PUSH(f->costs);

	c->solution = db_col_text(st, 0);
	c->year = sqlite3_column_int(st, 1);
	vk_cost_kind_parse((const char *)sqlite3_column_text(st, 2), &c->kind);
	c->mnok = sqlite3_column_double(st, 3);
}

enum vk_code vk_db_load_costs(struct vk_db *db, struct vk_cost_file **out, struct vk_error *err)
{
	struct vk_cost_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc =
		 db_each_row(db,
			     "SELECT s.name, c.year, c.kind, c.mnok FROM cost c JOIN solution s ON "
			     "s.id = c.solution_id ORDER BY s.ord, c.year, c.kind",
			     0, cost_row, f, err))) {
		vk_cost_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

enum vk_code db_save_cost(struct vk_db *db, const struct vk_cost *c, struct vk_error *err)
{
	enum vk_code rc;

	/* a solution is known by its name, which is also its code */
	if ((rc = db_run(db, err,
			 "INSERT INTO solution (code, name, ord) VALUES (?1, ?1, (SELECT "
			 "coalesce(max(ord), 0) + 1 FROM solution)) ON CONFLICT (code) DO NOTHING",
			 "t", c->solution)))
		return rc;
	return db_run(
	    db, err,
	    "INSERT OR REPLACE INTO cost (solution_id, year, kind, mnok) VALUES ((SELECT id "
	    "FROM solution WHERE code = ?1), ?2, ?3, ?4)",
	    "titr", c->solution, c->year, vk_cost_kind_key(c->kind), c->mnok);
}

/* Runs `st` (bound by the caller) to its end and resets it. */
static enum vk_code step_done(struct vk_db *db, sqlite3_stmt *st, struct vk_error *err)
{
	int step = sqlite3_step(st);

	sqlite3_reset(st);
	return step == SQLITE_DONE ? VK_OK : db_fail(db, step, "writing a score", err);
}

enum vk_code db_save_measure(struct vk_db *db, const struct vk_candidate *m,
			     struct db_measure_put *put, struct vk_error *err)
{
	enum vk_code rc;
	sqlite3_int64 id = 0;
	bool added = false;
	int step;

	/* statements prepared once and max(ord) read once per import: a sheet of 60,000
	 * measures is neither 800,000 parses nor 60,000 scans of the measure table */
	if (!put->insert &&
	    ((rc = db_each_row(db, "SELECT coalesce(max(ord), 0) + 1 FROM measure", 0, db_int_row,
			       &put->next_ord, err)) ||
	     (rc = db_prepare(db,
			      "INSERT INTO measure (name, item_id, ord) VALUES (?1, (SELECT id "
			      "FROM item WHERE code = ?2), ?3) ON CONFLICT (name) DO UPDATE SET "
			      "item_id = coalesce(excluded.item_id, item_id)",
			      &put->insert, err)) ||
	     (rc =
		  db_prepare(db, "SELECT id, ord FROM measure WHERE name = ?1", &put->find, err)) ||
	     (rc = db_prepare(db, "DELETE FROM score WHERE measure_id = ?1", &put->clear, err)) ||
	     (rc = db_prepare(db,
			      "INSERT INTO score (measure_id, criterion_id, value) VALUES (?1, "
			      "(SELECT id FROM criterion WHERE code = ?2), ?3)",
			      &put->score, err))))
		return rc;
	sqlite3_bind_text(put->insert, 1, m->name, -1, SQLITE_STATIC);
	if (m->code)
		sqlite3_bind_text(put->insert, 2, m->code, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(put->insert, 2);
	sqlite3_bind_int64(put->insert, 3, put->next_ord);
	if ((rc = step_done(db, put->insert, err)))
		return rc;
	sqlite3_bind_text(put->find, 1, m->name, -1, SQLITE_STATIC);
	if ((step = sqlite3_step(put->find)) == SQLITE_ROW) {
		id = sqlite3_column_int64(put->find, 0);
		/* a new measure took the next ord; a stored one kept its own, which is lower */
		if ((added = sqlite3_column_int64(put->find, 1) == put->next_ord))
			put->next_ord++;
	}
	sqlite3_reset(put->find);
	if (step != SQLITE_ROW)
		return db_fail(db, step, "writing a score", err);
	/* a new measure has no scores to replace */
	sqlite3_bind_int64(put->clear, 1, id);
	if (!added && (rc = step_done(db, put->clear, err)))
		return rc;
	for (size_t i = 0; i < m->values_n && !rc; i++) {
		sqlite3_bind_int64(put->score, 1, id);
		sqlite3_bind_text(put->score, 2, m->values[i].criterion, -1, SQLITE_STATIC);
		sqlite3_bind_double(put->score, 3, m->values[i].value);
		rc = step_done(db, put->score, err);
	}
	return rc;
}

void db_measure_put_clear(struct db_measure_put *put)
{
	sqlite3_finalize(put->insert);
	sqlite3_finalize(put->find);
	sqlite3_finalize(put->clear);
	sqlite3_finalize(put->score);
	memset(put, 0, sizeof(*put));
}

static void text_row(sqlite3_stmt *st, void *ctx)
{
	free(*(char **)ctx);
	*(char **)ctx = db_col_text(st, 0);
}

enum vk_code vk_db_cadence(struct vk_db *db, enum vk_period_kind *out, char *source, size_t size,
			   struct vk_error *err)
{
	struct vk_status_set stored = {0};
	char *word = NULL;
	enum vk_code rc;

	*out = VK_CADENCE_NONE;
	snprintf(source, size, "no period is stored yet");
	if ((rc = db_each_row(db, "SELECT value FROM meta WHERE key = 'cadence'", 0, text_row,
			      &word, err)))
		goto out;
	if (word) {
		if (!vk_period_kind_parse(word, out))
			rc = vk_error_set(err, VK_ESTORE,
					  "the store's cadence '%.40s' is not known", word);
		snprintf(source, size, "as the store records");
	} else if (!(rc = vk_db_load_periods(db, &stored, err)) && stored.periods_n) {
		/* a store from before the cadence was kept: its latest period says */
		*out = vk_period_kind_of(&stored.periods[stored.periods_n - 1]);
		snprintf(source, size, "as the store's latest period, %s, does",
			 stored.periods[stored.periods_n - 1].code);
	}
out:
	free(word);
	vk_status_set_clear(&stored);
	return rc;
}

enum vk_code db_settle_cadence(struct vk_db *db, const struct vk_portfolio *pf,
			       const struct vk_import *im, struct vk_error *err)
{
	struct vk_status_set stored = {0};
	enum vk_period_kind cadence = pf->cadence, kept = VK_CADENCE_NONE;
	const char *source = "set by 'cadence:' in the portfolio file";
	char *word = NULL, from[96];
	enum vk_code rc;

	if ((rc = db_each_row(db, "SELECT value FROM meta WHERE key = 'cadence'", 0, text_row,
			      &word, err)) ||
	    (rc = vk_db_load_periods(db, &stored, err)))
		goto out;
	if (word && !vk_period_kind_parse(word, &kept)) {
		rc = vk_error_set(err, VK_ESTORE, "the store's cadence '%.40s' is not known", word);
		goto out;
	}
	/* periods of another kind in the store: a file may not set a cadence over them */
	for (size_t i = 0; i < stored.periods_n && cadence; i++)
		if (vk_period_kind_of(&stored.periods[i]) != cadence) {
			rc = vk_error_set(
			    err, VK_EDATA,
			    "the portfolio file sets cadence '%s', but the store holds "
			    "reports by %s (%s)",
			    vk_period_kind_name(cadence),
			    vk_period_kind_name(vk_period_kind_of(&stored.periods[i])),
			    stored.periods[i].code);
			goto out;
		}
	if (!cadence && kept) {
		cadence = kept;
		source = "as the store records";
	} else if (!cadence && stored.periods_n) {
		/* a store from before the cadence was kept: its latest period says */
		cadence = vk_period_kind_of(&stored.periods[stored.periods_n - 1]);
		snprintf(from, sizeof(from), "as the store's latest period, %s, does",
			 stored.periods[stored.periods_n - 1].code);
		source = from;
	}
	if ((rc = vk_status_check_cadence(im->status, im->status_n, &cadence, source, err)))
		goto out;
	if (cadence && cadence != kept)
		rc = db_run(db, err, "INSERT OR REPLACE INTO meta VALUES ('cadence', ?1)", "t",
			    vk_period_kind_name(cadence));
out:
	free(word);
	vk_status_set_clear(&stored);
	return rc;
}

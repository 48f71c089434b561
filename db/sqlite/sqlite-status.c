/* SQLite backend: reading what the status sheets brought for the views: periods, one
 * item's or every report, a period's reports, the trend and the workbook's colours. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "sqlite-int.h"

void vk_sqlite_period_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_period *p = VK_PUSH(set->periods);

	snprintf(p->code, sizeof(p->code), "%s", (const char *)sqlite3_column_text(st, 0));
	p->start = vk_sqlite_col_date(st, 1);
	p->end = vk_sqlite_col_date(st, 2);
}

void vk_sqlite_report_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_report *r = VK_PUSH(set->reports);
	long i = vk_status_period_index(set, (const char *)sqlite3_column_text(st, 1));

	r->code = vk_sqlite_col_text(st, 0);
	r->period = set->periods[i];
	vk_colour_parse((const char *)sqlite3_column_text(st, 2), &r->colour);
	r->comment = vk_sqlite_col_text(st, 3);
	r->budget = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 4);
}

enum vk_code vk_sqlite_load_periods(struct vk_store *db, struct vk_status_set *set,
				    struct vk_error *err)
{
	return vk_sqlite_each_row(
	    db,
	    "SELECT code, start_date, end_date FROM period ORDER BY start_date, "
	    "end_date, code",
	    0, vk_sqlite_period_row, set, err);
}

/* Every period, and the reports of item `code` (every item's when NULL). */
enum vk_code vk_sqlite_load_status(struct vk_store *db, const char *code, struct vk_status_set *set,
				   struct vk_error *err)
{
	sqlite3_stmt *st = NULL;
	enum vk_code rc;
	int step;

	if ((rc = vk_sqlite_load_periods(db, set, err)) ||
	    (rc = vk_sqlite_prepare(
		 db,
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
		vk_sqlite_report_row(st, set);
	if (step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading status reports", err);
fail:
	sqlite3_finalize(st);
	if (rc)
		vk_status_set_clear(set);
	return rc;
}

enum vk_code vk_sqlite_load_period_reports(struct vk_store *db, struct vk_status_set *set,
					   const struct vk_period *const *periods, size_t n,
					   struct vk_error *err)
{
	sqlite3_stmt *st = NULL;
	enum vk_code rc = VK_OK;
	int step = SQLITE_DONE;

	if ((rc = vk_sqlite_prepare(
		 db,
		 /* the period's reports through its code, in portfolio order */
		 "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok FROM "
		 "period p JOIN status_report s ON s.period_id = p.id JOIN item i ON "
		 "i.id = s.item_id WHERE p.code = ?1 ORDER BY i.ord",
		 &st, err)))
		return rc;
	for (size_t k = 0; k < n && step == SQLITE_DONE; k++) {
		sqlite3_bind_text(st, 1, periods[k]->code, -1, SQLITE_TRANSIENT);
		while ((step = sqlite3_step(st)) == SQLITE_ROW)
			vk_sqlite_report_row(st, set);
		sqlite3_reset(st);
	}
	if (step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading status reports", err);
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
		vk_sqlite_period_row(st, t->set);
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
	x->start = vk_sqlite_col_date(st, 2);
	x->end = vk_sqlite_col_date(st, 3);
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
	a->after = vk_sqlite_col_date(st, 1);
	a->until = vk_sqlite_col_date(st, 2);
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
static enum vk_code trend_silent(struct vk_store *db, struct trend *t, struct vk_error *err)
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

	if ((rc =
		 vk_sqlite_each_row(db, "SELECT id FROM period ORDER BY start_date, end_date, code",
				    0, period_at_row, &ids, err)) ||
	    (rc = vk_sqlite_each_row(
		 db,
		 "SELECT i.id, i.archived, min(ph.start_date), max(ph.end_date) "
		 "FROM item i LEFT JOIN item_phase ph ON ph.item_id = i.id GROUP BY "
		 "i.id ORDER BY i.id",
		 0, expect_row, &items, err)) ||
	    (rc = vk_sqlite_each_row(
		 db,
		 "SELECT item_id, after_date, until_date FROM item_absence ORDER BY "
		 "item_id, coalesce(after_date, ''), rowid",
		 0, absence_row, &items, err)) ||
	    (rc = vk_sqlite_prepare(db, "SELECT period_id FROM status_report WHERE item_id = ?1",
				    &reports, err)))
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
			rc = vk_sqlite_fail(db, step, "reading status reports", err);
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

enum vk_code vk_sqlite_load_trend(struct vk_store *db, struct vk_status_set *set,
				  struct vk_status_summary **out, struct vk_error *err)
{
	struct trend t = {.set = set};
	enum vk_code rc;

	/* the inner query reads only the covering index status_report_trend; counting rows
	 * per (period, colour) is twice as fast as summing three conditions per row */
	rc = vk_sqlite_each_row(
	    db,
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

enum vk_code vk_sqlite_load_colours(struct vk_store *db, const struct vk_portfolio *pf,
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
	if ((rc = vk_sqlite_each_row(db, "SELECT id, code FROM item", 0, item_id_row, &items,
				     err)) ||
	    (rc = vk_sqlite_each_row(db, "SELECT id, code FROM period", 0, period_id_row, &periods,
				     err)) ||
	    (rc = vk_sqlite_prepare(
		 db, "SELECT item_id, period_id, colour, budget_mnok FROM status_report", &st,
		 err)))
		goto out;
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
		rc = vk_sqlite_fail(db, step, "reading the store", err);
		goto out;
	}
	for (size_t id = 0; id < periods.at_n; id++)
		if (periods.at[id] >= 0 && (size_t)periods.at[id] == shown)
			shown_id = (sqlite3_int64)id;
	if (set->periods_n &&
	    (rc = vk_sqlite_each_row(
		 db,
		 "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok FROM "
		 "status_report s JOIN item i ON i.id = s.item_id JOIN period p ON "
		 "p.id = s.period_id WHERE s.period_id = ?1 ORDER BY i.ord",
		 shown_id, vk_sqlite_report_row, set, err)))
		goto out;
	*out = m;
	*budgets = money;
	m = NULL;
	money = NULL;
	goto out;
out:
	sqlite3_finalize(st);
	free(m);
	free(money);
	free(items.at);
	free(periods.at);
	return rc;
}

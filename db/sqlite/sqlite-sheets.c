/* SQLite backend: writing what the sheets bring (status reports, scored measures, costs)
 * inside the import's transaction, settling the cadence, and reading measures and costs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "sqlite-int.h"

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
	c->code = vk_sqlite_col_text(st, 1);
}

/* Rows of ids: item (or period) id to its position, for the matrix below. */
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
static enum vk_code period_id(struct vk_store *db, const struct vk_period *p,
			      struct period_ids *known, sqlite3_int64 *id, struct vk_error *err)
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
	if ((rc = vk_sqlite_run(
		 db, err,
		 "INSERT INTO period (code, start_date, end_date) VALUES (?1, ?2, ?3) "
		 "ON CONFLICT (code) DO NOTHING",
		 "tdd", p->code, p->start, p->end)))
		return rc;
	*id = vk_sqlite_id_of(db, "period", p->code);
	seen = VK_PUSH(known->list);
	*seen = (struct period_seen){vk_xstrdup(p->code), *id, 0, 0, 0};
	known->last = known->list_n - 1;
	return vk_sqlite_each_row(db, COUNT_IN_PERIOD, *id, vk_sqlite_int_row, &seen->before, err);
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

enum vk_code vk_sqlite_save_reports(struct vk_store *db, const struct vk_status_file *f,
				    struct vk_import *im, struct vk_error *err)
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

	if ((rc = vk_sqlite_each_row(db, "SELECT id, code FROM item", 0, code_id_row, &items,
				     err)) ||
	    (rc = vk_sqlite_prepare(
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
			rc = vk_sqlite_fail(db, step, "writing a status report", err);
		else /* 0 when the stored report was the same: the upsert's WHERE held */
			periods.list[periods.last].changed += (size_t)sqlite3_changes(db->sql);
		sqlite3_reset(put);
	}
	/* a sheet has one report per item and period (vk_status_validate), so what the
	 * periods gained is what was new */
	for (size_t i = 0; i < periods.list_n && !rc; i++) {
		sqlite3_int64 after = 0;
		if (!(rc = vk_sqlite_each_row(db, COUNT_IN_PERIOD, periods.list[i].id,
					      vk_sqlite_int_row, &after, err))) {
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

	m->name = vk_sqlite_col_text(st, 0);
	m->code = vk_sqlite_col_text(st, 1);
}

static void value_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_candidate *m = ctx;
	struct vk_value *v = VK_PUSH(m->values);

	v->criterion = vk_sqlite_col_text(st, 0);
	v->value = sqlite3_column_double(st, 1);
}

enum vk_code vk_sqlite_load_measures(struct vk_store *db, struct vk_score_file **out,
				     struct vk_error *err)
{
	struct vk_score_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc = vk_sqlite_each_row(
		 db,
		 "SELECT m.name, i.code FROM measure m LEFT JOIN item i ON i.id = m.item_id "
		 "ORDER BY m.ord",
		 0, measure_row, f, err)))
		goto fail;
	for (size_t i = 0; i < f->measures_n; i++) {
		sqlite3_int64 id = 0;
		sqlite3_stmt *st;
		if ((rc =
			 vk_sqlite_prepare(db, "SELECT id FROM measure WHERE name = ?1", &st, err)))
			goto fail;
		sqlite3_bind_text(st, 1, f->measures[i].name, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if ((rc = vk_sqlite_each_row(
			 db,
			 "SELECT c.code, s.value FROM score s JOIN criterion c ON c.id = "
			 "s.criterion_id WHERE s.measure_id = ?1 ORDER BY c.ord",
			 id, value_row, &f->measures[i], err)))
			goto fail;
	}
	*out = f;
	return VK_OK;
fail:
	vk_score_file_free(f);
	return rc;
}

static void cost_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_cost_file *f = ctx;
	struct vk_cost *c = VK_PUSH(f->costs);

	c->solution = vk_sqlite_col_text(st, 0);
	c->year = sqlite3_column_int(st, 1);
	vk_cost_kind_parse((const char *)sqlite3_column_text(st, 2), &c->kind);
	c->mnok = sqlite3_column_double(st, 3);
}

enum vk_code vk_sqlite_load_costs(struct vk_store *db, struct vk_cost_file **out,
				  struct vk_error *err)
{
	struct vk_cost_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc = vk_sqlite_each_row(
		 db,
		 "SELECT s.name, c.year, c.kind, c.mnok FROM cost c JOIN solution s ON "
		 "s.id = c.solution_id ORDER BY s.ord, c.year, c.kind",
		 0, cost_row, f, err))) {
		vk_cost_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

enum vk_code vk_sqlite_save_cost(struct vk_store *db, const struct vk_cost *c, struct vk_error *err)
{
	enum vk_code rc;

	/* a solution is known by its name, which is also its code */
	if ((rc = vk_sqlite_run(
		 db, err,
		 "INSERT INTO solution (code, name, ord) VALUES (?1, ?1, (SELECT "
		 "coalesce(max(ord), 0) + 1 FROM solution)) ON CONFLICT (code) DO NOTHING",
		 "t", c->solution)))
		return rc;
	return vk_sqlite_run(
	    db, err,
	    "INSERT OR REPLACE INTO cost (solution_id, year, kind, mnok) VALUES ((SELECT id "
	    "FROM solution WHERE code = ?1), ?2, ?3, ?4)",
	    "titr", c->solution, c->year, vk_cost_kind_key(c->kind), c->mnok);
}

/* Runs `st` (bound by the caller) to its end and resets it. */
static enum vk_code step_done(struct vk_store *db, sqlite3_stmt *st, struct vk_error *err)
{
	int step = sqlite3_step(st);

	sqlite3_reset(st);
	return step == SQLITE_DONE ? VK_OK : vk_sqlite_fail(db, step, "writing a score", err);
}

enum vk_code vk_sqlite_save_measure(struct vk_store *db, const struct vk_candidate *m,
				    struct vk_error *err)
{
	struct vk_sqlite_put *put = &db->put;
	enum vk_code rc;
	sqlite3_int64 id = 0;
	bool added = false;
	int step;

	/* statements prepared once and max(ord) read once per import: a sheet of 60,000
	 * measures is neither 800,000 parses nor 60,000 scans of the measure table */
	if (!put->insert &&
	    ((rc = vk_sqlite_each_row(db, "SELECT coalesce(max(ord), 0) + 1 FROM measure", 0,
				      vk_sqlite_int_row, &put->next_ord, err)) ||
	     (rc = vk_sqlite_prepare(
		  db,
		  "INSERT INTO measure (name, item_id, ord) VALUES (?1, (SELECT id "
		  "FROM item WHERE code = ?2), ?3) ON CONFLICT (name) DO UPDATE SET "
		  "item_id = coalesce(excluded.item_id, item_id)",
		  &put->insert, err)) ||
	     (rc = vk_sqlite_prepare(db, "SELECT id, ord FROM measure WHERE name = ?1", &put->find,
				     err)) ||
	     (rc = vk_sqlite_prepare(db, "DELETE FROM score WHERE measure_id = ?1", &put->clear,
				     err)) ||
	     (rc = vk_sqlite_prepare(
		  db,
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
		return vk_sqlite_fail(db, step, "writing a score", err);
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

void vk_sqlite_measure_put_clear(struct vk_sqlite_put *put)
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
	*(char **)ctx = vk_sqlite_col_text(st, 0);
}

enum vk_code vk_sqlite_cadence(struct vk_store *db, enum vk_period_kind *out, char *source,
			       size_t size, struct vk_error *err)
{
	struct vk_status_set stored = {0};
	char *word = NULL;
	enum vk_code rc;

	*out = VK_CADENCE_NONE;
	snprintf(source, size, "no period is stored yet");
	if ((rc = vk_sqlite_each_row(db, "SELECT value FROM meta WHERE key = 'cadence'", 0,
				     text_row, &word, err)))
		goto out;
	if (word) {
		if (!vk_period_kind_parse(word, out))
			rc = vk_error_set(err, VK_ESTORE,
					  "the store's cadence '%.40s' is not known", word);
		snprintf(source, size, "as the store records");
	} else if (!(rc = vk_sqlite_load_periods(db, &stored, err)) && stored.periods_n) {
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

enum vk_code vk_sqlite_settle_cadence(struct vk_store *db, const struct vk_portfolio *pf,
				      struct vk_status_file *const *files, size_t n,
				      struct vk_error *err)
{
	struct vk_status_set stored = {0};
	enum vk_period_kind cadence = pf->cadence, kept = VK_CADENCE_NONE;
	const char *source = "set by 'cadence:' in the portfolio file";
	char *word = NULL, from[96];
	enum vk_code rc;

	if ((rc = vk_sqlite_each_row(db, "SELECT value FROM meta WHERE key = 'cadence'", 0,
				     text_row, &word, err)) ||
	    (rc = vk_sqlite_load_periods(db, &stored, err)))
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
	if ((rc = vk_status_check_cadence(files, n, &cadence, source, err)))
		goto out;
	if (cadence && cadence != kept)
		rc = vk_sqlite_run(db, err, "INSERT OR REPLACE INTO meta VALUES ('cadence', ?1)",
				   "t", vk_period_kind_name(cadence));
out:
	free(word);
	vk_status_set_clear(&stored);
	return rc;
}

/* SQLite store: opening and migrating, loading the model, saving it in one transaction.
 * SQLite errors are translated here into vk_error with SQLite's reason in the message. */
#include "store.h"
#include "store-int.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "date.h"
#include "embedded.h"
#include "score.h"

extern const struct vk_embedded vk_db_migrations[];
extern const size_t vk_db_migrations_n;

int vk_db_schema_version(void)
{
	return (int)vk_db_migrations_n;
}

/* Translates the last SQLite failure on `db` into `err`. */
enum vk_code db_fail(struct vk_db *db, int rc, const char *doing, struct vk_error *err)
{
	int base = rc & 0xff;

	if (base == SQLITE_BUSY || base == SQLITE_LOCKED)
		return vk_error_set(err, VK_EBUSY, "%s: store is busy, try again (%s)", db->path,
				    sqlite3_errmsg(db->sql));
	if (base == SQLITE_NOTADB)
		return vk_error_set(err, VK_ESTORE, "%s: not a veikart store (%s)", db->path,
				    sqlite3_errmsg(db->sql));
	return vk_error_set(err, VK_ESTORE, "%s: %s: %s", db->path, doing, sqlite3_errmsg(db->sql));
}

enum vk_code db_exec(struct vk_db *db, const char *sql, const char *doing, struct vk_error *err)
{
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? VK_OK : db_fail(db, rc, doing, err);
}

enum vk_code db_prepare(struct vk_db *db, const char *sql, sqlite3_stmt **st, struct vk_error *err)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);
	return rc == SQLITE_OK ? VK_OK : db_fail(db, rc, "preparing a query", err);
}

static enum vk_code user_version(struct vk_db *db, int *version, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = db_prepare(db, "PRAGMA user_version", &st, err)))
		return rc;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	else
		rc = db_fail(db, step, "reading the schema version", err);
	sqlite3_finalize(st);
	return rc;
}

/* Before an older store is migrated, a copy of it as it was goes next to it
 * (FILE.schemaN.bak); an existing copy of that version is kept. */
static enum vk_code backup(struct vk_db *db, int version, struct vk_error *err)
{
	char *target, *sql;
	enum vk_code rc = VK_OK;

	if (version == 0 || strcmp(db->path, ":memory:") == 0)
		return VK_OK;
	target = vk_xasprintf("%s.schema%d.bak", db->path, version);
	if (access(target, F_OK) != 0) {
		sql = sqlite3_mprintf("VACUUM INTO %Q", target);
		rc = db_exec(db, sql, "writing a backup before the schema update", err);
		sqlite3_free(sql);
	}
	free(target);
	return rc;
}

static enum vk_code migrate(struct vk_db *db, struct vk_error *err)
{
	enum vk_code rc;
	int version;

	if ((rc = user_version(db, &version, err)))
		return rc;
	if (version == vk_db_schema_version())
		return VK_OK; /* nothing to do, and no write lock taken for readers */
	if (version < vk_db_schema_version() && (rc = backup(db, version, err)))
		return rc;
	/* read the version again under the write lock: another process may have migrated */
	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting the schema update", err)))
		return rc;
	if ((rc = user_version(db, &version, err)))
		goto fail;
	if (version > vk_db_schema_version()) {
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: store has schema version %d, newer than this veikart (%d)",
				  db->path, version, vk_db_schema_version());
		goto fail;
	}
	for (int v = version; v < vk_db_schema_version(); v++) {
		char pragma[48];
		if ((rc = db_exec(db, vk_db_migrations[v].data, vk_db_migrations[v].name, err)))
			goto fail;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		if ((rc = db_exec(db, pragma, "setting the schema version", err)))
			goto fail;
	}
	return db_exec(db, "COMMIT", "committing the schema update", err);
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

enum vk_code vk_db_open(const char *path, bool create, struct vk_db **out, struct vk_error *err)
{
	struct vk_db *db;
	enum vk_code rc;
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);

	*out = NULL;
	if (!create && access(path, F_OK) != 0)
		return vk_error_set(err, VK_ENOINPUT,
				    "%s: no store here (create one with 'veikart init' or "
				    "choose one with --db)",
				    path);
	db = vk_xcalloc(1, sizeof(*db));
	db->path = vk_xstrdup(path);
	if (sqlite3_open_v2(path, &db->sql, flags, NULL) != SQLITE_OK) {
		rc = vk_error_set(err, create ? VK_ECANTCREAT : VK_ENOINPUT, "%s: cannot open: %s",
				  path, db->sql ? sqlite3_errmsg(db->sql) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(db->sql, 1);
	sqlite3_busy_timeout(db->sql, 5000);
	if ((rc = db_exec(db, "PRAGMA foreign_keys = ON", "enabling foreign keys", err)) ||
	    (rc = db_exec(db, "PRAGMA journal_mode = WAL", "enabling WAL", err)) ||
	    (rc = migrate(db, err)))
		goto fail;
	*out = db;
	return VK_OK;
fail:
	vk_db_close(db);
	return rc;
}

void vk_db_close(struct vk_db *db)
{
	if (!db)
		return;
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

/* ---- loading ---- */

char *db_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? vk_xstrdup((const char *)s) : NULL;
}

/* Dates in the store passed its CHECK constraints, so they parse. */
int db_col_date(sqlite3_stmt *st, int i)
{
	int date = VK_DATE_NONE;
	const unsigned char *s = sqlite3_column_text(st, i);

	if (s)
		vk_date_parse((const char *)s, VK_DATE_START, &date, NULL, NULL);
	return date;
}

/* Runs `sql` with `id` bound to ?1 (when id > 0) and calls `row` for every result row. */
enum vk_code db_each_row(struct vk_db *db, const char *sql, sqlite3_int64 id,
			 void (*row)(sqlite3_stmt *, void *), void *ctx, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = db_prepare(db, sql, &st, err)))
		return rc;
	if (id > 0)
		sqlite3_bind_int64(st, 1, id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		row(st, ctx);
	if (step != SQLITE_DONE)
		rc = db_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	return rc;
}

static void meta_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	const char *key = (const char *)sqlite3_column_text(st, 0);

	if (strcmp(key, "title") == 0) {
		free(pf->title);
		pf->title = db_col_text(st, 1);
	} else if (strcmp(key, "status_date") == 0) {
		pf->status_date = db_col_date(st, 1);
	}
}

static void phase_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_phase_kind *ph = VK_PUSH(pf->phases);

	ph->code = db_col_text(st, 0);
	ph->name = db_col_text(st, 1);
	ph->colour = db_col_text(st, 2);
}

static void region_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_region *r = VK_PUSH(pf->regions);

	r->code = db_col_text(st, 0);
	r->name = db_col_text(st, 1);
}

static void area_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_area *a = VK_PUSH(pf->areas);

	a->code = db_col_text(st, 0);
	a->name = db_col_text(st, 1);
	a->region = db_col_text(st, 2);
}

static void item_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_item *it = VK_PUSH(pf->items);

	it->kind = strcmp((const char *)sqlite3_column_text(st, 0), "programme") == 0 ? VK_PROGRAMME
										      : VK_PROJECT;
	it->code = db_col_text(st, 1);
	it->name = db_col_text(st, 2);
	it->owner = db_col_text(st, 3);
	it->description = db_col_text(st, 4);
	it->parent = db_col_text(st, 5);
	it->priority = sqlite3_column_int(st, 6);
}

static void criterion_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_scoring *m = ctx;
	struct vk_criterion *c = VK_PUSH(m->criteria);

	c->code = db_col_text(st, 0);
	c->name = db_col_text(st, 1);
	c->parent = db_col_text(st, 2);
	c->weight = sqlite3_column_double(st, 3);
	c->tiebreak = sqlite3_column_int(st, 4);
}

static void span_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_span *s = VK_PUSH(it->phases);

	s->phase = db_col_text(st, 0);
	s->start = db_col_date(st, 1);
	s->end = db_col_date(st, 2);
}

static void milestone_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_milestone *m = VK_PUSH(it->milestones);

	m->name = db_col_text(st, 0);
	vk_model_milestone_kind_parse((const char *)sqlite3_column_text(st, 1), &m->kind);
	m->date = db_col_date(st, 2);
	m->done = sqlite3_column_int(st, 3) != 0;
}

static void dep_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	VK_PUSH(it->deps)->code = db_col_text(st, 0);
}

static void rollout_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_rollout *r = VK_PUSH(it->rollouts);

	r->area = db_col_text(st, 0);
	r->span.phase = db_col_text(st, 1);
	r->span.start = db_col_date(st, 2);
	r->span.end = db_col_date(st, 3);
}

static void budget_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_budget *b = VK_PUSH(it->budgets);

	b->year = sqlite3_column_int(st, 0);
	b->mnok = sqlite3_column_double(st, 1);
}

/* Looks up the rowid of `code` in `table`; 0 when absent. */
sqlite3_int64 db_id_of(struct vk_db *db, const char *table, const char *code)
{
	char sql[80];
	sqlite3_stmt *st;
	sqlite3_int64 id = 0;

	snprintf(sql, sizeof(sql), "SELECT id FROM %s WHERE code = ?1", table);
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

/* Rows of a detail table for many items at once: the item's id is the query's last
 * column, and `row` fills that item like the per-item callbacks do. */
struct details {
	struct vk_portfolio *pf;
	struct item_at {
		sqlite3_int64 id;
		size_t at;
	} * ids;
	size_t ids_n, ids_cap;
	void (*row)(sqlite3_stmt *, void *);
	size_t unset;	    /* items without a latest status yet */
	const char *period; /* the period being read, and its end */
	int period_end;
};

static int by_id(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct item_at *)a)->id, y = ((const struct item_at *)b)->id;
	return (x > y) - (x < y);
}

static void id_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at *a = VK_PUSH(d->ids);

	a->id = sqlite3_column_int64(st, 0);
	a->at = d->ids_n - 1;
}

static void detail_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {sqlite3_column_int64(st, sqlite3_column_count(st) - 1), 0}, *hit;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (hit)
		d->row(st, &d->pf->items[hit->at]);
}

void db_int_row(sqlite3_stmt *st, void *ctx)
{
	*(sqlite3_int64 *)ctx = sqlite3_column_int64(st, 0);
}

static void latest_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {sqlite3_column_int64(st, 1), 0}, *hit;
	struct vk_item *it;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (!hit || (it = &d->pf->items[hit->at])->status != VK_COLOUR_NONE)
		return;
	vk_colour_parse((const char *)sqlite3_column_text(st, 0), &it->status);
	snprintf(it->status_period, sizeof(it->status_period), "%s", d->period ? d->period : "");
	it->status_end = d->period_end;
	d->unset--;
}

/* The colour of each item's latest report: the periods from the latest back, until every
 * item that has reported has one. That is usually after the first period, so years of
 * history are not read (10,000 items × 60 periods: 1.3 s with one windowed query over
 * all reports). */
static enum vk_code load_latest_status(struct vk_db *db, struct details *d, struct vk_error *err)
{
	sqlite3_stmt *periods;
	sqlite3_int64 reported = 0;
	enum vk_code rc;
	int step = SQLITE_DONE;

	/* items that never reported would otherwise make it read every period */
	if ((rc = db_each_row(db,
			      "SELECT count(*) FROM item i WHERE EXISTS (SELECT 1 FROM "
			      "status_report s WHERE s.item_id = i.id)",
			      0, db_int_row, &reported, err)) ||
	    (rc = db_prepare(db,
			     "SELECT id, code, end_date FROM period ORDER BY end_date DESC, "
			     "start_date DESC",
			     &periods, err)))
		return rc;
	d->unset = (size_t)reported;
	while (!rc && d->unset && (step = sqlite3_step(periods)) == SQLITE_ROW) {
		d->period = (const char *)sqlite3_column_text(periods, 1);
		d->period_end = db_col_date(periods, 2);
		rc = db_each_row(db,
				 "SELECT colour, item_id FROM status_report WHERE period_id = ?1",
				 sqlite3_column_int64(periods, 0), latest_row, d, err);
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = db_fail(db, step, "reading the store", err);
	sqlite3_finalize(periods);
	return rc;
}

/* Phases, milestones, dependencies, rollouts and budgets of every item: one query per
 * table, not one per item; then the latest status. */
static enum vk_code load_details(struct vk_db *db, struct vk_portfolio *pf, struct vk_error *err)
{
	static const struct {
		const char *sql;
		void (*row)(sqlite3_stmt *, void *);
	} tables[] = {
	    {"SELECT k.code, p.start_date, p.end_date, p.item_id FROM item_phase p "
	     "JOIN phase_kind k ON k.id = p.phase_id ORDER BY p.item_id, p.ord",
	     span_row},
	    {"SELECT name, kind, date, done, item_id FROM milestone ORDER BY item_id, ord",
	     milestone_row},
	    {"SELECT i.code, d.item_id FROM dependency d JOIN item i ON i.id = d.depends_on_id "
	     "ORDER BY d.item_id, d.ord",
	     dep_row},
	    {"SELECT a.code, k.code, r.start_date, r.end_date, r.item_id FROM rollout r "
	     "JOIN area a ON a.id = r.area_id JOIN phase_kind k ON k.id = r.phase_id "
	     "ORDER BY r.item_id, r.ord",
	     rollout_row},
	    {"SELECT year, mnok, item_id FROM budget ORDER BY item_id, year", budget_row},
	};
	struct details d = {.pf = pf};
	enum vk_code rc;

	if ((rc = db_each_row(db, "SELECT id FROM item ORDER BY ord", 0, id_row, &d, err)))
		goto out;
	qsort(d.ids, d.ids_n, sizeof(*d.ids), by_id);
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]) && !rc; t++) {
		d.row = tables[t].row;
		rc = db_each_row(db, tables[t].sql, 0, detail_row, &d, err);
	}
	if (!rc)
		rc = load_latest_status(db, &d, err);
out:
	free(d.ids);
	return rc;
}

/* Reads the portfolio into `pf` inside the caller's transaction: all of it, or without
 * the items' details (phases, milestones, ...) when `details` is false. */
static enum vk_code load(struct vk_db *db, struct vk_portfolio *pf, bool details,
			 struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = db_each_row(db, "SELECT key, value FROM meta", 0, meta_row, pf, err)) ||
	    (rc = db_each_row(db, "SELECT code, name, colour FROM phase_kind ORDER BY ord", 0,
			      phase_row, pf, err)) ||
	    (rc = db_each_row(db, "SELECT code, name FROM region ORDER BY ord", 0, region_row, pf,
			      err)) ||
	    (rc = db_each_row(db,
			      "SELECT a.code, a.name, r.code FROM area a JOIN region r ON r.id = "
			      "a.region_id ORDER BY r.ord, a.ord",
			      0, area_row, pf, err)) ||
	    (rc = db_each_row(db,
			      "SELECT i.kind, i.code, i.name, i.owner, i.description, p.code, "
			      "i.priority FROM item i LEFT JOIN item p ON p.id = i.parent_id "
			      "ORDER BY i.ord",
			      0, item_row, pf, err)))
		return rc;
	if (details && pf->items_n && (rc = load_details(db, pf, err)))
		return rc;
	return db_each_row(db,
			   "SELECT c.code, c.name, p.code, c.weight, c.tiebreak FROM criterion c "
			   "LEFT JOIN criterion p ON p.id = c.parent_id ORDER BY c.ord",
			   0, criterion_row, pf->scoring, err);
}

enum vk_code vk_db_load(struct vk_db *db, struct vk_portfolio **out, struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;

	*out = NULL;
	/* one read transaction, so the model is one consistent snapshot */
	if ((rc = db_exec(db, "BEGIN", "reading the store", err)))
		goto fail;
	if ((rc = load(db, pf, true, err)) ||
	    (rc = db_exec(db, "COMMIT", "reading the store", err)))
		goto fail;
	*out = pf;
	return VK_OK;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	vk_model_free(pf);
	return rc;
}

/* ---- saving ---- */

/* Runs `sql` to completion with parameters bound in order as `fmt` says: 't' text (NULL
 * binds NULL), 'p' int that binds NULL when 0, 'i' int, 'r' double, 'd' date (as
 * YYYY-MM-DD), 'x' sqlite3_int64. */
enum vk_code db_run(struct vk_db *db, struct vk_error *err, const char *sql, const char *fmt, ...)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	va_list ap;
	int step;

	if ((rc = db_prepare(db, sql, &st, err)))
		return rc;
	va_start(ap, fmt);
	for (int i = 1; fmt[i - 1]; i++) {
		char buf[VK_DATE_TEXT_MAX];
		int v;
		switch (fmt[i - 1]) {
		case 't':
			sqlite3_bind_text(st, i, va_arg(ap, const char *), -1, SQLITE_TRANSIENT);
			break;
		case 'p':
			if ((v = va_arg(ap, int)) != 0)
				sqlite3_bind_int(st, i, v);
			break;
		case 'i':
			sqlite3_bind_int(st, i, va_arg(ap, int));
			break;
		case 'r':
			sqlite3_bind_double(st, i, va_arg(ap, double));
			break;
		case 'd':
			sqlite3_bind_text(st, i, vk_date_format(va_arg(ap, int), buf), -1,
					  SQLITE_TRANSIENT);
			break;
		case 'x':
			sqlite3_bind_int64(st, i, va_arg(ap, sqlite3_int64));
			break;
		default:
			abort(); /* a bug in the caller's format */
		}
	}
	va_end(ap);
	step = sqlite3_step(st);
	if (step != SQLITE_DONE && step != SQLITE_ROW)
		rc = db_fail(db, step, "writing the store", err);
	sqlite3_finalize(st);
	return rc;
}

enum vk_code vk_db_save(struct vk_db *db, const struct vk_portfolio *pf, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		return rc;
	if ((rc = db_save_portfolio(db, pf, err)) ||
	    (rc = db_exec(db, "COMMIT", "committing", err)))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;

	im->reports_added = im->reports_replaced = 0;
	/* a large import changes more pages than the default 2 MB cache holds; spilling
	   them to the WAL mid-transaction cost 10 % of a 100,000-report import. Other
	   commands open their own connection and keep the default, so reading years of
	   reports does not fill 64 MB. */
	if ((rc = db_exec(db, "PRAGMA cache_size = -65536", "sizing the page cache", err)))
		goto out;
	/* the write lock is taken before reading, so nobody changes the store in between */
	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		goto out;
	/* sheets alone need only the items' codes and the scoring model; the stored
	 * portfolio was checked when it was written */
	if ((rc = load(db, pf, im->models_n > 0, err)))
		goto fail;
	/* all files first, then one check: files may refer to each other in any order */
	for (size_t i = 0; i < im->models_n; i++)
		vk_model_merge(pf, im->models[i], im->replace && i == 0);
	if (im->models_n > 0 && (rc = vk_model_validate(pf, err)))
		goto fail;
	for (size_t i = 0; i < im->status_n; i++)
		if ((rc = vk_status_validate(im->status[i], pf, err)))
			goto fail;
	for (size_t i = 0; i < im->scores_n; i++)
		if ((rc = vk_score_file_validate(im->scores[i], pf->scoring, pf, err)))
			goto fail;
	if (im->models_n > 0 && (rc = db_save_portfolio(db, pf, err)))
		goto fail;
	for (size_t i = 0; i < im->status_n; i++)
		if ((rc = db_save_reports(db, im->status[i], im, err)))
			goto fail;
	for (size_t i = 0; i < im->scores_n; i++)
		for (size_t k = 0; k < im->scores[i]->measures_n; k++) {
			/* criterion columns are matched to the model's codes as stored */
			struct vk_candidate *m = &im->scores[i]->measures[k];
			for (size_t v = 0; v < m->values_n; v++) {
				const struct vk_criterion *c =
				    vk_scoring_find(pf->scoring, m->values[v].criterion);
				free(m->values[v].criterion);
				m->values[v].criterion = vk_xstrdup(c->code);
			}
			if ((rc = db_save_measure(db, m, err)))
				goto fail;
			im->measures_saved++;
		}
	for (size_t i = 0; i < im->costs_n; i++)
		for (size_t k = 0; k < im->costs[i]->costs_n; k++) {
			if ((rc = db_save_cost(db, &im->costs[i]->costs[k], err)))
				goto fail;
			im->costs_saved++;
		}
	if ((rc = db_exec(db, "COMMIT", "committing", err)))
		goto fail;
	goto out;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
out:
	vk_model_free(pf);
	return rc;
}

/* SQLite store: opening and migrating, loading the model, saving it in one transaction.
 * SQLite errors are translated here into vk_error with SQLite's reason in the message. */
#include "store.h"

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

struct vk_db {
	sqlite3 *sql;
	char *path;
};

int vk_db_schema_version(void)
{
	return (int)vk_db_migrations_n;
}

/* Translates the last SQLite failure on `db` into `err`. */
static enum vk_code sql_fail(struct vk_db *db, int rc, const char *doing, struct vk_error *err)
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

static enum vk_code exec(struct vk_db *db, const char *sql, const char *doing, struct vk_error *err)
{
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? VK_OK : sql_fail(db, rc, doing, err);
}

static enum vk_code prepare(struct vk_db *db, const char *sql, sqlite3_stmt **st,
			    struct vk_error *err)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);
	return rc == SQLITE_OK ? VK_OK : sql_fail(db, rc, "preparing a query", err);
}

static enum vk_code user_version(struct vk_db *db, int *version, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = prepare(db, "PRAGMA user_version", &st, err)))
		return rc;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	else
		rc = sql_fail(db, step, "reading the schema version", err);
	sqlite3_finalize(st);
	return rc;
}

static enum vk_code migrate(struct vk_db *db, struct vk_error *err)
{
	enum vk_code rc;
	int version;

	if ((rc = exec(db, "BEGIN IMMEDIATE", "starting the schema update", err)))
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
		if ((rc = exec(db, vk_db_migrations[v].data, vk_db_migrations[v].name, err)))
			goto fail;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		if ((rc = exec(db, pragma, "setting the schema version", err)))
			goto fail;
	}
	return exec(db, "COMMIT", "committing the schema update", err);
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
	if ((rc = exec(db, "PRAGMA foreign_keys = ON", "enabling foreign keys", err)) ||
	    (rc = exec(db, "PRAGMA journal_mode = WAL", "enabling WAL", err)) ||
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

static char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? vk_xstrdup((const char *)s) : NULL;
}

/* Dates in the store passed its CHECK constraints, so they parse. */
static int col_date(sqlite3_stmt *st, int i)
{
	int date = VK_DATE_NONE;
	const unsigned char *s = sqlite3_column_text(st, i);

	if (s)
		vk_date_parse((const char *)s, VK_DATE_START, &date, NULL, NULL);
	return date;
}

/* Runs `sql` with `id` bound to ?1 (when id > 0) and calls `row` for every result row. */
static enum vk_code each_row(struct vk_db *db, const char *sql, sqlite3_int64 id,
			     void (*row)(sqlite3_stmt *, void *), void *ctx, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = prepare(db, sql, &st, err)))
		return rc;
	if (id > 0)
		sqlite3_bind_int64(st, 1, id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		row(st, ctx);
	if (step != SQLITE_DONE)
		rc = sql_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	return rc;
}

static void meta_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	const char *key = (const char *)sqlite3_column_text(st, 0);

	if (strcmp(key, "title") == 0) {
		free(pf->title);
		pf->title = col_text(st, 1);
	} else if (strcmp(key, "status_date") == 0) {
		pf->status_date = col_date(st, 1);
	}
}

static void phase_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_phase_kind *ph = VK_PUSH(pf->phases);

	ph->code = col_text(st, 0);
	ph->name = col_text(st, 1);
	ph->colour = col_text(st, 2);
}

static void region_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_region *r = VK_PUSH(pf->regions);

	r->code = col_text(st, 0);
	r->name = col_text(st, 1);
}

static void area_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_area *a = VK_PUSH(pf->areas);

	a->code = col_text(st, 0);
	a->name = col_text(st, 1);
	a->region = col_text(st, 2);
}

static void item_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_item *it = VK_PUSH(pf->items);

	it->kind = strcmp((const char *)sqlite3_column_text(st, 0), "programme") == 0 ? VK_PROGRAMME
										      : VK_PROJECT;
	it->code = col_text(st, 1);
	it->name = col_text(st, 2);
	it->owner = col_text(st, 3);
	it->description = col_text(st, 4);
	it->parent = col_text(st, 5);
	it->priority = sqlite3_column_int(st, 6);
}

static void criterion_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_scoring *m = ctx;
	struct vk_criterion *c = VK_PUSH(m->criteria);

	c->code = col_text(st, 0);
	c->name = col_text(st, 1);
	c->parent = col_text(st, 2);
	c->weight = sqlite3_column_double(st, 3);
	c->tiebreak = sqlite3_column_int(st, 4);
}

static void span_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_span *s = VK_PUSH(it->phases);

	s->phase = col_text(st, 0);
	s->start = col_date(st, 1);
	s->end = col_date(st, 2);
}

static void milestone_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_milestone *m = VK_PUSH(it->milestones);

	m->name = col_text(st, 0);
	vk_model_milestone_kind_parse((const char *)sqlite3_column_text(st, 1), &m->kind);
	m->date = col_date(st, 2);
}

static void dep_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	VK_PUSH(it->deps)->code = col_text(st, 0);
}

static void rollout_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_rollout *r = VK_PUSH(it->rollouts);

	r->area = col_text(st, 0);
	r->span.phase = col_text(st, 1);
	r->span.start = col_date(st, 2);
	r->span.end = col_date(st, 3);
}

static void status_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	const char *c = (const char *)sqlite3_column_text(st, 0);

	it->status = strcmp(c, "gronn") == 0 ? VK_GRONN : strcmp(c, "gul") == 0 ? VK_GUL : VK_ROD;
}

static void budget_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_budget *b = VK_PUSH(it->budgets);

	b->year = sqlite3_column_int(st, 0);
	b->mnok = sqlite3_column_double(st, 1);
}

/* Looks up the rowid of `code` in `table`; 0 when absent. */
static sqlite3_int64 id_of(struct vk_db *db, const char *table, const char *code)
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

static enum vk_code load_item_details(struct vk_db *db, struct vk_item *it, struct vk_error *err)
{
	sqlite3_int64 id = id_of(db, "item", it->code);
	enum vk_code rc;

	if ((rc = each_row(
		 db,
		 "SELECT k.code, p.start_date, p.end_date FROM item_phase p "
		 "JOIN phase_kind k ON k.id = p.phase_id WHERE p.item_id = ?1 ORDER BY p.ord",
		 id, span_row, it, err)) ||
	    (rc = each_row(db,
			   "SELECT name, kind, date FROM milestone WHERE item_id = ?1 ORDER BY ord",
			   id, milestone_row, it, err)) ||
	    (rc = each_row(db,
			   "SELECT i.code FROM dependency d JOIN item i ON i.id = d.depends_on_id "
			   "WHERE d.item_id = ?1 ORDER BY d.ord",
			   id, dep_row, it, err)) ||
	    (rc = each_row(db,
			   "SELECT a.code, k.code, r.start_date, r.end_date FROM rollout r "
			   "JOIN area a ON a.id = r.area_id JOIN phase_kind k ON k.id = r.phase_id "
			   "WHERE r.item_id = ?1 ORDER BY r.ord",
			   id, rollout_row, it, err)))
		return rc;
	if ((rc = each_row(
		 db,
		 "SELECT s.colour FROM status_report s JOIN period p ON p.id = s.period_id "
		 "WHERE s.item_id = ?1 ORDER BY p.end_date DESC, p.start_date DESC LIMIT 1",
		 id, status_row, it, err)))
		return rc;
	return each_row(db, "SELECT year, mnok FROM budget WHERE item_id = ?1 ORDER BY year", id,
			budget_row, it, err);
}

/* Reads the whole portfolio into `pf` inside the caller's transaction. */
static enum vk_code load(struct vk_db *db, struct vk_portfolio *pf, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = each_row(db, "SELECT key, value FROM meta", 0, meta_row, pf, err)) ||
	    (rc = each_row(db, "SELECT code, name, colour FROM phase_kind ORDER BY ord", 0,
			   phase_row, pf, err)) ||
	    (rc = each_row(db, "SELECT code, name FROM region ORDER BY ord", 0, region_row, pf,
			   err)) ||
	    (rc = each_row(db,
			   "SELECT a.code, a.name, r.code FROM area a JOIN region r ON r.id = "
			   "a.region_id ORDER BY r.ord, a.ord",
			   0, area_row, pf, err)) ||
	    (rc = each_row(db,
			   "SELECT i.kind, i.code, i.name, i.owner, i.description, p.code, "
			   "i.priority FROM item i LEFT JOIN item p ON p.id = i.parent_id "
			   "ORDER BY i.ord",
			   0, item_row, pf, err)))
		return rc;
	for (size_t i = 0; i < pf->items_n; i++)
		if ((rc = load_item_details(db, &pf->items[i], err)))
			return rc;
	return each_row(db,
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
	if ((rc = exec(db, "BEGIN", "reading the store", err)))
		goto fail;
	if ((rc = load(db, pf, err)) || (rc = exec(db, "COMMIT", "reading the store", err)))
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
static enum vk_code run(struct vk_db *db, struct vk_error *err, const char *sql, const char *fmt,
			...)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	va_list ap;
	int step;

	if ((rc = prepare(db, sql, &st, err)))
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
		rc = sql_fail(db, step, "writing the store", err);
	sqlite3_finalize(st);
	return rc;
}

/* Deletes the rows of `table` whose code `keep` says are not wanted. */
static enum vk_code prune(struct vk_db *db, const char *table, const struct vk_portfolio *pf,
			  bool (*keep)(const struct vk_portfolio *, const char *),
			  struct vk_error *err)
{
	char sql[80];
	sqlite3_stmt *st;
	char **gone = NULL;
	size_t gone_n = 0, gone_cap = 0;
	enum vk_code rc;
	int step;

	snprintf(sql, sizeof(sql), "SELECT code FROM %s", table);
	if ((rc = prepare(db, sql, &st, err)))
		return rc;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		if (!keep(pf, code))
			*VK_PUSH(gone) = vk_xstrdup(code);
	}
	if (step != SQLITE_DONE)
		rc = sql_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE code = ?1", table);
	for (size_t i = 0; i < gone_n; i++) {
		if (!rc)
			rc = run(db, err, sql, "t", gone[i]);
		free(gone[i]);
	}
	free(gone);
	return rc;
}

static bool keep_criterion(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->scoring->criteria_n; i++)
		if (strcmp(pf->scoring->criteria[i].code, code) == 0)
			return true;
	return false;
}

static enum vk_code save_scoring(struct vk_db *db, const struct vk_portfolio *pf,
				 struct vk_error *err)
{
	const struct vk_scoring *m = pf->scoring;
	enum vk_code rc = VK_OK;

	for (size_t i = 0; i < m->criteria_n && !rc; i++) {
		const struct vk_criterion *c = &m->criteria[i];
		rc = run(db, err,
			 "INSERT INTO criterion (code, name, parent_id, weight, ord, tiebreak) "
			 "VALUES (?1, ?2, (SELECT id FROM criterion WHERE code = ?3), ?4, ?5, ?6) "
			 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
			 "parent_id = excluded.parent_id, weight = excluded.weight, "
			 "ord = excluded.ord, tiebreak = excluded.tiebreak",
			 "ttt"
			 "rii",
			 c->code, c->name, c->parent, c->weight, (int)i + 1, c->tiebreak);
	}
	return rc ? rc : prune(db, "criterion", pf, keep_criterion, err);
}

static bool keep_item(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_item(pf, code) != NULL;
}

static bool keep_phase(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_phase(pf, code) != NULL;
}

static bool keep_area(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_area(pf, code) != NULL;
}

static bool keep_region(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_region(pf, code) != NULL;
}

static enum vk_code save_reference_data(struct vk_db *db, const struct vk_portfolio *pf,
					struct vk_error *err)
{
	enum vk_code rc = VK_OK;
	int ord = 0;

	for (size_t i = 0; i < pf->phases_n && !rc; i++) {
		const struct vk_phase_kind *ph = &pf->phases[i];
		rc = run(db, err,
			 "INSERT INTO phase_kind (code, name, colour, ord) VALUES (?1, ?2, ?3, ?4) "
			 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
			 "colour = excluded.colour, ord = excluded.ord",
			 "ttti", ph->code, ph->name, ph->colour, (int)i + 1);
	}
	for (size_t i = 0; i < pf->regions_n && !rc; i++)
		rc =
		    run(db, err,
			"INSERT INTO region (code, name, ord) VALUES (?1, ?2, ?3) "
			"ON CONFLICT (code) DO UPDATE SET name = excluded.name, ord = excluded.ord",
			"tti", pf->regions[i].code, pf->regions[i].name, (int)i + 1);
	for (size_t i = 0; i < pf->areas_n && !rc; i++) {
		const struct vk_area *a = &pf->areas[i];
		ord = i > 0 && strcmp(a->region, pf->areas[i - 1].region) == 0 ? ord + 1 : 1;
		rc = run(db, err,
			 "INSERT INTO area (code, name, region_id, ord) "
			 "VALUES (?1, ?2, (SELECT id FROM region WHERE code = ?3), ?4) "
			 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
			 "region_id = excluded.region_id, ord = excluded.ord",
			 "ttti", a->code, a->name, a->region, ord);
	}
	return rc;
}

static enum vk_code save_item_details(struct vk_db *db, const struct vk_item *it,
				      struct vk_error *err)
{
	static const char *const tables[] = {"item_phase", "milestone", "dependency", "rollout",
					     "budget"};
	sqlite3_int64 id = id_of(db, "item", it->code);
	enum vk_code rc = VK_OK;
	char sql[64];

	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]) && !rc; i++) {
		snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE item_id = ?1", tables[i]);
		rc = run(db, err, sql, "x", id);
	}
	for (size_t i = 0; i < it->phases_n && !rc; i++)
		rc = run(db, err,
			 "INSERT INTO item_phase (item_id, phase_id, start_date, end_date, ord) "
			 "VALUES (?1, (SELECT id FROM phase_kind WHERE code = ?2), ?3, ?4, ?5)",
			 "xtddi", id, it->phases[i].phase, it->phases[i].start, it->phases[i].end,
			 (int)i + 1);
	for (size_t i = 0; i < it->milestones_n && !rc; i++)
		rc = run(db, err,
			 "INSERT INTO milestone (item_id, name, kind, date, ord) "
			 "VALUES (?1, ?2, ?3, ?4, ?5)",
			 "xttdi", id, it->milestones[i].name,
			 vk_model_milestone_kind_name(it->milestones[i].kind),
			 it->milestones[i].date, (int)i + 1);
	for (size_t i = 0; i < it->deps_n && !rc; i++)
		rc = run(db, err,
			 "INSERT INTO dependency (item_id, depends_on_id, ord) "
			 "VALUES (?1, (SELECT id FROM item WHERE code = ?2), ?3)",
			 "xti", id, it->deps[i].code, (int)i + 1);
	for (size_t i = 0; i < it->rollouts_n && !rc; i++) {
		const struct vk_rollout *r = &it->rollouts[i];
		rc = run(
		    db, err,
		    "INSERT INTO rollout (item_id, area_id, phase_id, start_date, end_date, ord) "
		    "VALUES (?1, (SELECT id FROM area WHERE code = ?2), "
		    "(SELECT id FROM phase_kind WHERE code = ?3), ?4, ?5, ?6)",
		    "xttddi", id, r->area, r->span.phase, r->span.start, r->span.end, (int)i + 1);
	}
	for (size_t i = 0; i < it->budgets_n && !rc; i++)
		rc = run(db, err, "INSERT INTO budget (item_id, year, mnok) VALUES (?1, ?2, ?3)",
			 "xir", id, it->budgets[i].year, it->budgets[i].mnok);
	return rc;
}

static enum vk_code save_items(struct vk_db *db, const struct vk_portfolio *pf,
			       struct vk_error *err)
{
	enum vk_code rc = VK_OK;

	/* parents are linked in a second pass, so order in the model does not matter */
	for (size_t i = 0; i < pf->items_n && !rc; i++) {
		const struct vk_item *it = &pf->items[i];
		rc = run(db, err,
			 "INSERT INTO item (kind, code, name, owner, description, parent_id, "
			 "priority, ord) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7) "
			 "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
			 "name = excluded.name, owner = excluded.owner, "
			 "description = excluded.description, parent_id = NULL, "
			 "priority = excluded.priority, ord = excluded.ord",
			 "tttttpi", it->kind == VK_PROGRAMME ? "programme" : "project", it->code,
			 it->name, it->owner, it->description, it->priority, (int)i + 1);
	}
	for (size_t i = 0; i < pf->items_n && !rc; i++)
		if (pf->items[i].parent)
			rc =
			    run(db, err,
				"UPDATE item SET parent_id = (SELECT id FROM item WHERE code = ?1) "
				"WHERE code = ?2",
				"tt", pf->items[i].parent, pf->items[i].code);
	if (!rc)
		rc = prune(db, "item", pf, keep_item, err);
	for (size_t i = 0; i < pf->items_n && !rc; i++)
		rc = save_item_details(db, &pf->items[i], err);
	return rc;
}

/* Writes `pf` over the store's content inside the caller's transaction. */
static enum vk_code save(struct vk_db *db, const struct vk_portfolio *pf, struct vk_error *err)
{
	enum vk_code rc;
	char date[VK_DATE_TEXT_MAX];

	if ((rc = exec(db, "DELETE FROM meta", "writing the store", err)))
		return rc;
	if (pf->title &&
	    (rc = run(db, err, "INSERT INTO meta VALUES ('title', ?1)", "t", pf->title)))
		return rc;
	if (pf->status_date != VK_DATE_NONE &&
	    (rc = run(db, err, "INSERT INTO meta VALUES ('status_date', ?1)", "t",
		      vk_date_format(pf->status_date, date))))
		return rc;
	if ((rc = save_reference_data(db, pf, err)) || (rc = save_items(db, pf, err)) ||
	    (pf->has_scoring && (rc = save_scoring(db, pf, err))) ||
	    (rc = prune(db, "phase_kind", pf, keep_phase, err)) ||
	    (rc = prune(db, "area", pf, keep_area, err)))
		return rc;
	return prune(db, "region", pf, keep_region, err);
}

enum vk_code vk_db_save(struct vk_db *db, const struct vk_portfolio *pf, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		return rc;
	if ((rc = save(db, pf, err)) || (rc = exec(db, "COMMIT", "committing", err)))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static void period_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_period *p = VK_PUSH(set->periods);

	snprintf(p->code, sizeof(p->code), "%s", (const char *)sqlite3_column_text(st, 0));
	p->start = col_date(st, 1);
	p->end = col_date(st, 2);
}

static void report_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_status_set *set = ctx;
	struct vk_report *r = VK_PUSH(set->reports);
	long i = vk_status_period_index(set, (const char *)sqlite3_column_text(st, 1));

	r->code = col_text(st, 0);
	r->period = set->periods[i];
	vk_colour_parse((const char *)sqlite3_column_text(st, 2), &r->colour);
	r->comment = col_text(st, 3);
	r->budget = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 4);
}

enum vk_code vk_db_load_status(struct vk_db *db, struct vk_status_set *set, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = exec(db, "BEGIN", "reading the store", err)))
		return rc;
	if ((rc = each_row(db,
			   "SELECT code, start_date, end_date FROM period ORDER BY start_date, "
			   "end_date, code",
			   0, period_row, set, err)) ||
	    (rc =
		 each_row(db,
			  "SELECT i.code, p.code, s.colour, s.comment, s.budget_mnok FROM "
			  "status_report s JOIN item i ON i.id = s.item_id JOIN period p ON p.id = "
			  "s.period_id ORDER BY p.start_date, p.end_date, p.code, i.ord",
			  0, report_row, set, err)) ||
	    (rc = exec(db, "COMMIT", "reading the store", err))) {
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
		vk_status_set_clear(set);
	}
	return rc;
}

/* Writes one report, counting whether it replaced a stored one. */
static enum vk_code save_report(struct vk_db *db, const struct vk_report *r, struct vk_import *im,
				struct vk_error *err)
{
	sqlite3_int64 item = id_of(db, "item", r->code), period;
	enum vk_code rc;
	sqlite3_stmt *st;

	if ((rc = run(db, err,
		      "INSERT INTO period (code, start_date, end_date) VALUES (?1, ?2, ?3) "
		      "ON CONFLICT (code) DO NOTHING",
		      "tdd", r->period.code, r->period.start, r->period.end)))
		return rc;
	period = id_of(db, "period", r->period.code);
	if ((rc = prepare(db, "SELECT 1 FROM status_report WHERE item_id = ?1 AND period_id = ?2",
			  &st, err)))
		return rc;
	sqlite3_bind_int64(st, 1, item);
	sqlite3_bind_int64(st, 2, period);
	if (sqlite3_step(st) == SQLITE_ROW)
		im->reports_replaced++;
	else
		im->reports_added++;
	sqlite3_finalize(st);
	if (r->budget >= 0)
		return run(
		    db, err,
		    "INSERT OR REPLACE INTO status_report (item_id, period_id, colour, comment, "
		    "budget_mnok) VALUES (?1, ?2, ?3, ?4, ?5)",
		    "xxttr", item, period, vk_colour_key(r->colour), r->comment, r->budget);
	return run(db, err,
		   "INSERT OR REPLACE INTO status_report (item_id, period_id, colour, comment, "
		   "budget_mnok) VALUES (?1, ?2, ?3, ?4, NULL)",
		   "xxtt", item, period, vk_colour_key(r->colour), r->comment);
}

static void measure_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_score_file *f = ctx;
	struct vk_candidate *m = VK_PUSH(f->measures);

	m->name = col_text(st, 0);
	m->code = col_text(st, 1);
}

static void value_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_candidate *m = ctx;
	struct vk_value *v = VK_PUSH(m->values);

	v->criterion = col_text(st, 0);
	v->value = sqlite3_column_double(st, 1);
}

enum vk_code vk_db_load_measures(struct vk_db *db, struct vk_score_file **out, struct vk_error *err)
{
	struct vk_score_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc = exec(db, "BEGIN", "reading the store", err)))
		goto fail;
	if ((rc = each_row(
		 db,
		 "SELECT m.name, i.code FROM measure m LEFT JOIN item i ON i.id = m.item_id "
		 "ORDER BY m.ord",
		 0, measure_row, f, err)))
		goto fail;
	for (size_t i = 0; i < f->measures_n; i++) {
		sqlite3_int64 id = 0;
		sqlite3_stmt *st;
		if ((rc = prepare(db, "SELECT id FROM measure WHERE name = ?1", &st, err)))
			goto fail;
		sqlite3_bind_text(st, 1, f->measures[i].name, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			id = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if ((rc = each_row(db,
				   "SELECT c.code, s.value FROM score s JOIN criterion c ON c.id = "
				   "s.criterion_id WHERE s.measure_id = ?1 ORDER BY c.ord",
				   id, value_row, &f->measures[i], err)))
			goto fail;
	}
	if ((rc = exec(db, "COMMIT", "reading the store", err)))
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

	c->solution = col_text(st, 0);
	c->year = sqlite3_column_int(st, 1);
	vk_cost_kind_parse((const char *)sqlite3_column_text(st, 2), &c->kind);
	c->mnok = sqlite3_column_double(st, 3);
}

enum vk_code vk_db_load_costs(struct vk_db *db, struct vk_cost_file **out, struct vk_error *err)
{
	struct vk_cost_file *f = vk_xcalloc(1, sizeof(*f));
	enum vk_code rc;

	*out = NULL;
	if ((rc = each_row(db,
			   "SELECT s.name, c.year, c.kind, c.mnok FROM cost c JOIN solution s ON "
			   "s.id = c.solution_id ORDER BY s.ord, c.year, c.kind",
			   0, cost_row, f, err))) {
		vk_cost_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

static enum vk_code save_cost(struct vk_db *db, const struct vk_cost *c, struct vk_error *err)
{
	enum vk_code rc;

	/* a solution is known by its name, which is also its code */
	if ((rc = run(db, err,
		      "INSERT INTO solution (code, name, ord) VALUES (?1, ?1, (SELECT "
		      "coalesce(max(ord), 0) + 1 FROM solution)) ON CONFLICT (code) DO NOTHING",
		      "t", c->solution)))
		return rc;
	return run(db, err,
		   "INSERT OR REPLACE INTO cost (solution_id, year, kind, mnok) VALUES ((SELECT id "
		   "FROM solution WHERE code = ?1), ?2, ?3, ?4)",
		   "titr", c->solution, c->year, vk_cost_kind_key(c->kind), c->mnok);
}

/* Writes one measure: its row (by name) and all its values, replacing the stored ones. */
static enum vk_code save_measure(struct vk_db *db, const struct vk_candidate *m,
				 struct vk_error *err)
{
	enum vk_code rc;
	sqlite3_stmt *st;
	sqlite3_int64 id = 0;

	if ((rc = run(db, err,
		      "INSERT INTO measure (name, item_id, ord) VALUES (?1, (SELECT id FROM item "
		      "WHERE code = ?2), (SELECT coalesce(max(ord), 0) + 1 FROM measure)) "
		      "ON CONFLICT (name) DO UPDATE SET item_id = excluded.item_id",
		      "tt", m->name, m->code)))
		return rc;
	if ((rc = prepare(db, "SELECT id FROM measure WHERE name = ?1", &st, err)))
		return rc;
	sqlite3_bind_text(st, 1, m->name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if ((rc = run(db, err, "DELETE FROM score WHERE measure_id = ?1", "x", id)))
		return rc;
	for (size_t i = 0; i < m->values_n && !rc; i++)
		rc = run(db, err,
			 "INSERT INTO score (measure_id, criterion_id, value) VALUES (?1, "
			 "(SELECT id FROM criterion WHERE code = ?2), ?3)",
			 "xtr", id, m->values[i].criterion, m->values[i].value);
	return rc;
}

enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;

	im->reports_added = im->reports_replaced = 0;
	/* the write lock is taken before reading, so nobody changes the store in between */
	if ((rc = exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		goto out;
	if ((rc = load(db, pf, err)))
		goto fail;
	for (size_t i = 0; i < im->models_n; i++) {
		vk_model_merge(pf, im->models[i], im->replace && i == 0);
		if ((rc = vk_model_validate(pf, err)))
			goto fail;
	}
	for (size_t i = 0; i < im->status_n; i++)
		if ((rc = vk_status_validate(im->status[i], pf, err)))
			goto fail;
	for (size_t i = 0; i < im->scores_n; i++)
		if ((rc = vk_score_file_validate(im->scores[i], pf->scoring, pf, err)))
			goto fail;
	if (im->models_n > 0 && (rc = save(db, pf, err)))
		goto fail;
	for (size_t i = 0; i < im->status_n; i++)
		for (size_t k = 0; k < im->status[i]->reports_n; k++)
			if ((rc = save_report(db, &im->status[i]->reports[k], im, err)))
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
			if ((rc = save_measure(db, m, err)))
				goto fail;
			im->measures_saved++;
		}
	for (size_t i = 0; i < im->costs_n; i++)
		for (size_t k = 0; k < im->costs[i]->costs_n; k++) {
			if ((rc = save_cost(db, &im->costs[i]->costs[k], err)))
				goto fail;
			im->costs_saved++;
		}
	if ((rc = exec(db, "COMMIT", "committing", err)))
		goto fail;
	goto out;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
out:
	vk_model_free(pf);
	return rc;
}

/* SQLite store: opening and migrating, loading the model, saving it in one transaction.
 * SQLite errors are translated here into vk_error with SQLite's reason in the message. */
#include "store.h"
#include "store-int.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "alloc.h"
#include "atomic.h"
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
	/* a full disk (or a file size limit) is an output that cannot be written */
	if (base == SQLITE_FULL || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
	    rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_SHMSIZE)
		return vk_error_set(err, VK_ECANTCREAT, "%s: %s: cannot write the store: %s",
				    db->path, doing, sqlite3_errmsg(db->sql));
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

/* A schema version this veikart can read or bring up to date; VK_ESTORE otherwise. */
static enum vk_code known_version(const char *path, int version, struct vk_error *err)
{
	if (version < 0)
		return vk_error_set(err, VK_ESTORE,
				    "%s: damaged store: schema version %d (expected 1 to %d)", path,
				    version, vk_db_schema_version());
	if (version > vk_db_schema_version())
		return vk_error_set(err, VK_ESTORE,
				    "%s: store has schema version %d, newer than this veikart (%d)",
				    path, version, vk_db_schema_version());
	return VK_OK;
}

static enum vk_code migrate(struct vk_db *db, struct vk_error *err)
{
	enum vk_code rc;
	int version;

	if ((rc = user_version(db, &version, err)))
		return rc;
	if (version == vk_db_schema_version())
		return VK_OK; /* nothing to do, and no write lock taken for readers */
	if ((rc = known_version(db->path, version, err)) || (rc = backup(db, version, err)))
		return rc;
	/* read the version again under the write lock: another process may have migrated */
	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting the schema update", err)))
		return rc;
	if ((rc = user_version(db, &version, err)) || (rc = known_version(db->path, version, err)))
		goto fail;
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

static bool exists_beside(const char *path, const char *suffix)
{
	char *name = vk_xasprintf("%s%s", path, suffix);
	bool yes = access(name, F_OK) == 0;

	free(name);
	return yes;
}

/* Opens `path` read-only on an ordinary connection (locks, WAL), as a reader of a store
 * others may be writing. */
static int open_plain_read_only(const char *path, sqlite3 **sql)
{
	int rc = sqlite3_open_v2(path, sql, SQLITE_OPEN_READONLY, NULL);

	if (*sql) {
		sqlite3_extended_result_codes(*sql, 1);
		sqlite3_busy_timeout(*sql, 5000);
	}
	return rc;
}

/* Opens `path` to read, writing nothing, not even the files SQLite keeps beside a
 * store: as immutable while no -wal or -journal is there (so none holds anything yet to
 * be read; this is also what lets a store on read-only media be read), else read-only. */
static int open_read_only(const char *path, sqlite3 **sql)
{
	int rc;

	if (exists_beside(path, "-wal") || exists_beside(path, "-journal")) {
		return open_plain_read_only(path, sql);
	} else {
		/* a file: URI, with the characters that mean something in one escaped */
		char *uri = vk_xmalloc(3 * strlen(path) + 32), *u = uri;

		u += sprintf(u, "file:%s", path[0] == '/' ? "//" : "");
		for (const char *p = path; *p; p++)
			u += strchr("%?#", *p) ? sprintf(u, "%%%02X", (unsigned)(unsigned char)*p)
					       : sprintf(u, "%c", *p);
		strcpy(u, "?immutable=1");
		rc = sqlite3_open_v2(uri, sql, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
		free(uri);
	}
	if (*sql) {
		sqlite3_extended_result_codes(*sql, 1);
		sqlite3_busy_timeout(*sql, 5000);
	}
	return rc;
}

/* Finds out, on a connection that writes nothing (db->sql, left open), what the file
 * at db->path is: a veikart store of a version this veikart knows (*version), an empty
 * SQLite database that `create` may make a store of (*version 0), or anything else,
 * refused with VK_ESTORE saying what it is. */
static enum vk_code verify(struct vk_db *db, bool create, int *version, struct vk_error *err)
{
	static const char *const sql =
	    "SELECT (SELECT user_version FROM pragma_user_version), "
	    "(SELECT count(*) FROM sqlite_master), "
	    "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
	    "('meta', 'region', 'area', 'phase_kind', 'item'))";
	sqlite3_stmt *st = NULL;
	enum vk_code rc = VK_OK;
	int step, objects, tables;

	if (open_read_only(db->path, &db->sql) != SQLITE_OK) {
		rc = vk_error_set(err, VK_ENOINPUT, "%s: cannot open: %s", db->path,
				  db->sql ? sqlite3_errmsg(db->sql) : "out of memory");
		goto out;
	}
	if ((rc = db_prepare(db, sql, &st, err)))
		goto out;
	if ((step = sqlite3_step(st)) != SQLITE_ROW) {
		rc = db_fail(db, step, "reading the schema version", err);
		goto out;
	}
	*version = sqlite3_column_int(st, 0);
	objects = sqlite3_column_int(st, 1);
	tables = sqlite3_column_int(st, 2);
	if ((rc = known_version(db->path, *version, err)))
		goto out;
	if (*version == 0 && objects == 0 && !create)
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: an empty SQLite database, not a veikart store (create one "
				  "with 'veikart init')",
				  db->path);
	else if (*version == 0 && objects > 0)
		rc = vk_error_set(
		    err, VK_ESTORE,
		    "%s: not a veikart store (a SQLite database with tables of its own)", db->path);
	else if (*version > 0 && tables != 5)
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: not a veikart store (schema version %d, but not its tables)",
				  db->path, *version);
	sqlite3_finalize(st);
	st = NULL;
	if (rc || *version == 0)
		goto out;
	/* the primary key of meta allows NULL, and a key of NULL would crash the reading */
	if ((rc = db_prepare(db, "SELECT count(*) FROM meta WHERE key IS NULL", &st, err)))
		goto out;
	if ((step = sqlite3_step(st)) != SQLITE_ROW)
		rc = db_fail(db, step, "reading the store", err);
	else if (sqlite3_column_int(st, 0) > 0)
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: damaged store: a row of table meta has no key", db->path);
out:
	sqlite3_finalize(st);
	return rc;
}

/* Opens db->path to read and write (creating it when `flags` say so), enables WAL and
 * brings the schema up to date. On failure *why is SQLite's code. */
static enum vk_code open_store(struct vk_db *db, int flags, int *why, struct vk_error *err)
{
	enum vk_code rc;

	*why = sqlite3_open_v2(db->path, &db->sql, flags, NULL);
	if (*why != SQLITE_OK)
		return db->sql ? db_fail(db, *why, "cannot open", err)
			       : vk_error_set(err, VK_ECANTCREAT, "%s: cannot open: out of memory",
					      db->path);
	sqlite3_extended_result_codes(db->sql, 1);
	sqlite3_busy_timeout(db->sql, 5000);
	if ((rc = db_exec(db, "PRAGMA foreign_keys = ON", "enabling foreign keys", err)) ||
	    (rc = db_exec(db, "PRAGMA journal_mode = WAL", "enabling WAL", err)) ||
	    (rc = migrate(db, err)))
		*why = sqlite3_extended_errcode(db->sql);
	return rc;
}

/* SQLite could not write the store or beside it: a read-only file, directory or medium. */
static bool cannot_write(int why)
{
	return (why & 0xff) == SQLITE_READONLY || (why & 0xff) == SQLITE_CANTOPEN ||
	       (why & 0xff) == SQLITE_PERM;
}

enum vk_code vk_db_open(const char *path, bool create, struct vk_db **out, struct vk_error *err)
{
	struct vk_db *db = vk_xcalloc(1, sizeof(*db));
	bool memory = strcmp(path, ":memory:") == 0, fresh = memory;
	sqlite3 *verified = NULL;
	const char *left;
	struct stat sb;
	enum vk_code rc;
	int version = 0, why;

	*out = NULL;
	db->path = vk_xstrdup(path);
	if (!memory && stat(path, &sb) != 0) {
		if (errno != ENOENT)
			rc = vk_error_set(err, VK_ENOINPUT, "%s: cannot open: %s", path,
					  strerror(errno));
		else if (!create)
			rc = vk_error_set(err, VK_ENOINPUT,
					  "%s: no store here (create one with 'veikart init' or "
					  "choose one with --db)",
					  path);
		else
			rc = VK_OK, fresh = true;
		if (rc)
			goto fail;
	} else if (!memory && !S_ISREG(sb.st_mode)) {
		rc = vk_error_set(err, VK_ESTORE, "%s: not a veikart store (%s, not a file)", path,
				  vk_atomic_file_kind(sb.st_mode));
		goto fail;
	} else if (!memory && sb.st_size == 0) {
		if (!create) {
			rc = vk_error_set(err, VK_ESTORE,
					  "%s: an empty file, not a veikart store (create one with "
					  "'veikart init')",
					  path);
			goto fail;
		}
		fresh = true;
	}
	/* a new store beside the log or journal of an earlier one would have it replayed
	   onto it: old rows in it, or a damaged store */
	left = memory || !fresh			 ? NULL
	       : exists_beside(path, "-wal")	 ? "-wal"
	       : exists_beside(path, "-journal") ? "-journal"
						 : NULL;
	if (left) {
		rc = vk_error_set(err, VK_ECANTCREAT,
				  "%s%s: left by an earlier store of that name; a new store is not "
				  "built beside it (move it away, or open the store it belongs to)",
				  path, left);
		goto fail;
	}
	if (!fresh) {
		/* nothing is written until the file is known to be a veikart store */
		if ((rc = verify(db, create, &version, err)))
			goto fail;
		verified = db->sql;
		db->sql = NULL;
	}
	rc = open_store(db, SQLITE_OPEN_READWRITE | (fresh ? SQLITE_OPEN_CREATE : 0), &why, err);
	if (rc && verified && !create && version == vk_db_schema_version() && cannot_write(why)) {
		/* read-only media: the verified (immutable) connection reads it; a write fails
		 * then. A store this user may not write on a medium others write to is read
		 * on an ordinary read-only connection instead, so it takes the readers' locks
		 * and never sees a half-written transaction. */
		struct statvfs fs;
		sqlite3_close(db->sql);
		db->sql = NULL;
		if (statvfs(path, &fs) == 0 && (fs.f_flag & ST_RDONLY)) {
			db->sql = verified;
			verified = NULL;
			rc = VK_OK;
		} else if ((why = open_plain_read_only(path, &db->sql)) == SQLITE_OK) {
			rc = VK_OK;
		} else {
			rc = vk_error_set(err, VK_ESTORE, "%s: cannot open the store to read: %s",
					  path, sqlite3_errstr(why));
		}
	} else if (rc && verified && version < vk_db_schema_version() && cannot_write(why)) {
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: store has schema version %d and needs updating to %d, but "
				  "cannot be written here (%s)",
				  path, version, vk_db_schema_version(), sqlite3_errstr(why));
	}
	sqlite3_close(verified);
	if (rc)
		goto fail;
	if (!memory)
		vk_atomic_protect(path);
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

	if (!key) /* refused when the store is opened; a NULL key holds nothing */
		return;
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

/* An item's absences from ABSENCES_SQL's text: "AFTER,UNTIL" rows (dates, or empty for
 * none) split by ';', oldest first. */
static void absences_parse(struct vk_item *it, const unsigned char *text)
{
	const char *s = (const char *)text;

	while (s && *s) {
		struct vk_absence *a = VK_PUSH(it->absences);
		char date[VK_DATE_TEXT_MAX];
		size_t n;

		for (int side = 0; side < 2; side++) {
			int *d = side ? &a->until : &a->after;
			n = strcspn(s, side ? ";" : ",");
			*d = VK_DATE_NONE;
			if (n > 0 && n < sizeof(date)) {
				memcpy(date, s, n);
				date[n] = '\0';
				vk_date_parse(date, VK_DATE_START, d, NULL, NULL);
			}
			s += n + (s[n] != '\0');
		}
	}
}

/* The item i's absences as absences_parse reads them. */
#define ABSENCES_SQL                                                                               \
	"(SELECT group_concat(v, ';') FROM (SELECT coalesce(after_date, '') || ',' || "            \
	"coalesce(until_date, '') AS v FROM item_absence WHERE item_id = i.id ORDER BY "           \
	"coalesce(after_date, ''), rowid))"

static void item_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	/* archived items are put aside, so every view sees the live plan alone */
	struct vk_item *it = sqlite3_column_int(st, 7) ? VK_PUSH(pf->archived) : VK_PUSH(pf->items);

	it->kind = strcmp((const char *)sqlite3_column_text(st, 0), "programme") == 0 ? VK_PROGRAMME
										      : VK_PROJECT;
	it->code = db_col_text(st, 1);
	it->name = db_col_text(st, 2);
	it->owner = db_col_text(st, 3);
	it->description = db_col_text(st, 4);
	it->parent = db_col_text(st, 5);
	it->priority = sqlite3_column_int(st, 6);
	if (sqlite3_column_int(st, 7)) { /* its details are read with the live items' */
		it->archived_start = db_col_date(st, 9);
		it->archived_end = db_col_date(st, 10);
	}
	absences_parse(it, sqlite3_column_text(st, 8));
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
		size_t at; /* in pf->items, or in pf->archived when `archived` */
		bool archived;
	} * ids;
	size_t ids_n, ids_cap;
	size_t live_n, archived_n; /* items of each list seen so far, in store order */
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
	a->archived = sqlite3_column_int(st, 1) != 0;
	a->at = a->archived ? d->archived_n++ : d->live_n++;
}

static void detail_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {.id = sqlite3_column_int64(st, sqlite3_column_count(st) - 1)}, *hit;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (hit)
		d->row(st, hit->archived ? &d->pf->archived[hit->at] : &d->pf->items[hit->at]);
}

void db_int_row(sqlite3_stmt *st, void *ctx)
{
	*(sqlite3_int64 *)ctx = sqlite3_column_int64(st, 0);
}

static void latest_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {.id = sqlite3_column_int64(st, 1)}, *hit;
	struct vk_item *it;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (!hit || hit->archived || (it = &d->pf->items[hit->at])->status != VK_COLOUR_NONE)
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
			      "SELECT count(*) FROM item i WHERE i.archived = 0 AND EXISTS "
			      "(SELECT 1 FROM status_report s WHERE s.item_id = i.id)",
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

/* Phases, milestones, dependencies, rollouts and budgets of every item, live and
 * archived (an archived item's plan is history too: `show` tells it, and an import must
 * not lose it unseen): one query per table, not one per item; then the latest status of
 * the live items. */
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

	/* the same order as item_row's, which puts each item in its list */
	if ((rc = db_each_row(db, "SELECT id, archived FROM item ORDER BY ord, id", 0, id_row, &d,
			      err)))
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
			      "i.priority, i.archived, " ABSENCES_SQL ", (SELECT min(start_date) "
			      "FROM item_phase WHERE item_id = i.id), (SELECT max(end_date) FROM "
			      "item_phase WHERE item_id = i.id) FROM item i LEFT JOIN item p ON "
			      "p.id = i.parent_id ORDER BY i.ord, i.id",
			      0, item_row, pf, err)))
		return rc;
	if (details && pf->items_n + pf->archived_n && (rc = load_details(db, pf, err)))
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

void vk_db_import_clear(struct vk_import *im)
{
	for (size_t i = 0; i < im->items_archived_n; i++)
		free(im->items_archived[i]);
	free(im->items_archived);
	for (size_t i = 0; i < im->items_restored_n; i++)
		free(im->items_restored[i]);
	free(im->items_restored);
	free(im->periods);
	for (size_t i = 0; i < im->criteria_dropped_n; i++)
		free(im->criteria_dropped[i]);
	free(im->criteria_dropped);
	im->criteria_dropped = NULL;
	im->criteria_dropped_n = im->criteria_dropped_cap = 0;
	im->scores_deleted = 0;
	im->scoring_replaced = false;
	im->reports_added = im->reports_replaced = im->reports_unchanged = im->measures_saved =
	    im->costs_saved = 0;
	im->items_added = im->items_updated = im->items_unchanged = 0;
	im->items_archived = im->items_restored = NULL;
	im->items_archived_n = im->items_archived_cap = 0;
	im->items_restored_n = im->items_restored_cap = 0;
	im->periods = NULL;
	im->periods_n = im->periods_cap = 0;
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool among(char **sorted, size_t n, const char *code)
{
	return n && bsearch(&code, sorted, n, sizeof(*sorted), by_string) != NULL;
}

/* Codes of `items`, sorted, in a new array of borrowed strings. */
static char **sorted_codes(const struct vk_item *items, size_t n)
{
	char **codes = vk_xcalloc(n + 1, sizeof(*codes));

	for (size_t i = 0; i < n; i++)
		codes[i] = items[i].code;
	qsort(codes, n, sizeof(*codes), by_string);
	return codes;
}

/* Each live item's stored plan as one text, to tell an item the files changed from one
 * they named again as it was: the item's fields, phases, milestones, dependencies,
 * rollouts and budgets (not its place in the list). */
struct plan_print {
	char *code, *print;
};

static void plan_print_row(sqlite3_stmt *st, void *ctx)
{
	struct {
		struct plan_print *list;
		size_t list_n, list_cap;
	} *prints = ctx;
	struct plan_print *p = VK_PUSH(prints->list);

	p->code = db_col_text(st, 0);
	p->print = db_col_text(st, 1);
}

static int by_print_code(const void *a, const void *b)
{
	return strcmp(((const struct plan_print *)a)->code, ((const struct plan_print *)b)->code);
}

/* each detail table's rows of one item in order, joined by GS (29); parts split by RS (30) */
static enum vk_code plan_prints(struct vk_db *db, struct plan_print **out, size_t *n,
				struct vk_error *err)
{
	static const char sql[] =
	    "SELECT i.code, i.kind || char(31) || i.name || char(31) || coalesce(i.owner, '') "
	    "|| char(31) || coalesce(i.description, '') || char(31) || coalesce(p.code, '') "
	    "|| char(31) || coalesce(i.priority, '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT k.code || ',' || "
	    "x.start_date || ',' || x.end_date AS v FROM item_phase x JOIN phase_kind k ON "
	    "k.id = x.phase_id WHERE x.item_id = i.id ORDER BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT name || ',' || kind || "
	    "',' || date || ',' || done AS v FROM milestone WHERE item_id = i.id ORDER BY "
	    "ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT d.code AS v FROM "
	    "dependency x JOIN item d ON d.id = x.depends_on_id WHERE x.item_id = i.id ORDER "
	    "BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT a.code || ',' || "
	    "k.code || ',' || x.start_date || ',' || x.end_date AS v FROM rollout x JOIN area "
	    "a ON a.id = x.area_id JOIN phase_kind k ON k.id = x.phase_id WHERE x.item_id = "
	    "i.id ORDER BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT year || '=' || mnok "
	    "AS v FROM budget WHERE item_id = i.id ORDER BY year)), '') "
	    "FROM item i LEFT JOIN item p ON p.id = i.parent_id WHERE i.archived = 0";
	struct {
		struct plan_print *list;
		size_t list_n, list_cap;
	} prints = {0};
	enum vk_code rc = db_each_row(db, sql, 0, plan_print_row, &prints, err);

	if (prints.list_n)
		qsort(prints.list, prints.list_n, sizeof(*prints.list), by_print_code);
	*out = prints.list;
	*n = prints.list_n;
	return rc;
}

static void plan_prints_free(struct plan_print *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].code);
		free(list[i].print);
	}
	free(list);
}

static const char *plan_print_of(const struct plan_print *list, size_t n, const char *code)
{
	struct plan_print key = {.code = (char *)code}, *hit;

	hit = n ? bsearch(&key, list, n, sizeof(*list), by_print_code) : NULL;
	return hit ? hit->print : NULL;
}

/* What merging the files did to the items, for the import's summary: `pf` is the store's
 * portfolio before (`live`, `archived`: its codes, sorted) and `named` the files' codes. */
static void count_items(struct vk_import *im, const struct vk_portfolio *pf, char **live,
			size_t live_n, char **archived, size_t archived_n, char **named,
			size_t named_n, char **before, size_t before_n)
{
	for (size_t i = 0; i < pf->items_n; i++) {
		const char *code = pf->items[i].code;
		if (!among(named, named_n, code))
			continue;
		if (among(live, live_n, code))
			im->items_updated++; /* until its stored plan is seen unchanged */
		else if (among(archived, archived_n, code))
			*VK_PUSH(im->items_restored) = vk_xstrdup(code);
		else
			im->items_added++;
	}
	for (size_t i = 0; i < before_n; i++)
		if (!vk_model_item(pf, before[i]))
			*VK_PUSH(im->items_archived) = vk_xstrdup(before[i]);
}

static void dropped_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_import *im = ((void **)ctx)[0];
	const struct vk_portfolio *pf = ((void **)ctx)[1];
	const char *code = (const char *)sqlite3_column_text(st, 0);

	for (size_t i = 0; i < pf->scoring->criteria_n; i++)
		if (strcmp(pf->scoring->criteria[i].code, code) == 0)
			return; /* kept, as save_scoring keeps it */
	*VK_PUSH(im->criteria_dropped) = vk_xstrdup(code);
	im->scores_deleted += (size_t)sqlite3_column_int64(st, 1);
}

/* The stored score values a new scoring model deletes, for the import's summary: those
 * of criteria it no longer has. */
static enum vk_code count_dropped_scores(struct vk_db *db, struct vk_import *im,
					 const struct vk_portfolio *pf, struct vk_error *err)
{
	void *ctx[2] = {im, (void *)pf};

	im->scoring_replaced = true;
	return db_each_row(db,
			   "SELECT c.code, count(*) FROM score s JOIN criterion c ON c.id = "
			   "s.criterion_id GROUP BY c.id ORDER BY c.ord",
			   0, dropped_row, ctx, err);
}

/* The end of the latest period the store holds (VK_DATE_NONE: none), and its code into
 * `code` (VK_PERIOD_CODE_MAX bytes; "" when none). */
static enum vk_code latest_period(struct vk_db *db, int *end, char *code, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	*end = VK_DATE_NONE;
	code[0] = '\0';
	if ((rc = db_prepare(db,
			     "SELECT end_date, code FROM period ORDER BY end_date DESC, start_date "
			     "DESC LIMIT 1",
			     &st, err)))
		return rc;
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		*end = db_col_date(st, 0);
		snprintf(code, VK_PERIOD_CODE_MAX, "%s", (const char *)sqlite3_column_text(st, 1));
	} else if (step != SQLITE_DONE) {
		rc = db_fail(db, step, "reading the store", err);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Refuses a report for an archived item in a period after the last one it was in the
 * plan for (its open absence's `after`): that is no history but a new report, which an
 * archived item does not take. Up to then it is history. An item this import archives
 * (`leaving`, sorted) is held to the same rule against the store's latest period before
 * the import, as the next import of the same sheet would be. */
static enum vk_code archived_reports(struct vk_db *db, const struct vk_portfolio *pf,
				     char **leaving, size_t leaving_n,
				     const struct vk_status_file *f, struct vk_error *err)
{
	int latest_end;
	char latest[VK_PERIOD_CODE_MAX];
	enum vk_code rc;

	if ((rc = latest_period(db, &latest_end, latest, err)))
		return rc;
	for (size_t k = 0; k < f->reports_n; k++) {
		const struct vk_report *r = &f->reports[k];
		const struct vk_item *it = NULL;
		char until[VK_PERIOD_CODE_MAX + 32] = "", at[64] = "";
		char date[VK_DATE_TEXT_MAX];
		int after = latest_end;
		sqlite3_stmt *st;

		if (vk_model_item(pf, r->code))
			continue;
		if (!among(leaving, leaving_n, r->code)) {
			if (!(it = vk_model_archived(pf, r->code)) || !it->absences_n ||
			    it->absences[it->absences_n - 1].until != VK_DATE_NONE)
				continue; /* no archived item, or none out of the plan (a bug) */
			after = it->absences[it->absences_n - 1].after;
		}
		if (after != VK_DATE_NONE && r->period.end <= after)
			continue;
		if (after == VK_DATE_NONE) {
			snprintf(until, sizeof(until), "before any reporting period");
		} else if (after == latest_end) {
			snprintf(until, sizeof(until), "in the plan up to %s", latest);
		} else if (sqlite3_prepare_v2(
			       db->sql,
			       "SELECT code FROM period WHERE end_date = ?1 ORDER BY "
			       "start_date DESC LIMIT 1",
			       -1, &st, NULL) == SQLITE_OK) {
			sqlite3_bind_text(st, 1, vk_date_format(after, date), -1, SQLITE_TRANSIENT);
			if (sqlite3_step(st) == SQLITE_ROW)
				snprintf(until, sizeof(until), "in the plan up to %s",
					 (const char *)sqlite3_column_text(st, 0));
			sqlite3_finalize(st);
		}
		if (!until[0])
			snprintf(until, sizeof(until), "in the plan up to %s",
				 vk_date_format(after, date));
		if (r->line > 0)
			snprintf(at, sizeof(at), "%.40s:%d: ", f->file, r->line);
		return vk_error_set(err, VK_EDATA,
				    "%s'%s' is %s (%s), so it takes no report for %s: bring "
				    "it back by naming it in a portfolio file%s",
				    at, r->code, it ? "archived" : "archived by this import", until,
				    r->period.code,
				    r->line > 0 ? ", or leave it out of the sheet" : "");
	}
	return VK_OK;
}

enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	struct vk_portfolio known = {0}; /* every code in the store: only `code` is set */
	char **live = NULL, **archived = NULL, **named = NULL, **before = NULL, **leaving = NULL;
	size_t live_n = 0, archived_n = 0, named_n = 0, named_cap = 0, before_n = 0, leaving_n = 0;
	struct db_measure_put put = {0};
	struct plan_print *was = NULL, *is = NULL;
	size_t was_n = 0, is_n = 0;
	enum vk_code rc;

	vk_db_import_clear(im);
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
	if (im->models_n > 0) {
		/* what the store holds before, to say what the files changed */
		/* copies: the merge frees the items the files replace */
		before = vk_xcalloc(pf->items_n + 1, sizeof(*before));
		for (size_t i = 0; i < pf->items_n; i++)
			before[before_n++] = vk_xstrdup(pf->items[i].code);
		live = vk_xcalloc(before_n + 1, sizeof(*live));
		memcpy(live, before, before_n * sizeof(*live));
		qsort(live, live_n = before_n, sizeof(*live), by_string);
		archived = sorted_codes(pf->archived, archived_n = pf->archived_n);
		for (size_t i = 0; i < im->models_n; i++)
			for (size_t k = 0; k < im->models[i]->items_n; k++)
				*VK_PUSH(named) = vk_xstrdup(im->models[i]->items[k].code);
		if (named_n)
			qsort(named, named_n, sizeof(*named), by_string);
	}
	/* all files first, then one check: files may refer to each other in any order */
	for (size_t i = 0; i < im->models_n; i++)
		vk_model_merge(pf, im->models[i], im->replace && i == 0);
	if (im->models_n > 0 && (vk_model_resolve(pf), (rc = vk_model_validate(pf, err))))
		goto fail;
	if (im->models_n > 0 && (rc = plan_prints(db, &was, &was_n, err)))
		goto fail;
	if (pf->has_scoring && (rc = count_dropped_scores(db, im, pf, err)))
		goto fail;
	if (im->models_n > 0)
		count_items(im, pf, live, live_n, archived, archived_n, named, named_n, before,
			    before_n);
	/* reports and scores may name archived items too: a past period's sheet read again
	 * after an item left the plan (or in the import that archives it) */
	for (size_t i = 0; i < pf->items_n; i++)
		VK_PUSH(known.items)->code = pf->items[i].code;
	for (size_t i = 0; i < pf->archived_n; i++)
		VK_PUSH(known.items)->code = pf->archived[i].code;
	for (size_t i = 0; i < im->items_archived_n; i++)
		VK_PUSH(known.items)->code = im->items_archived[i];
	leaving = vk_xcalloc(im->items_archived_n + 1, sizeof(*leaving));
	if ((leaving_n = im->items_archived_n)) {
		memcpy(leaving, im->items_archived, leaving_n * sizeof(*leaving));
		qsort(leaving, leaving_n, sizeof(*leaving), by_string);
	}
	for (size_t i = 0; i < im->status_n; i++)
		if ((rc = vk_status_validate(im->status[i], &known, err)) ||
		    (rc = archived_reports(db, pf, leaving, leaving_n, im->status[i], err)))
			goto fail;
	if ((rc = vk_status_validate_across(im->status, im->status_n, err)) ||
	    (rc = db_settle_cadence(db, pf, im, err)))
		goto fail;
	for (size_t i = 0; i < im->scores_n; i++)
		if ((rc = vk_score_file_validate(im->scores[i], pf->scoring, &known, err)))
			goto fail;
	if (im->models_n > 0 && (rc = db_save_portfolio(db, pf, err)))
		goto fail;
	/* an item named again is updated only when its stored plan changed */
	if (im->models_n > 0 && (rc = plan_prints(db, &is, &is_n, err)))
		goto fail;
	for (size_t i = 0; i < pf->items_n && im->models_n > 0; i++) {
		const char *code = pf->items[i].code;
		const char *a = plan_print_of(was, was_n, code), *b = plan_print_of(is, is_n, code);
		if (among(named, named_n, code) && a && b && strcmp(a, b) == 0) {
			im->items_updated--;
			im->items_unchanged++;
		}
	}
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
			if ((rc = db_save_measure(db, m, &put, err)))
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
	vk_db_import_clear(im);
out:
	for (size_t i = 0; i < before_n; i++)
		free(before[i]);
	free(before);
	for (size_t i = 0; i < named_n; i++)
		free(named[i]);
	free(named);
	free(live);
	free(archived);
	free(leaving);	   /* the codes are im's */
	free(known.items); /* the codes are borrowed */
	free(known.index);
	db_measure_put_clear(&put);
	plan_prints_free(was, was_n);
	plan_prints_free(is, is_n);
	vk_model_free(pf);
	return rc;
}

enum vk_code vk_db_rename(struct vk_db *db, const char *old_code, const char *new_code,
			  size_t *reports, struct vk_error *err)
{
	sqlite3_int64 id, n = 0;
	enum vk_code rc;

	if (!vk_model_code_valid(new_code))
		return vk_error_set(
		    err, VK_EUSAGE,
		    "invalid new code '%s' (letters, digits, '-' and '_', at most 32)", new_code);
	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		return rc;
	if (!(id = db_id_of(db, "item", old_code))) {
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  old_code);
		goto fail;
	}
	if (strcmp(old_code, new_code) != 0 && db_id_of(db, "item", new_code)) {
		rc = vk_error_set(err, VK_EDATA,
				  "'%s' is taken by another programme or project (archived ones "
				  "count: see 'veikart list --archived')",
				  new_code);
		goto fail;
	}
	/* reports, scores, plans, dependencies and projects refer to the item's id */
	if ((rc = db_run(db, err, "UPDATE item SET code = ?1 WHERE id = ?2", "tx", new_code, id)) ||
	    (rc = db_each_row(db, "SELECT count(*) FROM status_report WHERE item_id = ?1", id,
			      db_int_row, &n, err)) ||
	    (rc = db_exec(db, "COMMIT", "committing", err)))
		goto fail;
	if (reports)
		*reports = (size_t)n;
	return VK_OK;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* The item `?1` and, for a programme, its projects. */
#define REMOVED_IDS                                                                                \
	"(SELECT id FROM item WHERE code = ?1 UNION SELECT c.id FROM item c JOIN item p ON "       \
	"p.id = c.parent_id WHERE p.code = ?1)"

/* Refuses to purge `code` while an item that goes on (live or archived) depends on it or,
 * for a programme, on one of its projects. */
static enum vk_code purge_dependants(struct vk_db *db, const char *code, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = db_prepare(db,
			     "SELECT i.code, i.archived, d.code FROM dependency x JOIN item i ON "
			     "i.id = x.item_id JOIN item d ON d.id = x.depends_on_id WHERE "
			     "x.depends_on_id IN " REMOVED_IDS " AND x.item_id NOT IN " REMOVED_IDS
			     " ORDER BY i.archived, i.ord, i.id, x.ord LIMIT 1",
			     &st, err)))
		return rc;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *who = (const char *)sqlite3_column_text(st, 0);
		const char *on = (const char *)sqlite3_column_text(st, 2);
		bool archived = sqlite3_column_int(st, 1) != 0;
		char of[80] = "";

		if (strcmp(on, code) != 0)
			snprintf(of, sizeof(of), " (a project of '%.32s')", code);
		rc = vk_error_set(err, VK_EDATA,
				  "cannot purge '%s': %s'%s' depends on '%s'%s in its stored plan, "
				  "and would lose that dependency: purge '%s' first%s",
				  code, archived ? "archived " : "", who, on, of, who,
				  archived ? "" : ", or take the dependency out of its file");
	} else if (step != SQLITE_DONE) {
		rc = db_fail(db, step, "reading the store", err);
	}
	sqlite3_finalize(st);
	return rc;
}

enum vk_code vk_db_remove(struct vk_db *db, const char *code, bool purge, struct vk_removal *out,
			  struct vk_error *err)
{
	static const struct {
		const char *sql;
		size_t offset;
	} counts[] = {
	    {"SELECT count(*) FROM item WHERE id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, items)},
	    {"SELECT count(*) FROM status_report WHERE item_id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, reports)},
	    {"SELECT count(*) FROM measure WHERE item_id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, measures)},
	    {"SELECT count(*) FROM score WHERE measure_id IN (SELECT id FROM measure WHERE "
	     "item_id IN " REMOVED_IDS ")",
	     offsetof(struct vk_removal, scores)},
	};
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;

	memset(out, 0, sizeof(*out));
	if ((rc = db_exec(db, "BEGIN IMMEDIATE", "starting to write", err)))
		goto out;
	if ((rc = load(db, pf, true, err)))
		goto fail;
	if (vk_model_item(pf, code)) {
		/* as if it left the file: the rest of the plan must still hold together */
		out->items = vk_model_archive(pf, code);
		if ((rc = vk_model_validate(pf, err))) {
			struct vk_error why = *err;
			rc = vk_error_set(err, rc, "cannot remove '%s': %s", code, why.msg);
			goto fail;
		}
		if ((rc = db_save_portfolio(db, pf, err)))
			goto fail;
	} else if (vk_model_archived(pf, code)) {
		out->archived_before = true;
	} else {
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  code);
		goto fail;
	}
	/* an archived item's stored dependency on it would go with it (ON DELETE CASCADE),
	 * and its plan with it unseen: refuse, as for a live item that depends on it */
	if (purge && (rc = purge_dependants(db, code, err)))
		goto fail;
	if (purge) {
		for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
			sqlite3_stmt *st;
			int step;
			if ((rc = db_prepare(db, counts[i].sql, &st, err)))
				goto fail;
			sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
			if ((step = sqlite3_step(st)) == SQLITE_ROW)
				*(size_t *)((char *)out + counts[i].offset) =
				    (size_t)sqlite3_column_int64(st, 0);
			else
				rc = db_fail(db, step, "reading the store", err);
			sqlite3_finalize(st);
			if (rc)
				goto fail;
		}
		/* status reports, plans and a programme's projects go with the item (ON
		 * DELETE CASCADE); measures would only lose their link, so they go first */
		if ((rc = db_run(db, err, "DELETE FROM measure WHERE item_id IN " REMOVED_IDS, "t",
				 code)) ||
		    (rc = db_run(db, err, "DELETE FROM item WHERE id IN " REMOVED_IDS, "t", code)))
			goto fail;
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

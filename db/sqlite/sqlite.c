/* The SQLite backend: opening and migrating a store file, transactions, the helpers the
 * other files share, and the operations table. SQLite errors are translated here into
 * vk_error with SQLite's reason in the message. */
#include "sqlite-int.h"

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

/* A temporary table on the connection that is creating a store, for the migrations to
 * see: 003 seeds the scoring model only into an older store, a new one gets it from the
 * defaults (vk_db_defaults) with the rest of its reference data. */
#define NEW_STORE_MARK "vk_new_store"

/* Translates the last SQLite failure on `db` into `err`. */
enum vk_code vk_sqlite_fail(struct vk_store *db, int rc, const char *doing, struct vk_error *err)
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

enum vk_code vk_sqlite_exec(struct vk_store *db, const char *sql, const char *doing,
			    struct vk_error *err)
{
	int rc = sqlite3_exec(db->sql, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? VK_OK : vk_sqlite_fail(db, rc, doing, err);
}

enum vk_code vk_sqlite_prepare(struct vk_store *db, const char *sql, sqlite3_stmt **st,
			       struct vk_error *err)
{
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, NULL);
	return rc == SQLITE_OK ? VK_OK : vk_sqlite_fail(db, rc, "preparing a query", err);
}

static enum vk_code user_version(struct vk_store *db, int *version, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = vk_sqlite_prepare(db, "PRAGMA user_version", &st, err)))
		return rc;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		*version = sqlite3_column_int(st, 0);
	else
		rc = vk_sqlite_fail(db, step, "reading the schema version", err);
	sqlite3_finalize(st);
	return rc;
}

/* Before an older store is migrated, a copy of it as it was goes next to it
 * (FILE.schemaN.bak); an existing copy of that version is kept. */
static enum vk_code backup(struct vk_store *db, int version, struct vk_error *err)
{
	char *target, *sql;
	enum vk_code rc = VK_OK;

	if (version == 0 || strcmp(db->path, ":memory:") == 0)
		return VK_OK;
	target = vk_xasprintf("%s.schema%d.bak", db->path, version);
	if (access(target, F_OK) != 0) {
		sql = sqlite3_mprintf("VACUUM INTO %Q", target);
		rc = vk_sqlite_exec(db, sql, "writing a backup before the schema update", err);
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

static enum vk_code migrate(struct vk_store *db, const struct vk_portfolio *defaults, bool *created,
			    struct vk_error *err)
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
	if ((rc = vk_sqlite_exec(db, "BEGIN IMMEDIATE", "starting the schema update", err)))
		return rc;
	if ((rc = user_version(db, &version, err)) || (rc = known_version(db->path, version, err)))
		goto fail;
	if (version == 0 && (rc = vk_sqlite_exec(db, "CREATE TEMP TABLE " NEW_STORE_MARK " (x)",
						 "starting the schema update", err)))
		goto fail;
	for (int v = version; v < vk_db_schema_version(); v++) {
		char pragma[48];
		if ((rc = vk_sqlite_exec(db, vk_db_migrations[v].data, vk_db_migrations[v].name,
					 err)))
			goto fail;
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", v + 1);
		if ((rc = vk_sqlite_exec(db, pragma, "setting the schema version", err)))
			goto fail;
	}
	/* a new store's reference data, in the transaction that made it */
	if (version == 0 && ((rc = vk_sqlite_save_portfolio(db, defaults, err)) ||
			     (rc = vk_sqlite_exec(db, "DROP TABLE temp." NEW_STORE_MARK,
						  "committing the schema update", err))))
		goto fail;
	if ((rc = vk_sqlite_exec(db, "COMMIT", "committing the schema update", err)))
		goto fail;
	*created = version == 0;
	return VK_OK;
fail:
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_exec(db->sql, "DROP TABLE IF EXISTS temp." NEW_STORE_MARK, NULL, NULL, NULL);
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
static enum vk_code verify(struct vk_store *db, bool create, int *version, struct vk_error *err)
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
	if ((rc = vk_sqlite_prepare(db, sql, &st, err)))
		goto out;
	if ((step = sqlite3_step(st)) != SQLITE_ROW) {
		rc = vk_sqlite_fail(db, step, "reading the schema version", err);
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
	if ((rc = vk_sqlite_prepare(db, "SELECT count(*) FROM meta WHERE key IS NULL", &st, err)))
		goto out;
	if ((step = sqlite3_step(st)) != SQLITE_ROW)
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	else if (sqlite3_column_int(st, 0) > 0)
		rc = vk_error_set(err, VK_ESTORE,
				  "%s: damaged store: a row of table meta has no key", db->path);
out:
	sqlite3_finalize(st);
	return rc;
}

/* Opens db->path to read and write (creating it when `flags` say so), enables WAL and
 * brings the schema up to date. On failure *why is SQLite's code. */
static enum vk_code open_store(struct vk_store *db, int flags, const struct vk_portfolio *defaults,
			       bool *created, int *why, struct vk_error *err)
{
	enum vk_code rc;

	*why = sqlite3_open_v2(db->path, &db->sql, flags, NULL);
	if (*why != SQLITE_OK)
		return db->sql ? vk_sqlite_fail(db, *why, "cannot open", err)
			       : vk_error_set(err, VK_ECANTCREAT, "%s: cannot open: out of memory",
					      db->path);
	sqlite3_extended_result_codes(db->sql, 1);
	sqlite3_busy_timeout(db->sql, 5000);
	if ((rc = vk_sqlite_exec(db, "PRAGMA foreign_keys = ON", "enabling foreign keys", err)) ||
	    (rc = vk_sqlite_exec(db, "PRAGMA journal_mode = WAL", "enabling WAL", err)) ||
	    (rc = migrate(db, defaults, created, err)))
		*why = sqlite3_extended_errcode(db->sql);
	return rc;
}

/* SQLite could not write the store or beside it: a read-only file, directory or medium. */
static bool cannot_write(int why)
{
	return (why & 0xff) == SQLITE_READONLY || (why & 0xff) == SQLITE_CANTOPEN ||
	       (why & 0xff) == SQLITE_PERM;
}

static void sqlite_close(struct vk_store *db)
{
	if (!db)
		return;
	vk_sqlite_measure_put_clear(&db->put);
	if (db->sql && !sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db->sql);
	free(db->path);
	free(db);
}

/* The open operation (store-ops.h): `path` is a file name, or ":memory:". */
static enum vk_code sqlite_open(const char *path, bool create, const struct vk_portfolio *defaults,
				bool *created, struct vk_store **out, struct vk_error *err)
{
	struct vk_store *db = vk_xcalloc(1, sizeof(*db));
	bool memory = strcmp(path, ":memory:") == 0, fresh = memory;
	sqlite3 *verified = NULL;
	const char *left;
	struct stat sb;
	enum vk_code rc;
	int version = 0, why;

	*out = NULL;
	*created = false;
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
	rc = open_store(db, SQLITE_OPEN_READWRITE | (fresh ? SQLITE_OPEN_CREATE : 0), defaults,
			created, &why, err);
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
	sqlite_close(db);
	return rc;
}

/* ---- helpers ---- */

char *vk_sqlite_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? vk_xstrdup((const char *)s) : NULL;
}

/* Dates in the store passed its CHECK constraints, so they parse. */
int vk_sqlite_col_date(sqlite3_stmt *st, int i)
{
	int date = VK_DATE_NONE;
	const unsigned char *s = sqlite3_column_text(st, i);

	if (s)
		vk_date_parse((const char *)s, VK_DATE_START, &date, NULL, NULL);
	return date;
}

/* Runs `sql` with `id` bound to ?1 (when id > 0) and calls `row` for every result row. */
enum vk_code vk_sqlite_each_row(struct vk_store *db, const char *sql, sqlite3_int64 id,
				void (*row)(sqlite3_stmt *, void *), void *ctx,
				struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = vk_sqlite_prepare(db, sql, &st, err)))
		return rc;
	if (id > 0)
		sqlite3_bind_int64(st, 1, id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW)
		row(st, ctx);
	if (step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	return rc;
}

/* Looks up the rowid of `code` in `table`; 0 when absent. */
sqlite3_int64 vk_sqlite_id_of(struct vk_store *db, const char *table, const char *code)
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

void vk_sqlite_int_row(sqlite3_stmt *st, void *ctx)
{
	*(sqlite3_int64 *)ctx = sqlite3_column_int64(st, 0);
}

/* Runs `sql` to completion with parameters bound in order as `fmt` says: 't' text (NULL
 * binds NULL), 'p' int that binds NULL when 0, 'i' int, 'r' double, 'd' date (as
 * YYYY-MM-DD), 'x' sqlite3_int64. */
enum vk_code vk_sqlite_run(struct vk_store *db, struct vk_error *err, const char *sql,
			   const char *fmt, ...)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	va_list ap;
	int step;

	if ((rc = vk_sqlite_prepare(db, sql, &st, err)))
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
		rc = vk_sqlite_fail(db, step, "writing the store", err);
	sqlite3_finalize(st);
	return rc;
}

/* ---- transactions ---- */

static enum vk_code sqlite_begin(struct vk_store *db, struct vk_error *err)
{
	enum vk_code rc;

	/* a large import changes more pages than the default 2 MB cache holds; spilling
	   them to the WAL mid-transaction cost 10 % of a 100,000-report import. Readers
	   open their own connection and keep the default, so reading years of reports does
	   not fill 64 MB. */
	if ((rc = vk_sqlite_exec(db, "PRAGMA cache_size = -65536", "sizing the page cache", err)))
		return rc;
	db->writing = true;
	return vk_sqlite_exec(db, "BEGIN IMMEDIATE", "starting to write", err);
}

static enum vk_code sqlite_begin_read(struct vk_store *db, struct vk_error *err)
{
	db->writing = false;
	return vk_sqlite_exec(db, "BEGIN", "reading the store", err);
}

static enum vk_code sqlite_commit(struct vk_store *db, struct vk_error *err)
{
	/* a read transaction's failure to end is a reader's */
	vk_sqlite_measure_put_clear(&db->put);
	return vk_sqlite_exec(db, "COMMIT", db->writing ? "committing" : "reading the store", err);
}

static void sqlite_rollback(struct vk_store *db)
{
	vk_sqlite_measure_put_clear(&db->put);
	if (!sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

const struct vk_store_ops vk_sqlite_ops = {
    .name = "SQLite",
    .open = sqlite_open,
    .close = sqlite_close,
    .begin = sqlite_begin,
    .begin_read = sqlite_begin_read,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .load = vk_sqlite_load,
    .save_portfolio = vk_sqlite_save_portfolio,
    .settle_cadence = vk_sqlite_settle_cadence,
    .save_reports = vk_sqlite_save_reports,
    .save_measure = vk_sqlite_save_measure,
    .save_cost = vk_sqlite_save_cost,
    .plan_prints = vk_sqlite_plan_prints,
    .criterion_use = vk_sqlite_criterion_use,
    .latest_period = vk_sqlite_latest_period,
    .period_ending = vk_sqlite_period_ending,
    .load_status = vk_sqlite_load_status,
    .load_periods = vk_sqlite_load_periods,
    .load_period_reports = vk_sqlite_load_period_reports,
    .load_trend = vk_sqlite_load_trend,
    .load_colours = vk_sqlite_load_colours,
    .load_measures = vk_sqlite_load_measures,
    .load_costs = vk_sqlite_load_costs,
    .cadence = vk_sqlite_cadence,
    .rename = vk_sqlite_rename,
    .purge = vk_sqlite_purge,
};

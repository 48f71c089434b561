/* What the store's files share (not a public header): the handle and the SQLite helpers
 * that translate every failure into a vk_error. */
#ifndef VK_STORE_INT_H
#define VK_STORE_INT_H

#include <sqlite3.h>

#include "store.h"

struct vk_db {
	sqlite3 *sql;
	char *path;
};

/* Translates the last SQLite failure `rc` on `db` into `err`. */
enum vk_code db_fail(struct vk_db *db, int rc, const char *doing, struct vk_error *err);
enum vk_code db_exec(struct vk_db *db, const char *sql, const char *doing, struct vk_error *err);
enum vk_code db_prepare(struct vk_db *db, const char *sql, sqlite3_stmt **st, struct vk_error *err);
/* Runs `sql` with `id` bound to ?1 (when id > 0) and calls `row` for every result row. */
enum vk_code db_each_row(struct vk_db *db, const char *sql, sqlite3_int64 id,
			 void (*row)(sqlite3_stmt *, void *), void *ctx, struct vk_error *err);
/* Runs `sql` to completion with parameters bound in order as `fmt` says: 't' text (NULL
 * binds NULL), 'p' int that binds NULL when 0, 'i' int, 'r' double, 'd' date (as
 * YYYY-MM-DD), 'x' sqlite3_int64. */
enum vk_code db_run(struct vk_db *db, struct vk_error *err, const char *sql, const char *fmt, ...);
/* The rowid of `code` in `table`; 0 when absent. */
sqlite3_int64 db_id_of(struct vk_db *db, const char *table, const char *code);
/* A copy of column i's text (NULL for NULL); a date column as days. */
char *db_col_text(sqlite3_stmt *st, int i);
int db_col_date(sqlite3_stmt *st, int i);
/* A db_each_row callback: the row's first column into the sqlite3_int64 at ctx. */
void db_int_row(sqlite3_stmt *st, void *ctx);

/* Writes `pf` over the store's content inside the caller's transaction (store-save.c). */
enum vk_code db_save_portfolio(struct vk_db *db, const struct vk_portfolio *pf,
			       struct vk_error *err);

/* Writers of what sheets bring (store-sheets.c), inside the import's transaction. */
enum vk_code db_save_reports(struct vk_db *db, const struct vk_status_file *f, struct vk_import *im,
			     struct vk_error *err);
/* What db_save_measure keeps between measures of one import: its statements and the ord
 * of the next new measure. Starts zeroed; db_measure_put_clear frees it. */
struct db_measure_put {
	sqlite3_stmt *insert, *find, *clear, *score;
	sqlite3_int64 next_ord;
};

/* Writes one measure: its row (by name; a new one goes last) and all its values,
 * replacing the stored ones. */
enum vk_code db_save_measure(struct vk_db *db, const struct vk_candidate *m,
			     struct db_measure_put *put, struct vk_error *err);
void db_measure_put_clear(struct db_measure_put *put);
/* Settles the portfolio's reporting cadence before the sheets are written: the one the
 * portfolio file sets (refused over stored reports of another kind), else the one the
 * store's meta table records, else the kind of the store's latest period, else that of
 * the first report imported; every report of `im` must be of it (VK_EDATA otherwise).
 * Records it in the meta table. */
enum vk_code db_settle_cadence(struct vk_db *db, const struct vk_portfolio *pf,
			       const struct vk_import *im, struct vk_error *err);
enum vk_code db_save_cost(struct vk_db *db, const struct vk_cost *c, struct vk_error *err);

#endif

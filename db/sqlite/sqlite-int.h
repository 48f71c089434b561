/* What the SQLite backend's files share (not a public header): the handle and the
 * helpers that translate every SQLite failure into a vk_error. The only files that
 * include sqlite3.h are this directory's. */
#ifndef VK_SQLITE_INT_H
#define VK_SQLITE_INT_H

#include <sqlite3.h>

#include "store-ops.h"

/* What vk_sqlite_save_measure keeps between measures of one import: its statements and
 * the ord of the next new measure. Starts zeroed; vk_sqlite_measure_put_clear frees it
 * (at the end of every transaction). */
struct vk_sqlite_put {
	sqlite3_stmt *insert, *find, *clear, *score;
	sqlite3_int64 next_ord;
};

/* The SQLite backend's handle (struct vk_store is opaque to the neutral store). */
struct vk_store {
	sqlite3 *sql;
	char *path;
	struct vk_sqlite_put put;
	bool writing; /* the open transaction (if any) is a write transaction */
};

/* Translates the last SQLite failure `rc` on `db` into `err`. */
enum vk_code vk_sqlite_fail(struct vk_store *db, int rc, const char *doing, struct vk_error *err);
enum vk_code vk_sqlite_exec(struct vk_store *db, const char *sql, const char *doing,
			    struct vk_error *err);
enum vk_code vk_sqlite_prepare(struct vk_store *db, const char *sql, sqlite3_stmt **st,
			       struct vk_error *err);
/* Runs `sql` with `id` bound to ?1 (when id > 0) and calls `row` for every result row. */
enum vk_code vk_sqlite_each_row(struct vk_store *db, const char *sql, sqlite3_int64 id,
				void (*row)(sqlite3_stmt *, void *), void *ctx,
				struct vk_error *err);
/* Runs `sql` to completion with parameters bound in order as `fmt` says: 't' text (NULL
 * binds NULL), 'p' int that binds NULL when 0, 'i' int, 'r' double, 'd' date (as
 * YYYY-MM-DD), 'x' sqlite3_int64. */
enum vk_code vk_sqlite_run(struct vk_store *db, struct vk_error *err, const char *sql,
			   const char *fmt, ...);
/* The rowid of `code` in `table`; 0 when absent. */
sqlite3_int64 vk_sqlite_id_of(struct vk_store *db, const char *table, const char *code);
/* A copy of column i's text (NULL for NULL); a date column as days. */
char *vk_sqlite_col_text(sqlite3_stmt *st, int i);
int vk_sqlite_col_date(sqlite3_stmt *st, int i);
/* A vk_sqlite_each_row callback: the row's first column into the sqlite3_int64 at ctx. */
void vk_sqlite_int_row(sqlite3_stmt *st, void *ctx);
/* A vk_sqlite_each_row callback: a period row (code, start, end) added to the
 * struct vk_status_set at ctx; a report row (item code, period code, colour, comment,
 * budget) likewise, its period among the set's. */
void vk_sqlite_period_row(sqlite3_stmt *st, void *ctx);
void vk_sqlite_report_row(sqlite3_stmt *st, void *ctx);

/* The operations of struct vk_store_ops (store-ops.h has their contracts), by file:
 * sqlite-load.c */
enum vk_code vk_sqlite_load(struct vk_store *db, struct vk_portfolio *pf, bool details,
			    struct vk_error *err);
/* sqlite-save.c */
enum vk_code vk_sqlite_save_portfolio(struct vk_store *db, const struct vk_portfolio *pf,
				      struct vk_error *err);
/* sqlite-status.c */
enum vk_code vk_sqlite_load_status(struct vk_store *db, const char *code, struct vk_status_set *set,
				   struct vk_error *err);
enum vk_code vk_sqlite_load_periods(struct vk_store *db, struct vk_status_set *set,
				    struct vk_error *err);
enum vk_code vk_sqlite_load_period_reports(struct vk_store *db, struct vk_status_set *set,
					   const struct vk_period *const *periods, size_t n,
					   struct vk_error *err);
enum vk_code vk_sqlite_load_trend(struct vk_store *db, struct vk_status_set *set,
				  struct vk_status_summary **out, struct vk_error *err);
enum vk_code vk_sqlite_load_colours(struct vk_store *db, const struct vk_portfolio *pf,
				    struct vk_status_set *set, size_t shown, unsigned char **out,
				    double **budgets, struct vk_error *err);
/* sqlite-sheets.c */
enum vk_code vk_sqlite_save_reports(struct vk_store *db, const struct vk_status_file *f,
				    struct vk_import *im, struct vk_error *err);
enum vk_code vk_sqlite_save_measure(struct vk_store *db, const struct vk_candidate *m,
				    struct vk_error *err);
void vk_sqlite_measure_put_clear(struct vk_sqlite_put *put);
enum vk_code vk_sqlite_save_cost(struct vk_store *db, const struct vk_cost *c,
				 struct vk_error *err);
enum vk_code vk_sqlite_load_measures(struct vk_store *db, struct vk_score_file **out,
				     struct vk_error *err);
enum vk_code vk_sqlite_load_costs(struct vk_store *db, struct vk_cost_file **out,
				  struct vk_error *err);
enum vk_code vk_sqlite_cadence(struct vk_store *db, enum vk_period_kind *out, char *source,
			       size_t size, struct vk_error *err);
enum vk_code vk_sqlite_settle_cadence(struct vk_store *db, const struct vk_portfolio *pf,
				      struct vk_status_file *const *files, size_t n,
				      struct vk_error *err);
/* sqlite-edit.c */
enum vk_code vk_sqlite_plan_prints(struct vk_store *db, bool archived, struct vk_plan_print **out,
				   size_t *n, struct vk_error *err);
enum vk_code vk_sqlite_criterion_use(struct vk_store *db, struct vk_criterion_use **out, size_t *n,
				     struct vk_error *err);
enum vk_code vk_sqlite_latest_period(struct vk_store *db, int *end, char *code,
				     struct vk_error *err);
void vk_sqlite_period_ending(struct vk_store *db, int end, char *code);
enum vk_code vk_sqlite_rename(struct vk_store *db, const char *old_code, const char *new_code,
			      size_t *reports, struct vk_error *err);
enum vk_code vk_sqlite_purge(struct vk_store *db, const char *code, struct vk_removal *out,
			     struct vk_error *err);

#endif

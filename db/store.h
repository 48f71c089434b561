/* The portfolio store: opened by its address (a SQLite file today) and served by a
 * backend behind struct vk_store_ops (store-ops.h); everything else sees the model
 * structs of src/core/model.h. */
#ifndef VK_STORE_H
#define VK_STORE_H

#include <stdbool.h>

#include "error.h"
#include "input-kind.h"
#include "model.h"
#include "cost.h"
#include "score.h"
#include "status.h"

struct vk_db; /* opaque handle */

/* Opens the store at `address`, creating it when `create` is set, and brings its schema
 * up to date. The address chooses the backend: a file name (or ":memory:") is a SQLite
 * store; a postgresql:// or postgres:// URI is refused with VK_EUSAGE, as this build has
 * no PostgreSQL backend. Without `create`, a missing file is VK_ENOINPUT. A new store
 * starts with the built-in reference data (vk_db_defaults). `*created` (may be NULL) is
 * set when this call made a new store. On success `*out` is a handle the caller closes
 * with vk_db_close. */
enum vk_code vk_db_open(const char *address, bool create, bool *created, struct vk_db **out,
			struct vk_error *err);
void vk_db_close(struct vk_db *db);

/* A read snapshot: between begin and end, every vk_db_load* call sees one state of the
 * store, whatever another process writes meanwhile (a load outside one has a read
 * transaction of its own). Calls nest; only the outermost begins and ends. Nothing may
 * be written (vk_db_import, rename, remove) inside one. */
enum vk_code vk_db_snapshot_begin(struct vk_db *db, struct vk_error *err);
void vk_db_snapshot_end(struct vk_db *db);

/* The schema version this build writes (PRAGMA user_version of an up-to-date store). */
int vk_db_schema_version(void);

/* Reads the whole portfolio. On success `*out` is a model the caller frees with
 * vk_model_free. */
enum vk_code vk_db_load(struct vk_db *db, struct vk_portfolio **out, struct vk_error *err);

/* What one import brings: the files' contents as read (src/io/input.h), of any kinds. */
struct vk_import {
	/* borrowed; a portfolio's items are moved out of it, a score sheet's criterion names
	 * are rewritten to codes: the caller frees the list after */
	const struct vk_input_list *inputs;
	bool replace; /* archive every item before the first model */
	/* a report for a stored code and period changes the stored one's colour, and its
	 * comment and budget only where given (`status set`); otherwise it replaces it */
	bool keep_unnamed;
	/* filled in on success; freed with vk_db_import_clear (vk_db_import clears them
	 * first, so one clear after the last import is enough) */
	size_t reports_added;
	size_t reports_replaced;  /* a stored report of that code and period changed */
	size_t reports_unchanged; /* the same as the stored one (or as an earlier file's) */
	size_t measures_saved;
	size_t costs_saved;
	size_t items_added;	/* codes new to the store */
	size_t items_updated;	/* live items the files named again with a changed plan */
	size_t items_unchanged; /* live items the files named again as they were stored */
	char **items_archived;	/* codes of live items that left the plan, in store order */
	size_t items_archived_n, items_archived_cap;
	char **items_restored; /* codes of archived items the files named again */
	size_t items_restored_n, items_restored_cap;
	/* codes of the files' `archived:` items that were not live in the store (new to it,
	 * or archived there already), in store order; a live one the section names left
	 * the plan and is in items_archived */
	char **items_shelved;
	size_t items_shelved_n, items_shelved_cap;
	bool scoring_replaced;	 /* a file brought a scoring model other than the stored one */
	bool scoring_unchanged;	 /* a file brought the stored scoring model again */
	size_t scores_deleted;	 /* stored score values of criteria it no longer has */
	char **criteria_dropped; /* those criteria's codes, in the old model's order */
	size_t criteria_dropped_n, criteria_dropped_cap;
	struct vk_import_period {
		char code[VK_PERIOD_CODE_MAX];
		size_t added, replaced, unchanged;
	} * periods; /* reports per period, in the order the sheets first name them */
	size_t periods_n, periods_cap;
};

/* Frees what vk_db_import filled in and zeroes those fields; the inputs stay. */
void vk_db_import_clear(struct vk_import *im);

/* Imports everything in `im` all or nothing: each model is merged into the store's
 * portfolio (vk_model_merge) and the result validated; then each other input is checked
 * by its kind against that portfolio: each status file (vk_status_validate) and all of
 * them together, each score sheet against the scoring model (vk_score_file_validate). Only when all
 * of it passes is the store written, in the same transaction that read it. A report for a code and
 * period that are in the store already replaces the stored one. */
enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err);

/* Renames the programme or project `old_code` (live or archived) to `new_code`. Its
 * status reports, scores, plan, parent and projects are linked by identity, not code, so
 * all of them stay; `*reports` (may be NULL) is set to how many reports it has. Errors:
 * VK_EUSAGE when `new_code` is not a valid code, VK_ENOTFOUND when `old_code` is not in
 * the store, VK_EDATA when `new_code` is taken (by a live or an archived item). */
enum vk_code vk_db_rename(struct vk_db *db, const char *old_code, const char *new_code,
			  size_t *reports, struct vk_error *err);

/* What vk_db_remove did. */
struct vk_removal {
	bool archived_before; /* the item was archived already */
	size_t items;	      /* items archived (or deleted): the item and a programme's projects */
	size_t reports;	      /* status reports deleted (purge) */
	size_t measures;      /* scored measures linked to them, deleted (purge) */
	size_t scores;	      /* the values of those measures (purge) */
};

/* Archives the programme or project `code` and, for a programme, its projects, as when
 * they leave the portfolio file: their reports and scores stay. With `purge`, deletes
 * them (live or archived) with their status reports and the scored measures linked to
 * them. One transaction. VK_ENOTFOUND when `code` is not in the store; VK_EDATA when a
 * live item depends on one of them. */
enum vk_code vk_db_remove(struct vk_db *db, const char *code, bool purge, struct vk_removal *out,
			  struct vk_error *err);

/* Reads every scored measure and its values into `*out` (caller frees with
 * vk_score_file_free). The model is in the portfolio (vk_db_load). */
enum vk_code vk_db_load_measures(struct vk_db *db, struct vk_score_file **out,
				 struct vk_error *err);

/* Reads every cost figure, by solution (in the order they were first imported), year
 * and kind, into `*out` (caller frees with vk_cost_file_free). */
enum vk_code vk_db_load_costs(struct vk_db *db, struct vk_cost_file **out, struct vk_error *err);

/* Reads every reporting period (in order) and status report into `set` (zeroed by the
 * caller; cleared with vk_status_set_clear). */
enum vk_code vk_db_load_status(struct vk_db *db, struct vk_status_set *set, struct vk_error *err);

/* As vk_db_load_status, with the reports of item `code` alone (live or archived): what
 * `show` needs, without reading a million reports for one item's history. */
enum vk_code vk_db_load_item_status(struct vk_db *db, const char *code, struct vk_status_set *set,
				    struct vk_error *err);

/* Every reporting period into `set` (zeroed by the caller; no reports), and *out, one
 * summary per period with the trend's numbers (vk_status_trend), counted by one grouped
 * query rather than read report by report. The caller frees *out. */
enum vk_code vk_db_load_trend(struct vk_db *db, struct vk_status_set *set,
			      struct vk_status_summary **out, struct vk_error *err);

/* Adds to `set` (whose periods vk_db_load_periods read) the reports of the `n` periods
 * given (borrowed), in portfolio order: what one period's summary needs (it and the one
 * before it), without reading every report of the history. */
enum vk_code vk_db_load_period_reports(struct vk_db *db, struct vk_status_set *set,
				       const struct vk_period *const *periods, size_t n,
				       struct vk_error *err);

/* The portfolio's reporting cadence: the one the store records (set by a portfolio
 * file's `cadence:` or by the first sheet), else the kind of the latest stored period
 * (a store from before the cadence was kept), else VK_CADENCE_NONE. `source` (of `size`
 * bytes) says which, for messages: "as the store records". */
enum vk_code vk_db_cadence(struct vk_db *db, enum vk_period_kind *out, char *source, size_t size,
			   struct vk_error *err);

/* Every reporting period, in order, into `set` (zeroed by the caller). */
enum vk_code vk_db_load_periods(struct vk_db *db, struct vk_status_set *set, struct vk_error *err);

/* What the workbook shows of the status, in one pass and without holding every report:
 * *out, each item's colour in every period of `set` (vk_db_load_periods), a matrix of
 * (pf->items_n + pf->archived_n) × max(1, periods) bytes of enum vk_colour
 * (VK_COLOUR_NONE where none), the live items' rows first, then the archived ones';
 * *budgets, each period's total budget in MNOK (-1 where no report gives one); and added to `set`,
 * the reports of period `shown` alone. The caller frees *out and *budgets. */
enum vk_code vk_db_load_colours(struct vk_db *db, const struct vk_portfolio *pf,
				struct vk_status_set *set, size_t shown, unsigned char **out,
				double **budgets, struct vk_error *err);

#endif

/* The portfolio store: one SQLite file with a versioned schema. The only module that
 * talks to SQLite; everything else sees the model structs of src/core/model.h. */
#ifndef VK_STORE_H
#define VK_STORE_H

#include <stdbool.h>

#include "error.h"
#include "model.h"
#include "cost.h"
#include "score.h"
#include "status.h"

struct vk_db; /* opaque handle */

/* Opens the store at `path`, creating it when `create` is set, and brings its schema up
 * to date. Without `create`, a missing file is VK_ENOINPUT. On success `*out` is a handle
 * the caller closes with vk_db_close. */
enum vk_code vk_db_open(const char *path, bool create, struct vk_db **out, struct vk_error *err);
void vk_db_close(struct vk_db *db);

/* The schema version this build writes (PRAGMA user_version of an up-to-date store). */
int vk_db_schema_version(void);

/* Reads the whole portfolio. On success `*out` is a model the caller frees with
 * vk_model_free. */
enum vk_code vk_db_load(struct vk_db *db, struct vk_portfolio **out, struct vk_error *err);

/* Makes the store hold exactly `pf` (reference data, programmes, projects and their
 * plans) in one transaction, or changes nothing. `pf` must have passed
 * vk_model_validate. Items keep their identity by code, so the status reports and scores of
 * items that stay are kept; those of items that go are deleted with them. */
enum vk_code vk_db_save(struct vk_db *db, const struct vk_portfolio *pf, struct vk_error *err);

/* What one import brings: portfolio files, status files, or both. */
struct vk_import {
	struct vk_portfolio *const *models; /* contents are moved out; the caller frees */
	size_t models_n;
	struct vk_status_file *const *status;
	size_t status_n;
	struct vk_score_file *const *scores; /* criterion names are rewritten to codes */
	size_t scores_n;
	struct vk_cost_file *const *costs;
	size_t costs_n;
	bool replace; /* empty the portfolio before the first model */
	/* filled in on success */
	size_t reports_added;
	size_t reports_replaced;
	size_t measures_saved;
	size_t costs_saved;
};

/* Imports everything in `im` all or nothing: each model is merged into the store's
 * portfolio (vk_model_merge) and the result validated; then each status file is checked
 * against that portfolio (vk_status_validate), and each score sheet against its scoring
 * model (vk_score_file_validate). Only when all of it passes is the store
 * written, in the same transaction that read it. A report for a code and period that
 * are in the store already replaces the stored one. */
enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err);

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

/* Every reporting period into `set` (zeroed by the caller; no reports), and *out, one
 * summary per period with the trend's numbers (vk_status_trend), counted by one grouped
 * query rather than read report by report. The caller frees *out. */
enum vk_code vk_db_load_trend(struct vk_db *db, struct vk_status_set *set,
			      struct vk_status_summary **out, struct vk_error *err);

/* Every reporting period, in order, into `set` (zeroed by the caller). */
enum vk_code vk_db_load_periods(struct vk_db *db, struct vk_status_set *set, struct vk_error *err);

/* What the workbook shows of the status, in one pass and without holding every report:
 * *out, each item's colour in every period of `set` (vk_db_load_periods), a matrix of
 * pf->items_n × max(1, periods) bytes of enum vk_colour (VK_COLOUR_NONE where none);
 * *budgets, each period's total budget in MNOK; and added to `set`, the reports of
 * period `shown` alone. The caller frees *out and *budgets. */
enum vk_code vk_db_load_colours(struct vk_db *db, const struct vk_portfolio *pf,
				struct vk_status_set *set, size_t shown, unsigned char **out,
				double **budgets, struct vk_error *err);

#endif

/* What a report or an export reads of the store, in one place: the portfolio (live and
 * archived items, its scoring model), the status history, the scored measures and the
 * costs. Uses only store.h's public functions, so it is the same for every backend. */
#ifndef VK_REPORT_H
#define VK_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"

/* What to read besides the portfolio, measures and costs (always read). */
enum vk_report_what {
	VK_REPORT_PERIODS = 1 << 0, /* every period, no reports (the workbook) */
	VK_REPORT_REPORTS = 1 << 1, /* every period and every report (the exports) */
};

/* Everything read, owned by the struct; freed with vk_report_free. */
struct vk_report_data {
	struct vk_portfolio *pf;	/* with its scoring model and archived items */
	struct vk_status_set status;	/* periods, and reports when asked for */
	struct vk_score_file *measures; /* every scored measure and its values */
	struct vk_cost_file *costs;	/* every cost figure */
	enum vk_period_kind cadence;	/* the store's cadence (vk_db_cadence) */
	/* vk_report_load_colours: the colour matrix and the budgets per period (see
	 * vk_db_load_colours); NULL until then */
	unsigned char *colours;
	double *budgets;
};

/* Reads what `what` (enum vk_report_what flags) asks for and the portfolio, measures,
 * costs and cadence from `db`. On success the caller frees `*out` with vk_report_free. */
enum vk_code vk_report_load(struct vk_db *db, unsigned what, struct vk_report_data **out,
			    struct vk_error *err);

/* Adds the colours of every period and the reports of period `shown` (an index into
 * d->status.periods) to `d`, loaded with VK_REPORT_PERIODS: what the workbook shows. */
enum vk_code vk_report_load_colours(struct vk_db *db, struct vk_report_data *d, size_t shown,
				    struct vk_error *err);

void vk_report_free(struct vk_report_data *d);

#endif

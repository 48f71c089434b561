/* The report-data loader: the store's contents that exports and reports read, through
 * store.h alone. */
#include "report.h"

#include <stdlib.h>

#include "alloc.h"

/* The reads of vk_report_load, inside its snapshot. */
static enum vk_code load(struct vk_db *db, unsigned what, struct vk_report_data *d,
			 struct vk_error *err)
{
	char source[64];
	enum vk_code rc;

	if ((rc = vk_db_load(db, &d->pf, err)) ||
	    ((what & VK_REPORT_REPORTS) && (rc = vk_db_load_status(db, &d->status, err))) ||
	    (!(what & VK_REPORT_REPORTS) && (what & VK_REPORT_PERIODS) &&
	     (rc = vk_db_load_periods(db, &d->status, err))) ||
	    (rc = vk_db_load_measures(db, &d->measures, err)) ||
	    (rc = vk_db_load_costs(db, &d->costs, err)))
		return rc;
	return vk_db_cadence(db, &d->cadence, source, sizeof(source), err);
}

enum vk_code vk_report_load(struct vk_db *db, unsigned what, struct vk_report_data **out,
			    struct vk_error *err)
{
	struct vk_report_data *d = vk_xcalloc(1, sizeof(*d));
	enum vk_code rc;

	*out = NULL;
	/* one read snapshot, so an import running beside an export cannot make the
	 * portfolio and its reports disagree (a caller that reads more after this, as
	 * vk_report_load_colours, holds its own snapshot around both) */
	if ((rc = vk_db_snapshot_begin(db, err))) {
		vk_report_free(d);
		return rc;
	}
	rc = load(db, what, d, err);
	vk_db_snapshot_end(db);
	if (rc) {
		vk_report_free(d);
		return rc;
	}
	*out = d;
	return VK_OK;
}

enum vk_code vk_report_load_colours(struct vk_db *db, struct vk_report_data *d, size_t shown,
				    struct vk_error *err)
{
	return vk_db_load_colours(db, d->pf, &d->status, shown, &d->colours, &d->budgets, err);
}

void vk_report_free(struct vk_report_data *d)
{
	if (!d)
		return;
	vk_model_free(d->pf);
	vk_status_set_clear(&d->status);
	vk_score_file_free(d->measures);
	vk_cost_file_free(d->costs);
	free(d->colours);
	free(d->budgets);
	free(d);
}

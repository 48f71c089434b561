/* The import, backend-neutral and written once: merges the files' models into the
 * store's portfolio, validates everything, counts what changed, and writes it all in one
 * write transaction through struct vk_store_ops, or nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "score.h"
#include "store-int.h"

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
static void plan_prints_free(struct vk_plan_print *list, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(list[i].code);
		free(list[i].print);
	}
	free(list);
}

static int by_print_code(const void *a, const void *b)
{
	return strcmp(((const struct vk_plan_print *)a)->code,
		      ((const struct vk_plan_print *)b)->code);
}

/* The print of `code` in `list` (sorted by code); NULL when none. */
static const char *plan_print_of(const struct vk_plan_print *list, size_t n, const char *code)
{
	struct vk_plan_print key = {.code = (char *)code}, *hit;

	hit = n ? bsearch(&key, list, n, sizeof(*list), by_print_code) : NULL;
	return hit ? hit->print : NULL;
}

/* The stored score values a new scoring model deletes, for the import's summary: those
 * of criteria it no longer has (the backend keeps the ones it has, as the model's). */
static enum vk_code count_dropped_scores(struct vk_db *db, struct vk_import *im,
					 const struct vk_portfolio *pf, struct vk_error *err)
{
	struct vk_criterion_use *uses = NULL;
	size_t n = 0;
	enum vk_code rc;

	im->scoring_replaced = true;
	rc = db->ops->criterion_use(db->store, &uses, &n, err);
	for (size_t i = 0; i < n; i++) {
		bool kept = false;
		for (size_t k = 0; k < pf->scoring->criteria_n && !kept; k++)
			kept = strcmp(pf->scoring->criteria[k].code, uses[i].code) == 0;
		if (!rc && !kept) {
			*VK_PUSH(im->criteria_dropped) = vk_xstrdup(uses[i].code);
			im->scores_deleted += uses[i].scores;
		}
		free(uses[i].code);
	}
	free(uses);
	return rc;
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

	if ((rc = db->ops->latest_period(db->store, &latest_end, latest, err)))
		return rc;
	for (size_t k = 0; k < f->reports_n; k++) {
		const struct vk_report *r = &f->reports[k];
		const struct vk_item *it = NULL;
		char until[VK_PERIOD_CODE_MAX + 32] = "", at[64] = "";
		char date[VK_DATE_TEXT_MAX];
		int after = latest_end;

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
		} else {
			char code[VK_PERIOD_CODE_MAX];
			db->ops->period_ending(db->store, after, code);
			if (code[0])
				snprintf(until, sizeof(until), "in the plan up to %s", code);
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
	struct vk_plan_print *was = NULL, *is = NULL;
	size_t was_n = 0, is_n = 0;
	enum vk_code rc;

	vk_db_import_clear(im);
	/* the write lock is taken before reading, so nobody changes the store in between */
	if ((rc = db->ops->begin(db->store, err)))
		goto out;
	/* sheets alone need only the items' codes and the scoring model; the stored
	 * portfolio was checked when it was written */
	if ((rc = db->ops->load(db->store, pf, im->models_n > 0, err)))
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
	if (im->models_n > 0 && (rc = vk_model_validate(pf, err)))
		goto fail;
	if (im->models_n > 0 && (rc = db->ops->plan_prints(db->store, &was, &was_n, err)))
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
	    (rc = db->ops->settle_cadence(db->store, pf, im->status, im->status_n, err)))
		goto fail;
	for (size_t i = 0; i < im->scores_n; i++)
		if ((rc = vk_score_file_validate(im->scores[i], pf->scoring, &known, err)))
			goto fail;
	if (im->models_n > 0 && (rc = db->ops->save_portfolio(db->store, pf, err)))
		goto fail;
	/* an item named again is updated only when its stored plan changed */
	if (im->models_n > 0 && (rc = db->ops->plan_prints(db->store, &is, &is_n, err)))
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
		if ((rc = db->ops->save_reports(db->store, im->status[i], im, err)))
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
			if ((rc = db->ops->save_measure(db->store, m, err)))
				goto fail;
			im->measures_saved++;
		}
	for (size_t i = 0; i < im->costs_n; i++)
		for (size_t k = 0; k < im->costs[i]->costs_n; k++) {
			if ((rc = db->ops->save_cost(db->store, &im->costs[i]->costs[k], err)))
				goto fail;
			im->costs_saved++;
		}
	if ((rc = db->ops->commit(db->store, err)))
		goto fail;
	goto out;
fail:
	db->ops->rollback(db->store);
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
	plan_prints_free(was, was_n);
	plan_prints_free(is, is_n);
	vk_model_free(pf);
	return rc;
}

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
	for (size_t i = 0; i < im->items_shelved_n; i++)
		free(im->items_shelved[i]);
	free(im->items_shelved);
	im->items_shelved = NULL;
	im->items_shelved_n = im->items_shelved_cap = 0;
	free(im->periods);
	for (size_t i = 0; i < im->criteria_dropped_n; i++)
		free(im->criteria_dropped[i]);
	free(im->criteria_dropped);
	im->criteria_dropped = NULL;
	im->criteria_dropped_n = im->criteria_dropped_cap = 0;
	im->scores_deleted = 0;
	im->scoring_replaced = im->scoring_unchanged = false;
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

/* What the store held of one code before the import: for the times out of the plan a
 * file gives, which may not change what the store keeps. */
struct held {
	const char *code; /* borrowed from `names` */
	bool archived;
	struct vk_absence *absences; /* a copy */
	size_t absences_n;
};

static int by_held_code(const void *a, const void *b)
{
	return strcmp(((const struct held *)a)->code, ((const struct held *)b)->code);
}

/* The codes of pf (live and archived) with their absences, sorted by code; the codes
 * are copied into *names (n of them), which the caller frees with the array. */
static struct held *held_of(const struct vk_portfolio *pf, char ***names, size_t *n)
{
	size_t total = pf->items_n + pf->archived_n;
	struct held *h = vk_xcalloc(total + 1, sizeof(*h));

	*names = vk_xcalloc(total + 1, sizeof(**names));
	for (size_t i = 0; i < total; i++) {
		const struct vk_item *it =
		    i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
		(*names)[i] = vk_xstrdup(it->code);
		h[i].code = (*names)[i];
		h[i].archived = i >= pf->items_n;
		h[i].absences_n = it->absences_n;
		h[i].absences = vk_xcalloc(it->absences_n + 1, sizeof(*h[i].absences));
		if (it->absences_n)
			memcpy(h[i].absences, it->absences, it->absences_n * sizeof(*it->absences));
	}
	qsort(h, total, sizeof(*h), by_held_code);
	*n = total;
	return h;
}

static void held_free(struct held *h, char **names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(h[i].absences);
		free(names[i]);
	}
	free(h);
	free(names);
}

/* "after 2021-01-31 until 2021-03-31, after 2021-05-31" into buf: for messages. */
static const char *absences_text(const struct vk_absence *a, size_t n, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	if (!n)
		snprintf(buf, size, "never");
	for (size_t i = 0; i < n && len < size; i++) {
		char x[VK_DATE_TEXT_MAX], y[VK_DATE_TEXT_MAX];
		len += (size_t)snprintf(
		    buf + len, size - len, "%s%s%s%s%s", i ? ", " : "",
		    a[i].after == VK_DATE_NONE ? "from the start" : "after ",
		    a[i].after == VK_DATE_NONE ? "" : vk_date_format(a[i].after, x),
		    a[i].until == VK_DATE_NONE ? " (still)" : " until ",
		    a[i].until == VK_DATE_NONE ? "" : vk_date_format(a[i].until, y));
	}
	return buf;
}

/* Settles the times out of the plan of `it`, a file's item (live, or archived when
 * `archived`), before anything is written. A code new to the store takes the file's
 * (an archived one without them is out of the plan from now on, as one archived by the
 * import is). For a code the store holds they are the store's, with the item leaving
 * the plan or coming back by this import as the store records it (store-ops.h,
 * save_portfolio): a file that gives others would rewrite history, and is refused at
 * its `absences`. */
static enum vk_code settle_absences(const struct held *h, size_t h_n, struct vk_item *it,
				    bool archived, int latest, struct vk_error *err)
{
	struct held key = {.code = it->code};
	const struct held *was = h_n ? bsearch(&key, h, h_n, sizeof(*h), by_held_code) : NULL;
	struct vk_absence *e;
	size_t n;
	bool same;

	if (!was) {
		if (archived && !it->absences_given) {
			*VK_PUSH(it->absences) =
			    (struct vk_absence){.after = latest, .until = VK_DATE_NONE};
			it->absences_given = true;
		}
		return VK_OK;
	}
	/* what the store will hold */
	n = was->absences_n;
	e = vk_xcalloc(n + 2, sizeof(*e));
	if (n)
		memcpy(e, was->absences, n * sizeof(*e));
	if (archived && !was->archived) {
		e[n++] = (struct vk_absence){.after = latest, .until = VK_DATE_NONE};
	} else if (!archived && was->archived && n && e[n - 1].until == VK_DATE_NONE) {
		/* nothing was reported while it was out: that time holds no period */
		if (latest == VK_DATE_NONE ||
		    (e[n - 1].after != VK_DATE_NONE && e[n - 1].after >= latest))
			n--;
		else
			e[n - 1].until = latest;
	}
	same = it->absences_n == n;
	for (size_t i = 0; i < n && same; i++)
		same = it->absences[i].after == e[i].after && it->absences[i].until == e[i].until;
	if (it->absences_given && !same) {
		char held_text[72], file_text[72];
		struct vk_pos at = it->absences_pos;
		absences_text(e, n, held_text, sizeof(held_text));
		absences_text(it->absences, it->absences_n, file_text, sizeof(file_text));
		free(e);
		return vk_error_set(err, VK_EDATA,
				    "%.60s:%d:%d: '%s' was out of the plan %s (the store's "
				    "history), not %s: a file cannot rewrite it; leave 'absences' "
				    "out to keep the store's",
				    at.file ? at.file : "?", at.line, at.col, it->code, held_text,
				    file_text);
	}
	free(it->absences);
	it->absences = e;
	it->absences_n = it->absences_cap = n;
	it->absences_given = false; /* the store's own rows say the same */
	return VK_OK;
}

/* What one import's kinds share while it runs. */
struct run {
	struct vk_db *db;
	struct vk_import *im;
	struct vk_portfolio *pf;   /* the store's portfolio with the files' models merged */
	struct vk_portfolio known; /* every code in the store: only `code` is set */
	char **leaving;		   /* codes this import archives, sorted (borrowed from im) */
	size_t leaving_n;
	struct vk_status_file **status; /* the status files, in the list's order (borrowed) */
	size_t status_n, status_cap;
};

static enum vk_code check_status(struct run *r, struct vk_input *in, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = vk_status_validate(in->data, &r->known, err)))
		return rc;
	return archived_reports(r->db, r->pf, r->leaving, r->leaving_n, in->data, err);
}

/* Two sheets may not disagree on a report, and every report is of the store's cadence
 * (settled even without sheets: a portfolio file may set it). */
static enum vk_code check_all_status(struct run *r, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = vk_status_validate_across(r->status, r->status_n, err)))
		return rc;
	return r->db->ops->settle_cadence(r->db->store, r->pf, r->status, r->status_n, err);
}

static enum vk_code save_status(struct run *r, struct vk_input *in, struct vk_error *err)
{
	return r->db->ops->save_reports(r->db->store, in->data, r->im, err);
}

static enum vk_code check_scores(struct run *r, struct vk_input *in, struct vk_error *err)
{
	return vk_score_file_validate(in->data, r->pf->scoring, &r->known, err);
}

static enum vk_code save_scores(struct run *r, struct vk_input *in, struct vk_error *err)
{
	struct vk_score_file *f = in->data;
	enum vk_code rc;

	for (size_t k = 0; k < f->measures_n; k++) {
		/* criterion columns are matched to the model's codes as stored */
		struct vk_candidate *m = &f->measures[k];
		for (size_t v = 0; v < m->values_n; v++) {
			const struct vk_criterion *c =
			    vk_scoring_find(r->pf->scoring, m->values[v].criterion);
			free(m->values[v].criterion);
			m->values[v].criterion = vk_xstrdup(c->code);
		}
		if ((rc = r->db->ops->save_measure(r->db->store, m, err)))
			return rc;
		r->im->measures_saved++;
	}
	return VK_OK;
}

static enum vk_code save_costs(struct run *r, struct vk_input *in, struct vk_error *err)
{
	struct vk_cost_file *f = in->data;
	enum vk_code rc;

	for (size_t k = 0; k < f->costs_n; k++) {
		if ((rc = r->db->ops->save_cost(r->db->store, &f->costs[k], err)))
			return rc;
		r->im->costs_saved++;
	}
	return VK_OK;
}

/* What the store does with each kind of input (src/core/input-kind.h), in this order: every
 * kind's inputs are checked (`check` each, then `check_all` once, also when there are
 * none), then the merged portfolio is written, then every kind's inputs (`save` each), so
 * nothing is written unless all is valid. The portfolio files have no row's work: they
 * are merged into one model first, which is checked and written as one. A new kind
 * (council meetings) is one row here, with a struct vk_store_ops operation that `save`
 * calls; a new reader of a kind there is (.xlsx status sheets) changes nothing here. */
static const struct kind {
	enum vk_input_kind kind;
	enum vk_code (*check)(struct run *r, struct vk_input *in, struct vk_error *err);
	enum vk_code (*check_all)(struct run *r, struct vk_error *err);
	enum vk_code (*save)(struct run *r, struct vk_input *in, struct vk_error *err);
} kinds[] = {
    {VK_INPUT_PORTFOLIO, NULL, NULL, NULL},
    {VK_INPUT_STATUS, check_status, check_all_status, save_status},
    {VK_INPUT_SCORES, check_scores, NULL, save_scores},
    {VK_INPUT_COSTS, NULL, NULL, save_costs},
};
_Static_assert(sizeof(kinds) / sizeof(kinds[0]) == VK_INPUT_KINDS, "one row per input kind");

enum vk_code vk_db_import(struct vk_db *db, struct vk_import *im, struct vk_error *err)
{
	const struct vk_input_list *inputs = im->inputs;
	struct run r = {.db = db, .im = im, .pf = vk_model_new()};
	struct vk_portfolio *pf = r.pf;
	char **live = NULL, **archived = NULL, **named = NULL, **before = NULL, **shelved = NULL;
	size_t live_n = 0, archived_n = 0, named_n = 0, named_cap = 0, before_n = 0;
	size_t shelved_n = 0, shelved_cap = 0;
	struct vk_plan_print *was = NULL, *is = NULL, *was_out = NULL, *is_out = NULL;
	size_t was_n = 0, is_n = 0, was_out_n = 0, is_out_n = 0;
	size_t models_n = vk_input_list_count(inputs, VK_INPUT_PORTFOLIO);
	struct held *held = NULL;
	char **held_names = NULL, latest_code[VK_PERIOD_CODE_MAX];
	size_t held_n = 0;
	int latest = VK_DATE_NONE;
	bool first_model = true, model_changed = false;
	enum vk_code rc;

	vk_db_import_clear(im);
	for (size_t i = 0; inputs && i < inputs->items_n; i++)
		if (inputs->items[i].kind == VK_INPUT_STATUS)
			*VK_PUSH(r.status) = inputs->items[i].data;
	/* the write lock is taken before reading, so nobody changes the store in between */
	if ((rc = vk_db_write_begin(db, err)))
		goto out;
	/* sheets alone need only the items' codes and the scoring model; the stored
	 * portfolio was checked when it was written */
	if ((rc = db->ops->load(db->store, pf, models_n > 0, err)))
		goto fail;
	if (models_n > 0) {
		/* what the store holds before, to say what the files changed */
		/* copies: the merge frees the items the files replace */
		before = vk_xcalloc(pf->items_n + 1, sizeof(*before));
		for (size_t i = 0; i < pf->items_n; i++)
			before[before_n++] = vk_xstrdup(pf->items[i].code);
		live = vk_xcalloc(before_n + 1, sizeof(*live));
		memcpy(live, before, before_n * sizeof(*live));
		qsort(live, live_n = before_n, sizeof(*live), by_string);
		/* copies too: the merge frees the archived items the files bring again */
		archived = sorted_codes(pf->archived, archived_n = pf->archived_n);
		for (size_t i = 0; i < archived_n; i++)
			archived[i] = vk_xstrdup(archived[i]);
		for (size_t i = 0; i < inputs->items_n; i++) {
			const struct vk_portfolio *m = inputs->items[i].data;
			if (inputs->items[i].kind != VK_INPUT_PORTFOLIO)
				continue;
			for (size_t k = 0; k < m->items_n; k++)
				*VK_PUSH(named) = vk_xstrdup(m->items[k].code);
			for (size_t k = 0; k < m->archived_n; k++)
				*VK_PUSH(shelved) = vk_xstrdup(m->archived[k].code);
		}
		if (named_n)
			qsort(named, named_n, sizeof(*named), by_string);
		if (shelved_n)
			qsort(shelved, shelved_n, sizeof(*shelved), by_string);
		held = held_of(pf, &held_names, &held_n);
		if ((rc = db->ops->latest_period(db->store, &latest, latest_code, err)))
			goto fail;
	}
	/* a file's scoring model replaces the stored one (the last file's wins); the
	 * summary says so only when that changes the model */
	for (size_t i = 0; i < inputs->items_n; i++) {
		const struct vk_portfolio *m = inputs->items[i].data;
		if (inputs->items[i].kind == VK_INPUT_PORTFOLIO && m->has_scoring)
			model_changed = !vk_scoring_equal(m->scoring, pf->scoring);
	}
	/* all files first, then one check: files may refer to each other in any order */
	for (size_t i = 0; models_n > 0 && i < inputs->items_n; i++) {
		if (inputs->items[i].kind != VK_INPUT_PORTFOLIO)
			continue;
		vk_model_merge(pf, inputs->items[i].data, im->replace && first_model);
		first_model = false;
	}
	if (models_n > 0 && (vk_model_resolve(pf), (rc = vk_model_validate(pf, err))))
		goto fail;
	/* the files' items' times out of the plan: the store's history, or a new code's */
	for (size_t i = 0; models_n > 0 && i < pf->items_n + pf->archived_n; i++) {
		bool out = i >= pf->items_n;
		struct vk_item *it = out ? &pf->archived[i - pf->items_n] : &pf->items[i];
		if (among(out ? shelved : named, out ? shelved_n : named_n, it->code) &&
		    (rc = settle_absences(held, held_n, it, out, latest, err)))
			goto fail;
	}
	if (models_n > 0 &&
	    ((rc = db->ops->plan_prints(db->store, false, &was, &was_n, err)) ||
	     (rc = db->ops->plan_prints(db->store, true, &was_out, &was_out_n, err))))
		goto fail;
	/* said only when the stored model changes: the same model again replaces nothing */
	im->scoring_unchanged = pf->has_scoring && !model_changed;
	if (model_changed && (rc = count_dropped_scores(db, im, pf, err)))
		goto fail;
	if (models_n > 0)
		count_items(im, pf, live, live_n, archived, archived_n, named, named_n, before,
			    before_n);
	/* the files' archived items that were not live (those left the plan, counted so) */
	for (size_t i = 0; models_n > 0 && i < pf->archived_n; i++)
		if (among(shelved, shelved_n, pf->archived[i].code) &&
		    !among(live, live_n, pf->archived[i].code))
			*VK_PUSH(im->items_shelved) = vk_xstrdup(pf->archived[i].code);
	/* reports and scores may name archived items too: a past period's sheet read again
	 * after an item left the plan (or in the import that archives it) */
	for (size_t i = 0; i < pf->items_n; i++)
		VK_PUSH(r.known.items)->code = pf->items[i].code;
	/* the merge put every item that leaves the plan among the archived ones */
	for (size_t i = 0; i < pf->archived_n; i++)
		VK_PUSH(r.known.items)->code = pf->archived[i].code;
	r.leaving = vk_xcalloc(im->items_archived_n + 1, sizeof(*r.leaving));
	if ((r.leaving_n = im->items_archived_n)) {
		memcpy(r.leaving, im->items_archived, r.leaving_n * sizeof(*r.leaving));
		qsort(r.leaving, r.leaving_n, sizeof(*r.leaving), by_string);
	}
	for (size_t t = 0; t < sizeof(kinds) / sizeof(kinds[0]); t++) {
		for (size_t i = 0; kinds[t].check && inputs && i < inputs->items_n; i++)
			if (inputs->items[i].kind == kinds[t].kind &&
			    (rc = kinds[t].check(&r, &inputs->items[i], err)))
				goto fail;
		if (kinds[t].check_all && (rc = kinds[t].check_all(&r, err)))
			goto fail;
	}
	if (models_n > 0 && (rc = db->ops->save_portfolio(db->store, pf, err)))
		goto fail;
	/* an item named again is updated only when its stored plan changed */
	if (models_n > 0 && ((rc = db->ops->plan_prints(db->store, false, &is, &is_n, err)) ||
			     (rc = db->ops->plan_prints(db->store, true, &is_out, &is_out_n, err))))
		goto fail;
	/* an archived item's plan is history (its span decides past periods' counts): a
	 * file may give it again as stored, not change it */
	for (size_t i = 0; i < pf->archived_n && models_n > 0; i++) {
		const struct vk_item *it = &pf->archived[i];
		const char *a = plan_print_of(was_out, was_out_n, it->code);
		const char *b = plan_print_of(is_out, is_out_n, it->code);
		if (among(shelved, shelved_n, it->code) && a && b && strcmp(a, b) != 0) {
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%.60s:%d:%d: archived '%s' has another plan in the "
			    "store, which is history a file cannot change: give it as "
			    "stored ('veikart export yaml' writes it), or bring it "
			    "back under 'programmes' or 'projects'",
			    it->pos.file ? it->pos.file : "?", it->pos.line, it->pos.col, it->code);
			goto fail;
		}
	}
	for (size_t i = 0; i < pf->items_n && models_n > 0; i++) {
		const char *code = pf->items[i].code;
		const char *a = plan_print_of(was, was_n, code), *b = plan_print_of(is, is_n, code);
		if (among(named, named_n, code) && a && b && strcmp(a, b) == 0) {
			im->items_updated--;
			im->items_unchanged++;
		}
	}
	for (size_t t = 0; t < sizeof(kinds) / sizeof(kinds[0]); t++)
		for (size_t i = 0; kinds[t].save && inputs && i < inputs->items_n; i++)
			if (inputs->items[i].kind == kinds[t].kind &&
			    (rc = kinds[t].save(&r, &inputs->items[i], err)))
				goto fail;
fail:
	/* the success path ends here too: commit it, or undo every write and count */
	if ((rc = vk_db_write_end(db, rc, err)))
		vk_db_import_clear(im);
out:
	for (size_t i = 0; i < before_n; i++)
		free(before[i]);
	free(before);
	for (size_t i = 0; i < named_n; i++)
		free(named[i]);
	free(named);
	for (size_t i = 0; i < shelved_n; i++)
		free(shelved[i]);
	free(shelved);
	held_free(held, held_names, held_n);
	plan_prints_free(was_out, was_out_n);
	plan_prints_free(is_out, is_out_n);
	free(live);
	for (size_t i = 0; i < archived_n; i++)
		free(archived[i]);
	free(archived);
	free(r.leaving);	    /* the codes are im's */
	free(r.known.items);	    /* the codes are borrowed */
	vk_model_changed(&r.known); /* frees its lookup index */
	free(r.status);
	plan_prints_free(was, was_n);
	plan_prints_free(is, is_n);
	vk_model_free(pf);
	return rc;
}

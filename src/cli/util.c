/* Helpers shared by the commands. */
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "date.h"
#include "decimal.h"
#include "number.h"
#include "utf8.h"

enum vk_code vk_util_open(const struct vk_ctx *ctx, bool create, struct vk_db **db,
			  struct vk_error *err)
{
	return vk_db_open(ctx->db_path, create, NULL, db, err);
}

enum vk_code vk_util_read(const struct vk_ctx *ctx, struct vk_db **db, struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = vk_util_open(ctx, false, db, err)) || (rc = vk_db_snapshot_begin(*db, err))) {
		vk_db_close(*db);
		*db = NULL;
	}
	return rc;
}

enum vk_code vk_util_load(const struct vk_ctx *ctx, struct vk_portfolio **pf, struct vk_error *err)
{
	struct vk_db *db;
	enum vk_code rc;

	if ((rc = vk_util_open(ctx, false, &db, err)))
		return rc;
	rc = vk_db_load(db, pf, err);
	vk_db_close(db);
	return rc;
}

enum vk_code vk_util_parse_format(const char *s, enum vk_format *format, struct vk_error *err)
{
	if (strcmp(s, "text") == 0)
		*format = VK_FORMAT_TEXT;
	else if (strcmp(s, "json") == 0)
		*format = VK_FORMAT_JSON;
	else
		return vk_error_set(err, VK_EUSAGE, "unknown format '%s' (expected text or json)",
				    s);
	return VK_OK;
}

const char *vk_util_milestone_kind(const struct vk_ctx *ctx, enum vk_milestone_kind kind)
{
	static const char *const nb[] = {"beslutning", "leveranse", "mål"};
	_Static_assert(sizeof(nb) / sizeof(nb[0]) == VK_MS_KIND_COUNT, "one word per kind");

	return ctx->lang == VK_LANG_EN ? vk_model_milestone_kind_name(kind) : nb[kind];
}

void vk_util_span_text(const struct vk_item *it, char *buf, size_t size)
{
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];
	int start, end;

	if (vk_model_item_span(it, &start, &end))
		snprintf(buf, size, "%s – %s", vk_date_format(start, a), vk_date_format(end, b));
	else
		snprintf(buf, size, "–");
}

/* One line on stderr about file `name`, escaped as main escapes its errors (a file name
 * may hold a newline, a sheet's header anything). */
static void print_note(const char *name, const char *what, const char *text)
{
	char *n = vk_utf8_escape(name, false), *t = vk_utf8_escape(text, false);

	fprintf(stderr, "veikart: %s%s: %s\n", what, n, t);
	free(n);
	free(t);
}

/* What a reader did not use, one line each, so nothing is dropped without a word; and
 * that a file was read as Windows-1252. */
static void print_notes(const char *name, bool converted, char *const *notes, size_t n)
{
	if (converted)
		print_note(name, "", "not UTF-8; read as Windows-1252");
	for (size_t i = 0; i < n; i++)
		print_note(name, "note: ", notes[i]);
}

void vk_util_input_notes(const struct vk_input_list *list, size_t from)
{
	for (size_t i = from; i < list->items_n; i++)
		print_notes(list->items[i].file, list->items[i].converted, list->items[i].notes,
			    list->items[i].notes_n);
}

/* Applies one "--weight GROUP=W" to `m`; `set` marks the criteria given so far. */
static enum vk_code set_weight(struct vk_scoring *m, const char *arg, bool *set,
			       struct vk_error *err)
{
	const char *eq = strchr(arg, '=');
	char *name;
	struct vk_criterion *c;
	struct vk_error why = {0};
	double w;

	if (!eq)
		return vk_error_set(err, VK_EUSAGE, "--weight needs GROUP=WEIGHT, not '%s'", arg);
	name = vk_xstrndup(arg, (size_t)(eq - arg));
	c = vk_scoring_find(m, name);
	free(name);
	if (!c)
		return vk_error_set(err, VK_EUSAGE, "--weight: no criterion '%.*s' in the model",
				    (int)(eq - arg), arg);
	if (set[c - m->criteria])
		return vk_error_set(err, VK_EUSAGE,
				    "--weight: '%s' given twice (by its code or its name)",
				    c->code);
	set[c - m->criteria] = true;
	/* read as every number a person types: 1,5 or 1.5; 1.234 and 1e2 are refused */
	if (vk_number_parse(eq + 1, &w, &why) || !(w >= 0) || w > VK_WEIGHT_MAX)
		return vk_error_set(err, VK_EUSAGE,
				    "--weight: '%s' is not a weight from 0 to %d%s%s", eq + 1,
				    VK_WEIGHT_MAX, why.code ? ": " : "", why.msg);
	c->weight = w;
	return VK_OK;
}

enum vk_code vk_util_set_weights(struct vk_scoring *m, const char *const *args, size_t n,
				 double **defaults, struct vk_error *err)
{
	bool *set = vk_xcalloc(m->criteria_n + 1, sizeof(*set));
	enum vk_code rc = VK_OK;

	*defaults = vk_xcalloc(m->criteria_n + 1, sizeof(**defaults));
	for (size_t g = 0; g < m->criteria_n; g++)
		(*defaults)[g] = m->criteria[g].weight;
	for (size_t i = 0; i < n && !rc; i++)
		rc = set_weight(m, args[i], set, err);
	free(set);
	return rc;
}

/* A period queried that has no reports: refused when it is not of the portfolio's
 * cadence (as 'status set' refuses it), else put in `set` in its place, so that its
 * silent items are counted (every running item may have stayed silent) and the change
 * is against the period before it. */
static enum vk_code add_period(struct vk_db *db, struct vk_status_set *set,
			       const struct vk_period *p, long *index, struct vk_error *err)
{
	/* the cadence as the store records it (or, in a store from before it was kept,
	 * as its latest period says) */
	enum vk_period_kind cadence;
	char source[96];
	enum vk_code rc;
	enum vk_period_kind kind = vk_period_kind_of(p);
	size_t at = set->periods_n;

	if ((rc = vk_db_cadence(db, &cadence, source, sizeof(source), err)))
		return rc;
	if (cadence != VK_CADENCE_NONE && kind != cadence)
		return vk_error_set(
		    err, VK_EUSAGE,
		    "--period: period '%s' is a %s, but the portfolio reports by %s "
		    "(%s)",
		    p->code, vk_period_kind_name(kind), vk_period_kind_name(cadence), source);
	while (at > 0 &&
	       (set->periods[at - 1].start > p->start ||
		(set->periods[at - 1].start == p->start && set->periods[at - 1].end > p->end)))
		at--;
	VK_PUSH(set->periods);
	memmove(&set->periods[at + 1], &set->periods[at],
		(set->periods_n - 1 - at) * sizeof(*set->periods));
	set->periods[at] = *p;
	*index = (long)at;
	return VK_OK;
}

enum vk_code vk_util_summarise(const struct vk_status_set *set, const struct vk_portfolio *pf,
			       long index, struct vk_status_summary *s, struct vk_error *err)
{
	vk_status_summarise(set, pf, (size_t)index, s);
	if (s->total > 0 || s->silent > 0)
		return VK_OK;
	/* a period of the cadence before, after or between the plans */
	vk_error_set(err, VK_ENOTFOUND,
		     "no status reports for period %s, and nothing ran in it (see 'veikart "
		     "status --trend')",
		     s->period->code);
	vk_status_summary_clear(s);
	return VK_ENOTFOUND;
}

enum vk_code vk_util_period(struct vk_db *db, struct vk_status_set *set, const char *period,
			    long *index, struct vk_error *err)
{
	struct vk_period p;
	struct vk_error perr;

	if (vk_period_parse(period, &p, &perr))
		return vk_error_set(err, VK_EUSAGE, "--period: %s", perr.msg);
	if ((*index = vk_status_period_index(set, p.code)) >= 0)
		return VK_OK;
	return add_period(db, set, &p, index, err);
}

/* Portfolio review: validation errors plus warnings about plans a reader would query
 * before a council meeting: nothing to draw, phases that overlap, leave gaps or run
 * against the life-cycle order (also per rollout area), work outside its programme's
 * span, a rollout that enters a region but leaves some of its areas out, milestones past
 * and not done, a green item whose goal has passed, and items without a report in the
 * latest period. */
#include "review.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"

static void add(struct vk_findings *f, enum vk_severity sev, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void add(struct vk_findings *f, enum vk_severity sev, const char *code, const char *fmt, ...)
{
	struct vk_finding *x = VK_PUSH(f->list);
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	x->severity = sev;
	x->code = vk_xstrdup(code);
	x->message = vk_xstrdup(msg);
	if (sev == VK_SEV_ERROR)
		f->errors++;
	else
		f->warnings++;
}

static size_t phase_rank(const struct vk_portfolio *pf, const char *code)
{
	const struct vk_phase_kind *ph = vk_model_phase(pf, code);
	return ph ? (size_t)(ph - pf->phases) : 0;
}

/* Phases of one item should follow the life cycle: a later start, a later (or the same) kind. */
static void check_order(const struct vk_portfolio *pf, const struct vk_item *it,
			struct vk_findings *f)
{
	for (size_t i = 0; i < it->phases_n; i++)
		for (size_t j = 0; j < it->phases_n; j++) {
			const struct vk_span *a = &it->phases[i], *b = &it->phases[j];
			if (a->start < b->start &&
			    phase_rank(pf, a->phase) > phase_rank(pf, b->phase)) {
				add(f, VK_SEV_WARNING, it->code,
				    "phase '%s' starts before '%s', against the life-cycle order",
				    a->phase, b->phase);
				return;
			}
		}
}

static void check_within(const struct vk_item *outer, const char *what, const char *code, int start,
			 int end, struct vk_findings *f)
{
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX], c[VK_DATE_TEXT_MAX], d[VK_DATE_TEXT_MAX];
	int os, oe;

	if (!vk_model_item_span(outer, &os, &oe) || (start >= os && end <= oe))
		return;
	add(f, VK_SEV_WARNING, code, "%s %s – %s lies outside %s's phases (%s – %s)", what,
	    vk_date_format(start, a), vk_date_format(end, b), outer->code, vk_date_format(os, c),
	    vk_date_format(oe, d));
}

static bool rolls_out_in(const struct vk_item *it, const char *area)
{
	for (size_t r = 0; r < it->rollouts_n; r++)
		if (strcmp(it->rollouts[r].area, area) == 0)
			return true;
	return false;
}

/* A rollout may leave whole regions out (regional programmes), but a region it enters
 * should have every area planned. */
static void check_rollout(const struct vk_portfolio *pf, const struct vk_item *it,
			  struct vk_findings *f)
{
	for (size_t g = 0; g < pf->regions_n; g++) {
		const char *region = pf->regions[g].code;
		char missing[160] = "";
		size_t in_region = 0, covered = 0;

		for (size_t a = 0; a < pf->areas_n; a++) {
			if (strcmp(pf->areas[a].region, region) != 0)
				continue;
			in_region++;
			if (rolls_out_in(it, pf->areas[a].code))
				covered++;
			else if (strlen(missing) + strlen(pf->areas[a].code) + 3 < sizeof(missing))
				strcat(strcat(missing, missing[0] ? ", " : ""), pf->areas[a].code);
		}
		if (covered > 0 && covered < in_region)
			add(f, VK_SEV_WARNING, it->code,
			    "rollout plans %zu of %zu areas in %s (not: %s)", covered, in_region,
			    pf->regions[g].name, missing);
	}
	for (size_t r = 0; r < it->rollouts_n; r++) {
		char what[80];
		snprintf(what, sizeof(what), "rollout in %s", it->rollouts[r].area);
		check_within(it, what, it->code, it->rollouts[r].span.start,
			     it->rollouts[r].span.end, f);
	}
}

static int by_start(const void *a, const void *b)
{
	const struct vk_span *x = *(const struct vk_span *const *)a,
			     *y = *(const struct vk_span *const *)b;
	return (x->start > y->start) - (x->start < y->start);
}

/* Phases of one item in time order: overlapping or with a gap between them. */
static void check_continuity(const struct vk_item *it, struct vk_findings *f)
{
	const struct vk_span **s = vk_xcalloc(it->phases_n, sizeof(*s));
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];

	for (size_t i = 0; i < it->phases_n; i++)
		s[i] = &it->phases[i];
	qsort(s, it->phases_n, sizeof(*s), by_start);
	for (size_t i = 1; i < it->phases_n; i++) {
		if (s[i]->start <= s[i - 1]->end)
			add(f, VK_SEV_WARNING, it->code,
			    "phases '%s' and '%s' overlap (%s starts %s)", s[i - 1]->phase,
			    s[i]->phase, s[i]->phase, vk_date_format(s[i]->start, a));
		else if (s[i]->start > s[i - 1]->end + 1)
			add(f, VK_SEV_WARNING, it->code,
			    "a gap between '%s' (ends %s) and '%s' (starts %s)", s[i - 1]->phase,
			    vk_date_format(s[i - 1]->end, a), s[i]->phase,
			    vk_date_format(s[i]->start, b));
	}
	free(s);
}

/* In each area, the rollout's phases should follow the life cycle too. */
static void check_area_order(const struct vk_portfolio *pf, const struct vk_item *it,
			     struct vk_findings *f)
{
	for (size_t i = 0; i < it->rollouts_n; i++)
		for (size_t j = 0; j < it->rollouts_n; j++) {
			const struct vk_rollout *a = &it->rollouts[i], *b = &it->rollouts[j];
			if (strcmp(a->area, b->area) == 0 && a->span.start < b->span.start &&
			    phase_rank(pf, a->span.phase) > phase_rank(pf, b->span.phase)) {
				add(f, VK_SEV_WARNING, it->code,
				    "in %s, '%s' starts before '%s', against the life-cycle order",
				    a->area, a->span.phase, b->span.phase);
				return;
			}
		}
}

static void check_milestones(const struct vk_portfolio *pf, const struct vk_item *it,
			     struct vk_findings *f)
{
	char d[VK_DATE_TEXT_MAX];

	if (pf->status_date == VK_DATE_NONE)
		return;
	for (size_t k = 0; k < it->milestones_n; k++) {
		const struct vk_milestone *m = &it->milestones[k];
		if (m->done || m->date >= pf->status_date)
			continue;
		if (m->kind == VK_MS_GOAL && it->status == VK_GRONN)
			add(f, VK_SEV_WARNING, it->code,
			    "reports grønn, but its goal '%s' (%s) has passed and is not marked "
			    "done",
			    m->name, vk_date_format(m->date, d));
		else
			add(f, VK_SEV_WARNING, it->code,
			    "milestone '%s' (%s) is past the status date and not marked done",
			    m->name, vk_date_format(m->date, d));
	}
}

void vk_review_run(struct vk_portfolio *pf, const struct vk_status_set *status,
		   struct vk_findings *out)
{
	struct vk_error err;

	if (vk_model_validate(pf, &err)) {
		add(out, VK_SEV_ERROR, NULL, "%s", err.msg);
		return; /* the warnings below assume valid references */
	}
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		int start, end;

		if (!vk_model_item_span(it, &start, &end)) {
			add(out, VK_SEV_WARNING, it->code,
			    "has no dated phases, so no roadmap bar");
			continue;
		}
		check_order(pf, it, out);
		check_continuity(it, out);
		check_area_order(pf, it, out);
		check_milestones(pf, it, out);
		if (it->parent)
			check_within(vk_model_item(pf, it->parent), "project", it->code, start, end,
				     out);
		check_rollout(pf, it, out);
	}
	if (status && status->periods_n > 0) {
		struct vk_status_summary sum;
		vk_status_summarise(status, pf, status->periods_n - 1, &sum);
		for (size_t i = 0; i < sum.missing_n; i++)
			add(out, VK_SEV_WARNING, sum.missing[i],
			    "no status report in %s, the latest period", sum.period->code);
		vk_status_summary_clear(&sum);
	}
}

void vk_review_clear(struct vk_findings *f)
{
	for (size_t i = 0; i < f->list_n; i++) {
		free(f->list[i].code);
		free(f->list[i].message);
	}
	free(f->list);
	memset(f, 0, sizeof(*f));
}

/* Checking a whole portfolio (vk_model_validate) and resolving what a file may name in
 * more than one way (vk_model_resolve): the rules every plan holds to, whether it comes
 * from a file or from the store. */
#include "model.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "score.h"

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct checker {
	struct vk_error *err;
	/* the archived items' codes, sorted (borrowed): a file's archived item may name
	 * them as its programme or in depends_on */
	char **archived;
	size_t archived_n;
};

enum vk_code vk_model_failv(struct vk_error *err, struct vk_pos pos, const char *where,
			    const char *fmt, va_list ap)
{
	char msg[200];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (pos.file && pos.line > 0)
		return vk_error_set(err, VK_EDATA, "%s:%d:%d: %s", pos.file, pos.line, pos.col,
				    msg);
	return vk_error_set(err, VK_EDATA, "%s: %s", where, msg);
}

/* Sets the error at `pos`; for elements that came from the store, `what` names the
 * owner instead. */
static enum vk_code fail(struct checker *c, struct vk_pos pos, const char *what, const char *fmt,
			 ...) __attribute__((format(printf, 4, 5)));

static enum vk_code fail(struct checker *c, struct vk_pos pos, const char *what, const char *fmt,
			 ...)
{
	char where[160];
	va_list ap;
	enum vk_code rc;

	snprintf(where, sizeof(where), "%s (already in the store)", what);
	va_start(ap, fmt);
	rc = vk_model_failv(c->err, pos, where, fmt, ap);
	va_end(ap);
	return rc;
}

bool vk_model_code_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 32)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
			return false;
	return true;
}

static bool valid_colour(const char *s)
{
	if (strlen(s) != 7 || s[0] != '#')
		return false;
	for (int i = 1; i < 7; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	return true;
}

#define CODE_RULE "letters, digits, '-' and '_', at most 32"

static enum vk_code check_reference_data(struct checker *c, const struct vk_portfolio *pf)
{
	if (pf->phases_n == 0)
		return fail(c, pf->phases_pos, "phase list", "the phase list is empty");
	for (size_t i = 0; i < pf->phases_n; i++) {
		const struct vk_phase_kind *ph = &pf->phases[i];
		if (!vk_model_code_valid(ph->code))
			return fail(c, ph->pos, ph->code, "invalid phase code '%s' (%s)", ph->code,
				    CODE_RULE);
		if (vk_model_phase(pf, ph->code) != ph)
			return fail(c, ph->pos, ph->code, "duplicate phase code '%s'", ph->code);
		if (!valid_colour(ph->colour))
			return fail(c, ph->pos, ph->code,
				    "invalid colour '%s' for phase '%s' (expected #RRGGBB)",
				    ph->colour, ph->code);
	}
	for (size_t i = 0; i < pf->regions_n; i++) {
		const struct vk_region *r = &pf->regions[i];
		if (!vk_model_code_valid(r->code))
			return fail(c, r->pos, r->code, "invalid region code '%s' (%s)", r->code,
				    CODE_RULE);
		if (vk_model_region(pf, r->code) != r)
			return fail(c, r->pos, r->code, "duplicate region code '%s'", r->code);
	}
	for (size_t i = 0; i < pf->areas_n; i++) {
		const struct vk_area *a = &pf->areas[i];
		if (!vk_model_code_valid(a->code))
			return fail(c, a->pos, a->code, "invalid area code '%s' (%s)", a->code,
				    CODE_RULE);
		if (vk_model_area(pf, a->code) != a)
			return fail(c, a->pos, a->code, "duplicate area code '%s'", a->code);
		if (!vk_model_region(pf, a->region))
			return fail(c, a->pos, a->code, "area '%s' is in unknown region '%s'",
				    a->code, a->region);
	}
	return VK_OK;
}

static enum vk_code check_span(struct checker *c, const struct vk_portfolio *pf,
			       const struct vk_item *it, const struct vk_span *s)
{
	if (!vk_model_phase(pf, s->phase))
		return fail(c, s->pos, it->code,
			    "unknown phase '%s' (known: see 'veikart list phases')", s->phase);
	if (s->end < s->start) {
		char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];
		return fail(c, s->end_pos.line ? s->end_pos : s->pos, it->code,
			    "phase '%s' ends %s, before it starts %s", s->phase,
			    vk_date_format(s->end, b), vk_date_format(s->start, a));
	}
	return VK_OK;
}

/* Finds the area a rollout names, by code, then full name, then name ignoring ASCII case. */
static const struct vk_area *find_area(const struct vk_portfolio *pf, const char *name)
{
	const struct vk_area *a = vk_model_area(pf, name);

	for (size_t i = 0; !a && i < pf->areas_n; i++)
		if (strcmp(pf->areas[i].name, name) == 0)
			a = &pf->areas[i];
	for (size_t i = 0; !a && i < pf->areas_n; i++)
		if (strcasecmp(pf->areas[i].name, name) == 0)
			a = &pf->areas[i];
	return a;
}

void vk_model_resolve(struct vk_portfolio *pf)
{
	for (size_t i = 0; i < pf->items_n + pf->archived_n; i++) {
		struct vk_item *it =
		    i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
		for (size_t k = 0; k < it->rollouts_n; k++) {
			struct vk_rollout *r = &it->rollouts[k];
			const struct vk_area *a = find_area(pf, r->area);
			if (a && strcmp(a->code, r->area) != 0) {
				free(r->area);
				r->area = vk_xstrdup(a->code);
			}
		}
	}
}

/* Whether `code` names an item live or archived. */
static bool known_item(struct checker *c, const struct vk_portfolio *pf, const char *code)
{
	return vk_model_item(pf, code) ||
	       (c->archived_n &&
		bsearch(&code, c->archived, c->archived_n, sizeof(*c->archived), by_str));
}

/* An archived item a file brought (pf->archived, with a position): its plan as a live
 * one's, except that its programme and dependencies may be archived too. */
static enum vk_code check_archived(struct checker *c, const struct vk_portfolio *pf,
				   const struct vk_item *it)
{
	char **hit;

	if (!vk_model_code_valid(it->code))
		return fail(c, it->pos, it->code, "invalid code '%s' (%s)", it->code, CODE_RULE);
	if (vk_model_item(pf, it->code))
		return fail(c, it->pos, it->code,
			    "'%s' is both in the plan and under 'archived' (an item is one or "
			    "the other)",
			    it->code);
	/* sorted: a code given twice stands next to itself */
	hit = bsearch(&it->code, c->archived, c->archived_n, sizeof(*c->archived), by_str);
	if (hit && ((hit > c->archived && strcmp(hit[-1], it->code) == 0) ||
		    (hit + 1 < c->archived + c->archived_n && strcmp(hit[1], it->code) == 0)))
		return fail(c, it->pos, it->code, "duplicate code '%s'", it->code);
	if (it->parent && (strcmp(it->parent, it->code) == 0 || !known_item(c, pf, it->parent)))
		return fail(c, it->pos, it->code,
			    "archived project '%s' is under unknown programme '%s'", it->code,
			    it->parent);
	if (it->priority < 0)
		return fail(c, it->pos, it->code, "priority must be 1 or more");
	return VK_OK;
}

static enum vk_code check_item(struct checker *c, const struct vk_portfolio *pf,
			       const struct vk_item *it, bool archived)
{
	enum vk_code rc;

	if (archived)
		goto plan;
	if (!vk_model_code_valid(it->code))
		return fail(c, it->pos, it->code, "invalid code '%s' (%s)", it->code, CODE_RULE);
	if (vk_model_item(pf, it->code) != it)
		return fail(c, it->pos, it->code, "duplicate code '%s'", it->code);
	if (it->parent) {
		const struct vk_item *p = vk_model_item(pf, it->parent);
		if (!p || p->kind != VK_PROGRAMME)
			return fail(c, it->pos, it->code,
				    "project '%s' is under unknown programme '%s'", it->code,
				    it->parent);
	}
	if (it->priority < 0)
		return fail(c, it->pos, it->code, "priority must be 1 or more");
plan:
	for (size_t i = 0; i < it->phases_n; i++)
		if ((rc = check_span(c, pf, it, &it->phases[i])))
			return rc;
	for (size_t i = 0; i < it->rollouts_n; i++) {
		const struct vk_rollout *r = &it->rollouts[i];
		if (!vk_model_area(pf, r->area))
			return fail(c, r->area_pos, it->code,
				    "unknown area '%s' (known: see 'veikart list areas')", r->area);
		if ((rc = check_span(c, pf, it, &r->span)))
			return rc;
	}
	for (size_t i = 0; i < it->deps_n; i++) {
		const struct vk_dep *d = &it->deps[i];
		if (strcmp(d->code, it->code) == 0)
			return fail(c, d->pos, it->code, "'%s' depends on itself", it->code);
		if (archived ? !known_item(c, pf, d->code) : !vk_model_item(pf, d->code))
			return fail(c, d->pos, it->code,
				    "'%s' depends on '%s', which is no programme or project",
				    it->code, d->code);
		for (size_t j = 0; j < i; j++)
			if (strcmp(it->deps[j].code, d->code) == 0)
				return fail(c, d->pos, it->code, "dependency '%s' is listed twice",
					    d->code);
	}
	for (size_t i = 0; i < it->budgets_n; i++) {
		const struct vk_budget *b = &it->budgets[i];
		if (b->year < 1900 || b->year > 2200)
			return fail(c, b->pos, it->code, "budget year %d out of range (1900..2200)",
				    b->year);
		if (!(b->mnok >= 0))
			return fail(c, b->pos, it->code, "budget must be 0 MNOK or more");
		for (size_t j = 0; j < i; j++)
			if (it->budgets[j].year == b->year)
				return fail(c, b->pos, it->code, "budget year %d is given twice",
					    b->year);
	}
	return VK_OK;
}

/* "A → B → C → A": the cycle path[from..n-1] and back to its start. A long cycle keeps
 * its first and last steps and says how many are left out, so the message still fits
 * on its line and never ends cut off. */
static void cycle_text(const struct vk_portfolio *pf, const size_t *path, size_t from, size_t n,
		       char *buf, size_t size)
{
	size_t len = 0, shown = n - from;

	/* the last step and the closing code must fit after what is shown */
	while (shown > 2) {
		size_t need = 0;
		for (size_t k = from; k < from + shown - 1; k++)
			need += strlen(pf->items[path[k]].code) + 5;
		need += strlen(pf->items[path[n - 1]].code) + strlen(pf->items[path[from]].code);
		if (shown < n - from)
			need += 24; /* "… (N more) → " */
		if (need < size)
			break;
		shown--;
	}
	for (size_t k = from; k < from + shown - 1 && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s → ", pf->items[path[k]].code);
	if (shown < n - from && len < size)
		len += (size_t)snprintf(buf + len, size - len, "… (%zu more) → ", n - from - shown);
	if (len < size)
		snprintf(buf + len, size - len, "%s → %s", pf->items[path[n - 1]].code,
			 pf->items[path[from]].code);
}

/* Depth-first search for dependency cycles, without recursion (a chain of many thousand
 * dependencies must not exhaust the stack). `state` is 0 unvisited, 1 on the current
 * path, 2 done; `path` and `next` hold the path from `start` and the next dependency to
 * follow at each step. Reports the whole cycle at the dependency that closes it. */
static enum vk_code find_cycle(struct checker *c, const struct vk_portfolio *pf, size_t start,
			       unsigned char *state, size_t *path, size_t *next)
{
	size_t n = 0;

	path[n] = start;
	next[n++] = 0;
	state[start] = 1;
	while (n > 0) {
		const struct vk_item *it = &pf->items[path[n - 1]];
		size_t k = next[n - 1]++, j;

		if (k == it->deps_n) {
			state[path[--n]] = 2;
			continue;
		}
		j = (size_t)(vk_model_item(pf, it->deps[k].code) - pf->items);
		if (state[j] == 1) {
			char text[160];
			size_t from = n - 1;
			while (path[from] != j)
				from--;
			cycle_text(pf, path, from, n, text, sizeof(text));
			return fail(c, it->deps[k].pos, it->code, "dependency cycle: %s", text);
		}
		if (state[j] == 0) {
			state[j] = 1;
			path[n] = j;
			next[n++] = 0;
		}
	}
	return VK_OK;
}

enum vk_code vk_model_validate(const struct vk_portfolio *pf, struct vk_error *err)
{
	struct checker c = {.err = err};
	unsigned char *state;
	size_t *path, *next;
	enum vk_code rc;

	if ((rc = check_reference_data(&c, pf)))
		return rc;
	if (pf->scoring->criteria_n > 0 && (rc = vk_scoring_validate(pf->scoring, err)))
		return rc;
	for (size_t i = 0; i < pf->items_n; i++)
		if ((rc = check_item(&c, pf, &pf->items[i], false)))
			return rc;
	c.archived = vk_xcalloc(pf->archived_n + 1, sizeof(*c.archived));
	for (size_t i = 0; i < pf->archived_n; i++)
		c.archived[c.archived_n++] = pf->archived[i].code;
	qsort(c.archived, c.archived_n, sizeof(*c.archived), by_str);
	/* the archived items a file brought; the store's were checked when they were live,
	 * and the store refuses reference data that one of their plans still uses */
	for (size_t i = 0; i < pf->archived_n && !rc; i++)
		if (pf->archived[i].pos.line > 0 &&
		    !(rc = check_archived(&c, pf, &pf->archived[i])))
			rc = check_item(&c, pf, &pf->archived[i], true);
	free(c.archived);
	if (rc)
		return rc;
	state = vk_xcalloc(pf->items_n, 1);
	path = vk_xcalloc(pf->items_n, sizeof(*path));
	next = vk_xcalloc(pf->items_n, sizeof(*next));
	for (size_t i = 0; i < pf->items_n && !rc; i++)
		if (state[i] == 0)
			rc = find_cycle(&c, pf, i, state, path, next);
	free(state);
	free(path);
	free(next);
	return rc;
}

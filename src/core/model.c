/* Portfolio model: lifecycle, lookups, merging a file into the store's model, and the
 * validation every importer and `veikart check` share. */
#include "model.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "score.h"

static const char *const milestone_kinds[] = {
    [VK_MS_DECISION] = "decision",
    [VK_MS_DELIVERY] = "delivery",
    [VK_MS_GOAL] = "goal",
};
_Static_assert(sizeof(milestone_kinds) / sizeof(milestone_kinds[0]) == VK_MS_KIND_COUNT,
	       "one name per milestone kind");

struct vk_portfolio *vk_model_new(void)
{
	struct vk_portfolio *pf = vk_xcalloc(1, sizeof(*pf));
	pf->status_date = VK_DATE_NONE;
	pf->scoring = vk_xcalloc(1, sizeof(*pf->scoring));
	return pf;
}

static void clear_item(struct vk_item *it)
{
	free(it->code);
	free(it->name);
	free(it->owner);
	free(it->description);
	free(it->parent);
	for (size_t i = 0; i < it->phases_n; i++)
		free(it->phases[i].phase);
	free(it->phases);
	for (size_t i = 0; i < it->milestones_n; i++)
		free(it->milestones[i].name);
	free(it->milestones);
	for (size_t i = 0; i < it->deps_n; i++)
		free(it->deps[i].code);
	free(it->deps);
	for (size_t i = 0; i < it->rollouts_n; i++) {
		free(it->rollouts[i].area);
		free(it->rollouts[i].span.phase);
	}
	free(it->rollouts);
	free(it->budgets);
	free(it->absences);
}

static void clear_phases(struct vk_portfolio *pf)
{
	for (size_t i = 0; i < pf->phases_n; i++) {
		free(pf->phases[i].code);
		free(pf->phases[i].name);
		free(pf->phases[i].colour);
	}
	pf->phases_n = 0;
}

static void clear_area(struct vk_area *a)
{
	free(a->code);
	free(a->name);
	free(a->region);
}

static void clear_region(struct vk_region *r)
{
	free(r->code);
	free(r->name);
}

void vk_model_free(struct vk_portfolio *pf)
{
	if (!pf)
		return;
	free(pf->title);
	clear_phases(pf);
	free(pf->phases);
	for (size_t i = 0; i < pf->regions_n; i++)
		clear_region(&pf->regions[i]);
	free(pf->regions);
	for (size_t i = 0; i < pf->areas_n; i++)
		clear_area(&pf->areas[i]);
	free(pf->areas);
	for (size_t i = 0; i < pf->items_n; i++)
		clear_item(&pf->items[i]);
	free(pf->items);
	for (size_t i = 0; i < pf->archived_n; i++)
		clear_item(&pf->archived[i]);
	free(pf->archived);
	vk_model_changed(pf);
	vk_scoring_clear(pf->scoring);
	free(pf->scoring);
	free(pf);
}

const char *vk_model_milestone_kind_name(enum vk_milestone_kind kind)
{
	return (unsigned)kind < VK_MS_KIND_COUNT ? milestone_kinds[kind] : "?";
}

bool vk_model_milestone_kind_parse(const char *s, enum vk_milestone_kind *kind)
{
	for (int k = 0; k < VK_MS_KIND_COUNT; k++) {
		if (strcmp(s, milestone_kinds[k]) == 0) {
			*kind = (enum vk_milestone_kind)k;
			return true;
		}
	}
	return false;
}

/* vk_model_item's cache: the items' codes and positions sorted by code, built for the
 * array `of` of `n` items. */
struct vk_model_index {
	struct vk_item_ref {
		const char *code;
		size_t at;
	} * refs;
	size_t n;
	const struct vk_item *of;
};

static void index_free(struct vk_model_index *ix)
{
	if (ix)
		free(ix->refs);
	free(ix);
}

void vk_model_changed(struct vk_portfolio *pf)
{
	index_free(pf->index);
	pf->index = NULL;
}

static int by_code_then_position(const void *a, const void *b)
{
	const struct vk_item_ref *x = a, *y = b;
	int c = strcmp(x->code, y->code);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* The index is rebuilt when the items moved or their number changed; functions here
 * that change items in place drop it (vk_model_changed). */
struct vk_item *vk_model_item_mut(struct vk_portfolio *pf, const char *code)
{
	struct vk_model_index *ix = pf->index;
	size_t lo = 0, hi;

	if (!ix || ix->n != pf->items_n || ix->of != pf->items) {
		index_free(ix);
		ix = pf->index = vk_xcalloc(1, sizeof(*ix));
		ix->refs = vk_xcalloc(pf->items_n + 1, sizeof(*ix->refs));
		for (size_t i = 0; i < pf->items_n; i++)
			ix->refs[i] = (struct vk_item_ref){pf->items[i].code, i};
		qsort(ix->refs, pf->items_n, sizeof(*ix->refs), by_code_then_position);
		ix->n = pf->items_n;
		ix->of = pf->items;
	}
	/* the first of equal codes, as a walk from the start would find */
	hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->refs[mid].code, code) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->n && strcmp(ix->refs[lo].code, code) == 0 ? &pf->items[ix->refs[lo].at]
								  : NULL;
}

const struct vk_item *vk_model_item(const struct vk_portfolio *pf, const char *code)
{
	/* the index is a cache: building it changes nothing a reader of `pf` sees */
	return vk_model_item_mut((struct vk_portfolio *)pf, code);
}

const struct vk_item *vk_model_archived(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->archived_n; i++)
		if (strcmp(pf->archived[i].code, code) == 0)
			return &pf->archived[i];
	return NULL;
}

const struct vk_item *vk_model_item_any(const struct vk_portfolio *pf, const char *code)
{
	const struct vk_item *it = vk_model_item(pf, code);

	return it ? it : vk_model_archived(pf, code);
}

size_t vk_model_archive(struct vk_portfolio *pf, const char *code)
{
	const struct vk_item *it = vk_model_item(pf, code);
	size_t kept = 0, moved = 0;
	bool programme;
	char *key;

	if (!it)
		return 0;
	programme = it->kind == VK_PROGRAMME;
	key = vk_xstrdup(code); /* `it` moves below */
	for (size_t i = 0; i < pf->items_n; i++) {
		struct vk_item *x = &pf->items[i];
		if (strcmp(x->code, key) == 0 ||
		    (programme && x->parent && strcmp(x->parent, key) == 0)) {
			struct vk_item *a = VK_PUSH(pf->archived);
			*a = *x;
			/* the store sets these when it archives; in memory, not known */
			a->archived_start = a->archived_end = VK_DATE_NONE;
			moved++;
		} else {
			pf->items[kept++] = *x;
		}
	}
	pf->items_n = kept;
	vk_model_changed(pf); /* positions changed */
	free(key);
	return moved;
}

const struct vk_area *vk_model_area(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->areas_n; i++)
		if (strcmp(pf->areas[i].code, code) == 0)
			return &pf->areas[i];
	return NULL;
}

const struct vk_region *vk_model_region(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->regions_n; i++)
		if (strcmp(pf->regions[i].code, code) == 0)
			return &pf->regions[i];
	return NULL;
}

const struct vk_phase_kind *vk_model_phase(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->phases_n; i++)
		if (strcmp(pf->phases[i].code, code) == 0)
			return &pf->phases[i];
	return NULL;
}

static int by_date(const void *a, const void *b)
{
	const struct vk_milestone_ref *x = a, *y = b;

	if (x->milestone->date != y->milestone->date)
		return x->milestone->date < y->milestone->date ? -1 : 1;
	if (x->item != y->item)
		return x->item < y->item ? -1 : 1;
	return x->milestone < y->milestone ? -1 : x->milestone > y->milestone;
}

struct vk_milestone_ref *vk_model_milestones(const struct vk_portfolio *pf, size_t *n)
{
	struct vk_milestone_ref *refs = NULL;
	size_t refs_n = 0, refs_cap = 0;

	for (size_t i = 0; i < pf->items_n; i++)
		for (size_t k = 0; k < pf->items[i].milestones_n; k++)
			*VK_PUSH(refs) =
			    (struct vk_milestone_ref){&pf->items[i], &pf->items[i].milestones[k]};
	if (refs_n > 1)
		qsort(refs, refs_n, sizeof(*refs), by_date);
	*n = refs_n;
	return refs;
}

bool vk_model_item_span(const struct vk_item *it, int *start, int *end)
{
	if (it->phases_n == 0)
		return false;
	*start = it->phases[0].start;
	*end = it->phases[0].end;
	for (size_t i = 1; i < it->phases_n; i++) {
		if (it->phases[i].start < *start)
			*start = it->phases[i].start;
		if (it->phases[i].end > *end)
			*end = it->phases[i].end;
	}
	return true;
}

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The codes of `in` (live and archived), sorted, borrowed. */
static char **codes_of(const struct vk_portfolio *in, size_t *n)
{
	char **codes = vk_xcalloc(in->items_n + in->archived_n + 1, sizeof(*codes));

	*n = 0;
	for (size_t i = 0; i < in->items_n; i++)
		codes[(*n)++] = in->items[i].code;
	for (size_t i = 0; i < in->archived_n; i++)
		codes[(*n)++] = in->archived[i].code;
	qsort(codes, *n, sizeof(*codes), by_str);
	return codes;
}

static bool named(char **codes, size_t n, const char *code)
{
	return n && bsearch(&code, codes, n, sizeof(*codes), by_str) != NULL;
}

/* Takes out of `pf` what `in` brings again (live or archived), keeping the order of the
 * rest: for each incoming code the first live item with it, and the archived one. The projects of a
 * programme it brings again, and with `replace` every live item it does not bring, leave
 * the plan: they move to pf->archived, as the store archives them. */
static void drop_items(struct vk_portfolio *pf, const struct vk_portfolio *in, bool replace)
{
	unsigned char *fate = vk_xcalloc(pf->items_n + 1, 1); /* 1 drop, 2 archive */
	size_t kept = 0, codes_n;
	char **codes = codes_of(in, &codes_n);

	/* for each incoming code the first item with it, as one removal at a time would */
	for (size_t k = 0; k < codes_n; k++) {
		const struct vk_item *it = vk_model_item(pf, codes[k]);
		if (it)
			fate[it - pf->items] = 1;
	}
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		const struct vk_item *parent = it->parent ? vk_model_item(pf, it->parent) : NULL;
		if (!fate[i] && (replace || (parent && parent->kind == VK_PROGRAMME &&
					     fate[parent - pf->items] == 1)))
			fate[i] = 2;
	}
	for (size_t i = 0; i < pf->items_n; i++) {
		if (fate[i] == 1) {
			clear_item(&pf->items[i]);
		} else if (fate[i] == 2) {
			struct vk_item *a = VK_PUSH(pf->archived);
			*a = pf->items[i];
			a->archived_start = a->archived_end = VK_DATE_NONE;
		} else {
			pf->items[kept++] = pf->items[i];
		}
	}
	pf->items_n = kept;
	kept = 0;
	for (size_t i = 0; i < pf->archived_n; i++) {
		if (named(codes, codes_n, pf->archived[i].code))
			clear_item(&pf->archived[i]);
		else
			pf->archived[kept++] = pf->archived[i];
	}
	pf->archived_n = kept;
	vk_model_changed(pf); /* positions changed */
	free(codes);
	free(fate);
}

static void merge_regions(struct vk_portfolio *base, struct vk_portfolio *in)
{
	if (in->replace_regions) {
		for (size_t i = 0; i < base->regions_n; i++)
			clear_region(&base->regions[i]);
		for (size_t i = 0; i < base->areas_n; i++)
			clear_area(&base->areas[i]);
		base->regions_n = base->areas_n = 0;
	}
	for (size_t r = 0; r < in->regions_n; r++) {
		struct vk_region *reg = &in->regions[r];
		struct vk_region *old = (struct vk_region *)vk_model_region(base, reg->code);

		if (old) {
			/* a region given again is the truth: its old areas go */
			size_t k = 0;
			for (size_t i = 0; i < base->areas_n; i++) {
				if (strcmp(base->areas[i].region, reg->code) == 0)
					clear_area(&base->areas[i]);
				else
					base->areas[k++] = base->areas[i];
			}
			base->areas_n = k;
			clear_region(old);
			*old = *reg;
		} else {
			*VK_PUSH(base->regions) = *reg;
		}
	}
	for (size_t i = 0; i < in->areas_n; i++)
		*VK_PUSH(base->areas) = in->areas[i];
	in->regions_n = in->areas_n = 0;
}

void vk_model_merge(struct vk_portfolio *base, struct vk_portfolio *in, bool replace)
{
	if (in->title) {
		free(base->title);
		base->title = in->title;
		in->title = NULL;
	}
	if (in->status_date != VK_DATE_NONE)
		base->status_date = in->status_date;
	if (in->cadence != VK_CADENCE_NONE)
		base->cadence = in->cadence;
	if (in->has_phases) {
		clear_phases(base);
		for (size_t i = 0; i < in->phases_n; i++)
			*VK_PUSH(base->phases) = in->phases[i];
		in->phases_n = 0;
		base->has_phases = true;
		base->phases_pos = in->phases_pos;
	}
	merge_regions(base, in);
	if (in->has_scoring) {
		struct vk_scoring *t = base->scoring;
		base->scoring = in->scoring;
		in->scoring = t;
		vk_scoring_clear(in->scoring);
		base->has_scoring = true;
	}
	drop_items(base, in, replace);
	for (size_t i = 0; i < in->items_n; i++)
		*VK_PUSH(base->items) = in->items[i];
	in->items_n = 0;
	for (size_t i = 0; i < in->archived_n; i++)
		*VK_PUSH(base->archived) = in->archived[i];
	in->archived_n = 0;
	vk_model_changed(base);
	vk_model_changed(in);
}

/* ---- validation ---- */

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

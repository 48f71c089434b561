/* Portfolio model: lifecycle, lookups and merging a file into the store's model (the
 * checks every importer and `veikart check` share are in model-check.c). */
#include "model.h"

#include <stdlib.h>
#include <string.h>

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

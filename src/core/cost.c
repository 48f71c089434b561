/* Cost figures: kinds and validation. */
#include "cost.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const keys[] = {"budget", "forskrift", "estimate", "actual"};
static const char *const nb[] = {"budsjett", "forskrift", "estimat", "faktisk"};
static const char *const en[] = {"budget", "regulation", "estimate", "actual"};
_Static_assert(sizeof(keys) / sizeof(keys[0]) == VK_COST_KIND_COUNT, "one key per kind");

bool vk_cost_kind_parse(const char *word, enum vk_cost_kind *kind)
{
	for (int k = 0; k < VK_COST_KIND_COUNT; k++)
		if (strcasecmp(word, keys[k]) == 0 || strcasecmp(word, nb[k]) == 0 ||
		    strcasecmp(word, en[k]) == 0) {
			*kind = (enum vk_cost_kind)k;
			return true;
		}
	return false;
}

const char *vk_cost_kind_key(enum vk_cost_kind kind)
{
	return keys[kind];
}

const char *vk_cost_kind_name(enum vk_cost_kind kind, enum vk_lang lang)
{
	return lang == VK_LANG_EN ? en[kind] : nb[kind];
}

enum vk_code vk_cost_file_validate(const struct vk_cost_file *f, struct vk_error *err)
{
	char at[300];

	/* sheets are tens of rows: the plain pairwise check is clear and quick enough */
	for (size_t i = 0; i < f->costs_n; i++)
		for (size_t j = 0; j < i; j++) {
			const struct vk_cost *a = &f->costs[j], *b = &f->costs[i];
			if (a->year == b->year && a->kind == b->kind &&
			    strcmp(a->solution, b->solution) == 0)
				return vk_error_set(
				    err, VK_EDATA,
				    "%s: a second %s figure for '%s' in %d (the first "
				    "is on line %d)",
				    vk_error_place(at, sizeof(at), f->file, b->line, b->col),
				    nb[b->kind], b->solution, b->year, a->line);
		}
	return VK_OK;
}

void vk_cost_file_free(struct vk_cost_file *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->costs_n; i++)
		free(f->costs[i].solution);
	free(f->costs);
	for (size_t i = 0; i < f->notes_n; i++)
		free(f->notes[i]);
	free(f->notes);
	free(f);
}

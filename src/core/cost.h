/* Costs of the national solutions (drift og forvaltning), MNOK per solution, year and
 * kind of figure: the budget, the figure set in the price regulation (forskrift), an
 * estimate, or the actual cost. */
#ifndef VK_COST_H
#define VK_COST_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "lang.h"

enum vk_cost_kind {
	VK_COST_BUDGET,
	VK_COST_FORSKRIFT,
	VK_COST_ESTIMATE,
	VK_COST_ACTUAL,
	VK_COST_KIND_COUNT
};

struct vk_cost {
	char *solution; /* the solution's name, its key */
	int year;
	enum vk_cost_kind kind;
	double mnok;
	int line; /* in the sheet; 0 from the store */
	int col;  /* in a YAML file, where its entry starts; 0 in a sheet */
};

/* Costs read from a sheet, or all costs in the store. Owns its contents. */
struct vk_cost_file {
	const char *file; /* borrowed */
	bool converted;
	struct vk_cost *costs;
	size_t costs_n, costs_cap;
	char **notes; /* what the reader did not use, e.g. "column 5 'Kilde' is not used" */
	size_t notes_n, notes_cap;
};

/* budsjett|budget, forskrift|regulation, estimat|estimate, faktisk|actual, any case. */
bool vk_cost_kind_parse(const char *word, enum vk_cost_kind *kind);
/* The store's spelling: budget, forskrift, estimate, actual. */
const char *vk_cost_kind_key(enum vk_cost_kind kind);
/* The word in a language: "forskrift", "faktisk" (nb) or "regulation", "actual" (en). */
const char *vk_cost_kind_name(enum vk_cost_kind kind, enum vk_lang lang);

/* One figure per solution, year and kind: a repeat is VK_EDATA "FILE:LINE: ...". */
enum vk_code vk_cost_file_validate(const struct vk_cost_file *f, struct vk_error *err);
void vk_cost_file_free(struct vk_cost_file *f);

#endif

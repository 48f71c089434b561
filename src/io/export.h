/* Everything a store holds, as model structs, for the exports that give it out whole
 * (`veikart export yaml|json|csv`): the writers take this, never the store. */
#ifndef VK_EXPORT_H
#define VK_EXPORT_H

#include <stdio.h>

#include "cost.h"
#include "error.h"
#include "model.h"
#include "score.h"
#include "status.h"

/* All borrowed; the caller keeps them until the write returns. */
struct vk_export {
	const struct vk_portfolio *pf;	      /* live and archived items, scoring model */
	const struct vk_status_set *status;   /* every period and report */
	const struct vk_score_file *measures; /* every scored measure */
	const struct vk_cost_file *costs;     /* every cost figure */
	enum vk_period_kind cadence;	      /* VK_CADENCE_NONE: none recorded */
};

enum vk_export_format {
	VK_EXPORT_YAML,	   /* the portfolio file with reports, scores and costs */
	VK_EXPORT_JSON,	   /* the same as one JSON document */
	VK_EXPORT_REPORTS, /* the status sheet (CSV) */
	VK_EXPORT_SCORES,  /* the score sheet (CSV) */
	VK_EXPORT_COSTS,   /* the cost sheet (CSV) */
};

/* Writes `x` in `format` to `path`, atomically (a temporary file beside it, renamed
 * into place: vk_atomic_begin refuses a path naming the store). VK_ECANTCREAT when the
 * file cannot be created or written, nothing at `path` changed. */
enum vk_code vk_export_write(const char *path, enum vk_export_format format,
			     const struct vk_export *x, struct vk_error *err);

/* The writers behind it, to an open stream; VK_EIO when a write fails. */
enum vk_code vk_yaml_write(FILE *out, const struct vk_export *x, struct vk_error *err);
enum vk_code vk_json_write_store(FILE *out, const struct vk_export *x, struct vk_error *err);
enum vk_code vk_sheet_write_reports(FILE *out, const struct vk_export *x, struct vk_error *err);
enum vk_code vk_sheet_write_scores(FILE *out, const struct vk_export *x, struct vk_error *err);
enum vk_code vk_sheet_write_costs(FILE *out, const struct vk_export *x, struct vk_error *err);

/* `v` in the fewest significant digits (at most 17) that read back as exactly `v`,
 * written as a plain decimal ("0.1", "1723.45", "120") from 1e-20 to 1e15, else with an
 * exponent ("1e+20"); `point` is the decimal mark. Into `buf`, which it returns. */
const char *vk_export_number(double v, char point, char buf[40]);

/* The status reports of `set` in period order, then by code: the order every export
 * writes them in, the same whatever order the store keeps them in. The caller frees the
 * array (of borrowed pointers) with free(). */
const struct vk_report **vk_export_reports(const struct vk_status_set *set);

#endif

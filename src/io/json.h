/* JSON output of the portfolio for scripts (`--format json`). The only module that
 * includes jansson. */
#ifndef VK_JSON_H
#define VK_JSON_H

#include <stdbool.h>
#include <stdio.h>

#include "error.h"
#include "model.h"
#include "review.h"
#include "score.h"
#include "status.h"

enum vk_json_list {
	VK_JSON_PROGRAMMES,
	VK_JSON_PROJECTS,
	VK_JSON_AREAS,
	VK_JSON_MILESTONES,
	VK_JSON_PHASES,
	VK_JSON_ITEMS /* programmes and projects, in the file's order */
};

/* Writes one list of `pf` as a JSON array of objects, one per line, to `out`; with
 * `archived`, programmes and projects are those of pf->archived. Every item has
 * "archived": true or false; every milestone "done". */
enum vk_code vk_json_write_list(FILE *out, const struct vk_portfolio *pf, enum vk_json_list what,
				bool archived, struct vk_error *err);

/* Writes one programme or project of `pf` (live, or one of pf->archived: "archived":
 * true) in full as a JSON object to `out`, with its status reports from `set` in period
 * order as "status": [{period, status, comment, budget_mnok}]. */
enum vk_code vk_json_write_item(FILE *out, const struct vk_portfolio *pf,
				const struct vk_status_set *set, const struct vk_item *it,
				struct vk_error *err);

/* Writes one period's summary as a JSON object (see `veikart status --format json`):
 * counts, delta and share by green, yellow, red and silent (uten rapport), the shares of
 * the reports and the silent items together. A share is the exact fraction (3 of 48:
 * 0.0625), never rounded: the text rounds it once, to one decimal of a percent. */
enum vk_code vk_json_write_status(FILE *out, const struct vk_status_summary *s,
				  const struct vk_portfolio *pf, struct vk_error *err);

/* Writes the n periods of a trend (vk_db_load_trend) as an array of {period, total,
 * counts, delta, share, budget_mnok}. The trend does not count silent items: "silent" is
 * null there and the shares are of the reports alone. */
enum vk_code vk_json_write_trend(FILE *out, const struct vk_status_summary *rows, size_t n,
				 struct vk_error *err);

/* Writes ranked scores as an array of {rank, name, code, score, groups, missing}: rank
 * and score null for an incomplete measure, a group null when it has no value. */
enum vk_code vk_json_write_scores(FILE *out, const struct vk_scoring *m, const struct vk_score *s,
				  size_t n, struct vk_error *err);

/* Writes how one measure's score is built (`score --explain`): {name, code, complete,
 * rank, score (exact), score_rounded (one decimal, half away from zero), groups: [{code,
 * name, weight, value, criteria: [...]}], missing}; a value is null when missing. */
enum vk_code vk_json_write_explain(FILE *out, const struct vk_scoring *m, const struct vk_score *s,
				   struct vk_error *err);

/* Writes review findings as {errors, warnings, findings: [{severity, code, message}]}. */
enum vk_code vk_json_write_findings(FILE *out, const struct vk_findings *f, struct vk_error *err);

#endif

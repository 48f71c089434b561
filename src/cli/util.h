/* What the commands share: opening the store, option parsing, translated words and
 * text tables with UTF-8 aware column widths. */
#ifndef VK_UTIL_H
#define VK_UTIL_H

#include <stdbool.h>
#include <stdio.h>

#include "cmd.h"
#include "chart.h"
#include "model.h"
#include "store.h"
#include "text.h"

/* Opens the store named by ctx->db_path (see vk_db_open). */
enum vk_code vk_util_open(const struct vk_ctx *ctx, bool create, struct vk_db **db,
			  struct vk_error *err);
/* Opens the store, reads the portfolio into `*pf` (caller frees) and closes the store. */
enum vk_code vk_util_load(const struct vk_ctx *ctx, struct vk_portfolio **pf, struct vk_error *err);

/* When argv[*i] is option `name` ("--name VALUE" or "--name=VALUE"), stores the value in
 * `*value`, advances `*i` past it and returns true. A missing value sets `err`. */
bool vk_util_option(int argc, char **argv, int *i, const char *name, const char **value,
		    struct vk_error *err);

/* Output formats of list, show and check. */
enum vk_format { VK_FORMAT_TEXT, VK_FORMAT_JSON };
enum vk_code vk_util_parse_format(const char *s, enum vk_format *format, struct vk_error *err);

/* The name of a milestone kind in the run's language. */
const char *vk_util_milestone_kind(const struct vk_ctx *ctx, enum vk_milestone_kind kind);

/* "2023-07-01 – 2024-06-30", the whole span of an item's phases, or "–" when it has none. */
void vk_util_span_text(const struct vk_item *it, char *buf, size_t size);

/* Importer inputs: portfolio files and status sheets, read as what they are, ready
 * for vk_db_import. */
struct vk_inputs {
	struct vk_portfolio **models;
	size_t models_n, models_cap;
	struct vk_status_file **status;
	size_t status_n, status_cap;
	struct vk_score_file **scores;
	size_t scores_n, scores_cap;
	struct vk_cost_file **costs;
	size_t costs_n, costs_cap;
};

/* Reads `size` bytes named `name` (borrowed by what is read): a cost sheet when the
 * first line has a løsning column, a score sheet when it has a tiltak column, a status sheet when
 * the name ends in .csv or the first line is a status header, else a portfolio file, whose
 * reports:, scores: and costs: sections are appended as the sheets would be. Appends it to
 * `in`; a sheet converted from Windows-1252 is said on stderr. */
enum vk_code vk_util_read_input(const char *name, const char *data, size_t size,
				struct vk_inputs *in, struct vk_error *err);
/* Points `im` at everything `in` holds. */
void vk_util_inputs_import(const struct vk_inputs *in, struct vk_import *im);
/* Frees what `in` holds. */
void vk_util_inputs_clear(struct vk_inputs *in);

/* Applies each "--weight GROUP=W" of `args` (any criterion, by code or name; W read as
 * vk_number_parse reads a number) to the model, after keeping the model's own weights
 * in *defaults (one per criterion; the caller frees it, also on error). A criterion
 * given twice is refused; usage errors name what is wrong. */
enum vk_code vk_util_set_weights(struct vk_scoring *m, const char *const *args, size_t n,
				 double **defaults, struct vk_error *err);

/* Resolves --period P against the store's periods (`set`, read from `db`) and its recorded
 * cadence (vk_db_cadence), adding a period of the cadence that has no reports: *index is
 * P's place in `set`. A P that is no period, or one of another kind than the cadence, is
 * a usage error. */
enum vk_code vk_util_period(struct vk_db *db, struct vk_status_set *set, const char *period,
			    long *index, struct vk_error *err);

/* Summarises period `index` of `set` into `s` (vk_status_summarise), or refuses a period
 * in which nothing ran and nobody reported (VK_ENOTFOUND, `s` then cleared). On success
 * the caller clears `s` with vk_status_summary_clear. */
enum vk_code vk_util_summarise(const struct vk_status_set *set, const struct vk_portfolio *pf,
			       long index, struct vk_status_summary *s, struct vk_error *err);

/* Writes the workbook of the store at `db_path` to `path` (cmd-export.c). */
enum vk_code vk_util_export_xlsx(const struct vk_ctx *ctx, const char *db_path, const char *path,
				 const char *period, struct vk_error *err);

#endif

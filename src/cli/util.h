/* What the commands share: opening and reading the store, the output format option,
 * the notes an import prints, weights and periods resolved against the store. */
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
/* Opens the store for a view that reads it more than once: every read until vk_db_close
 * sees one state of it (a snapshot), whatever another process writes meanwhile. */
enum vk_code vk_util_read(const struct vk_ctx *ctx, struct vk_db **db, struct vk_error *err);
enum vk_code vk_util_load(const struct vk_ctx *ctx, struct vk_portfolio **pf, struct vk_error *err);

/* Output formats of list, show and check. */
enum vk_format { VK_FORMAT_TEXT, VK_FORMAT_JSON };
enum vk_code vk_util_parse_format(const char *s, enum vk_format *format, struct vk_error *err);

/* The name of a milestone kind in the run's language. */
const char *vk_util_milestone_kind(const struct vk_ctx *ctx, enum vk_milestone_kind kind);

/* "2023-07-01 – 2024-06-30", the whole span of an item's phases, or "–" when it has none. */
void vk_util_span_text(const struct vk_item *it, char *buf, size_t size);

/* Says on stderr what items `from` to the end of `list` (src/io/input.h) bring to be
 * said: that a file was read as Windows-1252, and what a reader did not use. */
void vk_util_input_notes(const struct vk_input_list *list, size_t from);

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

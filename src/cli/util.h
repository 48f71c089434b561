/* What the commands share: opening the store, option parsing, translated words and
 * text tables with UTF-8 aware column widths. */
#ifndef VK_UTIL_H
#define VK_UTIL_H

#include <stdbool.h>
#include <stdio.h>

#include "cmd.h"
#include "draw.h"
#include "layout.h"
#include "model.h"
#include "store.h"

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

/* `nb` or `en` as the run's language says. A macro, so the compiler checks both when
 * they are printf formats. */
#define VK_TR(ctx, nb, en) ((ctx)->lang == VK_LANG_EN ? (en) : (nb))

/* Prints text from the user or the store (not NULL): as it is, except on a terminal,
 * where control characters but tab and newline are shown escaped (\x1b, \r; see
 * vk_utf8_escape) so that no text can move the cursor, change colours or overwrite a
 * line. Every printer of user text goes through this or the ones below. */
void vk_util_text(FILE *out, const char *s);
/* As vk_util_text, for a field shown on one line (a name in a list): on a terminal, tab
 * and newline are shown escaped too. */
void vk_util_text_line(FILE *out, const char *s);

/* Prints `s` left-aligned in `width` characters (counting UTF-8 code points), cutting it
 * with an ellipsis when it is longer, and a two-space gap after it; on a terminal all
 * control characters, tab and newline too, are shown escaped. */
void vk_util_cell(FILE *out, const char *s, int width);

/* Prints `s` right-aligned in `width` characters, and a two-space gap after it (escaped
 * on a terminal). */
void vk_util_rcell(FILE *out, const char *s, int width);

/* An amount of MNOK as stored, in the run's language (decimal comma and grouped
 * thousands in nb): with the fewest decimals, at most 6, that read back as the stored
 * value, so 0.05 is "0,05" and 40.25 "40,25", never rounded to one decimal. */
const char *vk_util_mnok(const struct vk_ctx *ctx, double v, char *buf, size_t size);

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

/* A chart to draw: what and where. */
enum vk_chart_kind { VK_CHART_ROADMAP, VK_CHART_ROLLOUT, VK_CHART_STATUS, VK_CHART_SCORES };

struct vk_chart {
	enum vk_chart_kind kind;
	const char *path;
	enum vk_draw_format format;
	double dpi;
	struct vk_layout_opts layout; /* measure and paging are filled in when drawing */
	const char *weights[16];      /* scores: --weight GROUP=W, applied in order */
	size_t weights_n;
	int pages; /* set by vk_util_render: pages drawn; a PNG of more than one is split */
};

/* The defaults of a chart in the run's language: A4, 150 dpi, grouped by priority, the
 * whole span of the plans. */
struct vk_chart vk_util_chart_defaults(const struct vk_ctx *ctx);

/* What a chart is drawn from: the portfolio (with its scoring model), and for the status
 * and score charts the status reports and the scored measures (NULL otherwise). */
struct vk_chart_data {
	const struct vk_portfolio *pf;
	const struct vk_status_set *status;
	const struct vk_score_file *measures;
};

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

/* Lays out and draws `chart` (cmd-render.c). */
enum vk_code vk_util_render(const struct vk_chart_data *data, struct vk_chart *chart,
			    struct vk_error *err);

#endif

/* Chart layout: turns the portfolio model into a scene (scene.h). Pure geometry: text
 * widths come from the injected measure, so the same code runs with pango in production
 * and with a fixed-advance fake in tests.
 *
 * Units are points. A paged layout (PDF) splits rows over pages of the chosen size and
 * repeats the header, axis, group heading and legend on each; an unpaged one (SVG, PNG)
 * keeps the page width and grows in height. */
#ifndef VK_LAYOUT_H
#define VK_LAYOUT_H

#include <stdbool.h>

#include "error.h"
#include "lang.h"
#include "model.h"
#include "scene.h"
#include "score.h"
#include "status.h"

struct vk_measure {
	/* The advance width in points of `text` set in `font` at `size` points. */
	double (*width)(void *ctx, const char *text, enum vk_font font, double size);
	void *ctx;
	/* Optional: the length in bytes of the longest prefix of `text`, ending on a
	 * character, whose advance is at most `max_w`, and in *width the whole text's
	 * width; from one shaping. Without it, cutting a label takes a binary search of
	 * widths. */
	size_t (*prefix)(void *ctx, const char *text, enum vk_font font, double size, double max_w,
			 double *width);
};

enum vk_page { VK_PAGE_A4, VK_PAGE_A3 };
enum vk_group { VK_GROUP_PRIORITY, VK_GROUP_OWNER, VK_GROUP_NONE };

struct vk_layout_opts {
	enum vk_lang lang;
	enum vk_page page; /* landscape */
	bool paged;
	int from, to;	 /* VK_DATE_NONE: whole years around the data */
	int status_date; /* VK_DATE_NONE: no status line */
	bool projects;	 /* roadmap: projects under their programme */
	bool deps;	 /* roadmap: dependency arrows */
	enum vk_group group;
	/* rollout: the programme (of the portfolio drawn); roadmap: only it and its projects
	 * (NULL: all). Resolved by the caller: layout takes items, not codes. */
	const struct vk_item *programme;
	/* status: the last period shown, one of the status set's periods (NULL: the latest) */
	const struct vk_period *period;
	bool one_page; /* status: one page in every format; a list that does not fit
			* ends with how many are left */
	/* scores: the model's weight of each criterion before --weight, one per criterion
	 * (NULL: as the model) */
	const double *model_weights;
	const struct vk_measure *measure;
};

/* What a chart is drawn from (all borrowed): the portfolio with its scoring model, and
 * for the kinds that need them the status reports and the scored measures (NULL
 * otherwise). */
struct vk_chart_data {
	const struct vk_portfolio *pf;
	const struct vk_status_set *status;
	const struct vk_score_file *measures;
};

/* Every layout below has this shape, so that a chart kind is one layout function and one
 * row of the kind table (chart.c). On success `*out` is a scene the caller frees with
 * vk_scene_free; on failure `*out` is NULL. */

/* The roadmap: one row per programme (and project), phase bars, milestones, status;
 * with opts->programme that programme and its projects only (VK_ENOTFOUND when it is
 * not a programme). */
enum vk_code vk_layout_roadmap(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			       struct vk_scene **out, struct vk_error *err);

/* The rollout of programme opts->programme: one lane per region, one row per area.
 * VK_ENOTFOUND when no programme is given, or it is a project or has no rollout. */
enum vk_code vk_layout_rollout(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			       struct vk_scene **out, struct vk_error *err);

/* The status slide of data->status: stacked grønn/gul/rød/uten rapport bars for up to eight periods
 * ending with opts->period, with counts and changes printed on them, and a panel listing
 * the red projects with their comments and the items without a report. Nothing is left
 * out: a list that does not fit the first page goes on over further pages in two
 * columns (paged), or further down the one page that grows (unpaged); with
 * opts->one_page it ends with "… og N til (se veikart status)". VK_ENOTFOUND when there
 * are no reports or no such period. */
enum vk_code vk_layout_status(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			      struct vk_scene **out, struct vk_error *err);

/* The priority chart of data->measures, ranked by the portfolio's scoring model
 * (vk_score_rank): bars split into the groups' contributions, the score printed, the
 * weights under the chart, with every criterion weighted otherwise than
 * opts->model_weights says. VK_ENOTFOUND when there are no measures; a model whose
 * weights are out of range is refused (vk_scoring_validate). */
enum vk_code vk_layout_scores(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			      struct vk_scene **out, struct vk_error *err);

#endif

/* Charts as library calls: the table of chart kinds (each a name, a layout and what it
 * needs), and drawing a chart from model structs to a file or a stream. A new kind is
 * one layout function (layout.h) and one row of the table in chart.c. */
#ifndef VK_CHART_H
#define VK_CHART_H

#include <stddef.h>
#include <stdio.h>

#include "draw.h"
#include "layout.h"

/* What a kind needs besides the portfolio. */
#define VK_CHART_NEEDS_STATUS	 (1u << 0) /* data->status: the status reports */
#define VK_CHART_NEEDS_MEASURES	 (1u << 1) /* data->measures: the scored measures */
#define VK_CHART_NEEDS_PROGRAMME (1u << 2) /* layout.programme must be given */

/* The layout options a kind reads; any other is left at its default. */
#define VK_CHART_TAKES_PROGRAMME (1u << 0) /* layout.programme */
#define VK_CHART_TAKES_PERIOD	 (1u << 1) /* layout.period */
#define VK_CHART_TAKES_WEIGHTS	 (1u << 2) /* layout.model_weights (a reweighted model) */
#define VK_CHART_TAKES_SPAN	 (1u << 3) /* layout.from, .to and .status_date */
#define VK_CHART_TAKES_PROJECTS	 (1u << 4) /* layout.projects */
#define VK_CHART_TAKES_GROUP	 (1u << 5) /* layout.group */
#define VK_CHART_TAKES_DEPS	 (1u << 6) /* layout.deps */
#define VK_CHART_TAKES_ONE_PAGE	 (1u << 7) /* layout.one_page */

/* One row of the kind table. */
struct vk_chart_kind {
	const char *name; /* "roadmap": as `veikart render KIND` and file names say it */
	/* Lays the chart out (layout.h says what each does). */
	enum vk_code (*layout)(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			       struct vk_scene **out, struct vk_error *err);
	unsigned needs; /* VK_CHART_NEEDS_* */
	unsigned takes; /* VK_CHART_TAKES_* */
};

/* The kind called `name` (exactly), or NULL. Static: never freed. */
const struct vk_chart_kind *vk_chart_kind_find(const char *name);
/* Kind `i` of the table (0 is the roadmap), or NULL past the last. Static. */
const struct vk_chart_kind *vk_chart_kind_at(size_t i);

/* A chart to draw: what kind, in what format, laid out how. */
struct vk_chart {
	const struct vk_chart_kind *kind;
	enum vk_draw_format format;
	double dpi;		      /* PNG */
	struct vk_layout_opts layout; /* measure and paged are set when drawing */
};

/* A chart of `kind` (borrowed; NULL until the caller sets it) with the defaults, in
 * `lang`: PDF, A4, 150 dpi, grouped by priority, the whole span of the plans, the
 * portfolio's status date. */
struct vk_chart vk_chart_defaults(const struct vk_chart_kind *kind, enum vk_lang lang);

/* Lays out `chart` from `data` and draws it to the file `path`, as vk_draw_file writes
 * (atomically; the format is chart->format, whatever the name). PDF is paged; SVG and
 * PNG are one page that grows, except that a PNG too tall for one image is drawn as the
 * PDF's pages, one file each (vk_draw_page_path). *pages (may be NULL) is set to the
 * pages drawn. The PDF's creation date is the status date, so output is repeatable. */
enum vk_code vk_chart_draw(const struct vk_chart_data *data, const struct vk_chart *chart,
			   const char *path, int *pages, struct vk_error *err);

/* As vk_chart_draw, to the open stream `out` (vk_draw_stream: flushed, not closed), so
 * that a report can inline a chart without a temporary file. `name` names the output in
 * messages. A PNG is always one image: one too tall for that is refused. */
enum vk_code vk_chart_draw_stream(const struct vk_chart_data *data, const struct vk_chart *chart,
				  FILE *out, const char *name, struct vk_error *err);

#endif

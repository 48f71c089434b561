/* The chart kinds and the one way a chart is made: layout with pango's measures, then
 * draw. The table is the only place that knows which kinds there are. */
#include "chart.h"

#include <string.h>

#include "date.h"
#include "fonts.h"

static const struct vk_chart_kind kinds[] = {
    {"roadmap", vk_layout_roadmap, 0,
     VK_CHART_TAKES_PROGRAMME | VK_CHART_TAKES_SPAN | VK_CHART_TAKES_PROJECTS |
	 VK_CHART_TAKES_GROUP | VK_CHART_TAKES_DEPS},
    {"rollout", vk_layout_rollout, VK_CHART_NEEDS_PROGRAMME,
     VK_CHART_TAKES_PROGRAMME | VK_CHART_TAKES_SPAN},
    {"status", vk_layout_status, VK_CHART_NEEDS_STATUS,
     VK_CHART_TAKES_PERIOD | VK_CHART_TAKES_ONE_PAGE},
    {"scores", vk_layout_scores, VK_CHART_NEEDS_MEASURES, VK_CHART_TAKES_WEIGHTS},
};

const struct vk_chart_kind *vk_chart_kind_find(const char *name)
{
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].name, name) == 0)
			return &kinds[i];
	return NULL;
}

const struct vk_chart_kind *vk_chart_kind_at(size_t i)
{
	return i < sizeof(kinds) / sizeof(kinds[0]) ? &kinds[i] : NULL;
}

struct vk_chart vk_chart_defaults(const struct vk_chart_kind *kind, enum vk_lang lang)
{
	struct vk_chart c = {0};

	c.kind = kind;
	c.format = VK_DRAW_PDF;
	c.dpi = 150;
	c.layout.lang = lang;
	c.layout.page = VK_PAGE_A4;
	c.layout.from = c.layout.to = c.layout.status_date = VK_DATE_NONE;
	c.layout.group = VK_GROUP_PRIORITY;
	return c;
}

/* The layout and drawing options of `chart`, measured by `measure` (borrowed by *lo). */
static void options(const struct vk_chart_data *data, const struct vk_chart *chart,
		    const struct vk_measure *measure, struct vk_layout_opts *lo,
		    struct vk_draw_opts *d)
{
	*lo = chart->layout;
	lo->measure = measure;
	lo->paged = chart->format == VK_DRAW_PDF;
	if (lo->status_date == VK_DATE_NONE)
		lo->status_date = data->pf->status_date;
	*d = (struct vk_draw_opts){chart->format, chart->dpi, VK_DATE_NONE, data->pf->title};
	/* repeatable output: the PDF says it was made on the status date, not today */
	d->created = lo->status_date != VK_DATE_NONE ? lo->status_date : 0;
}

/* Lays the chart out with text measured by `fonts` into *scene (NULL until laid out)
 * and sets *d for drawing it; with `png_pages`, a PNG too tall for one image is laid out
 * again as the PDF's pages, one PNG each. */
static enum vk_code lay_out(const struct vk_chart_data *data, const struct vk_chart *chart,
			    struct vk_fonts *fonts, bool png_pages, struct vk_draw_opts *d,
			    struct vk_scene **scene, struct vk_error *err)
{
	struct vk_measure measure = vk_fonts_measure(fonts);
	struct vk_layout_opts lo;
	enum vk_code rc;

	*scene = NULL;
	options(data, chart, &measure, &lo, d);
	rc = chart->kind->layout(data, &lo, scene, err);
	if (!rc && png_pages && chart->format == VK_DRAW_PNG &&
	    vk_draw_png_too_big((*scene)->height, chart->dpi)) {
		vk_scene_free(*scene);
		*scene = NULL;
		lo.paged = true;
		rc = chart->kind->layout(data, &lo, scene, err);
	}
	return rc;
}

enum vk_code vk_chart_draw(const struct vk_chart_data *data, const struct vk_chart *chart,
			   const char *path, int *pages, struct vk_error *err)
{
	struct vk_fonts *fonts = vk_fonts_new();
	struct vk_draw_opts d;
	struct vk_scene *scene;
	enum vk_code rc = lay_out(data, chart, fonts, true, &d, &scene, err);

	if (pages)
		*pages = scene ? scene->pages : 0;
	if (!rc)
		rc = vk_draw_file(scene, fonts, path, &d, err);
	vk_scene_free(scene);
	vk_fonts_free(fonts);
	return rc;
}

enum vk_code vk_chart_draw_stream(const struct vk_chart_data *data, const struct vk_chart *chart,
				  FILE *out, const char *name, struct vk_error *err)
{
	struct vk_fonts *fonts = vk_fonts_new();
	struct vk_draw_opts d;
	struct vk_scene *scene;
	enum vk_code rc;

	if (!(rc = lay_out(data, chart, fonts, false, &d, &scene, err)))
		rc = vk_draw_stream(scene, fonts, out, name, &d, err);
	vk_scene_free(scene);
	vk_fonts_free(fonts);
	return rc;
}

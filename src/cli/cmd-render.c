/* veikart render: draw a roadmap or a rollout chart to PDF, SVG or PNG. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "decimal.h"
#include "draw.h"
#include "layout.h"
#include "util.h"

static enum vk_code layout(const struct vk_chart_data *data, const struct vk_chart *chart,
			   const struct vk_score *scores, size_t scores_n,
			   const struct vk_layout_opts *lo, struct vk_scene **scene,
			   struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;

	switch (chart->kind) {
	case VK_CHART_SCORES:
		return vk_layout_scores(pf->scoring, scores, scores_n, lo, scene, err);
	case VK_CHART_STATUS:
		return vk_layout_status(pf, data->status, lo, scene, err);
	case VK_CHART_ROLLOUT:
		return vk_layout_rollout(pf, lo, scene, err);
	default:
		return vk_layout_roadmap(pf, lo, scene, err);
	}
}

enum vk_code vk_util_render(const struct vk_chart_data *data, struct vk_chart *chart,
			    struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;
	struct vk_score *scores = NULL;
	size_t scores_n = data->measures ? data->measures->measures_n : 0;
	struct vk_text *text = vk_text_new();
	struct vk_measure measure = vk_text_measure(text);
	struct vk_layout_opts lo = chart->layout;
	struct vk_draw_opts d = {chart->format, chart->dpi, VK_DATE_NONE, pf->title};
	struct vk_scene *scene = NULL;
	enum vk_code rc;

	lo.measure = &measure;
	lo.paged = chart->format == VK_DRAW_PDF;
	if (lo.status_date == VK_DATE_NONE)
		lo.status_date = pf->status_date;
	/* repeatable output: the PDF says it was made on the status date, not today */
	d.created = lo.status_date != VK_DATE_NONE ? lo.status_date : 0;
	if (chart->kind == VK_CHART_SCORES)
		scores = vk_score_rank(pf->scoring, data->measures->measures, scores_n);
	rc = layout(data, chart, scores, scores_n, &lo, &scene, err);
	if (!rc && chart->format == VK_DRAW_PNG && vk_draw_png_too_big(scene->height, chart->dpi)) {
		/* too tall for one image: the PDF's pages, one PNG each */
		vk_scene_free(scene);
		scene = NULL;
		lo.paged = true;
		rc = layout(data, chart, scores, scores_n, &lo, &scene, err);
	}
	chart->pages = scene ? scene->pages : 0;
	if (!rc)
		rc = vk_draw_file(scene, text, chart->path, &d, err);
	vk_score_free(scores, scores_n);
	vk_scene_free(scene);
	vk_text_free(text);
	return rc;
}

static enum vk_code parse_date_opt(const char *name, const char *v, enum vk_date_side side,
				   int *out, struct vk_error *err)
{
	struct vk_error derr;

	if (vk_date_parse(v, side, out, NULL, &derr))
		return vk_error_set(err, VK_EUSAGE, "%s: %s", name, derr.msg);
	return VK_OK;
}

/* The options that shape one kind of chart or format, and the kinds each has an effect
 * on: any other use is refused, so no option is taken and then ignored. -o, --format and
 * --page shape every chart. */
#define KIND(k) (1u << (k))
static const struct {
	const char *name;
	unsigned kinds;	  /* KIND(VK_CHART_...) */
	bool png;	  /* PNG only */
	const char *what; /* what it is for, in the refusal */
} kind_options[] = {
    {"--programme", KIND(VK_CHART_ROADMAP) | KIND(VK_CHART_ROLLOUT), false,
     "the programme of a roadmap or a rollout"},
    {"--period", KIND(VK_CHART_STATUS), false, "the last period of the status chart"},
    {"--weight", KIND(VK_CHART_SCORES), false, "weights of the scores chart"},
    {"--from", KIND(VK_CHART_ROADMAP) | KIND(VK_CHART_ROLLOUT), false,
     "the time axis of a roadmap or a rollout"},
    {"--to", KIND(VK_CHART_ROADMAP) | KIND(VK_CHART_ROLLOUT), false,
     "the time axis of a roadmap or a rollout"},
    {"--status-date", KIND(VK_CHART_ROADMAP) | KIND(VK_CHART_ROLLOUT), false,
     "the status line of a roadmap or a rollout"},
    {"--projects", KIND(VK_CHART_ROADMAP), false, "the roadmap"},
    {"--group", KIND(VK_CHART_ROADMAP), false, "the roadmap"},
    {"--deps", KIND(VK_CHART_ROADMAP), false, "the roadmap"},
    {"--dpi", ~0u, true, "PNG"},
};

static const char *const kind_names[] = {
    [VK_CHART_ROADMAP] = "roadmap",
    [VK_CHART_ROLLOUT] = "rollout",
    [VK_CHART_STATUS] = "status",
    [VK_CHART_SCORES] = "scores",
};

/* Notes in *given (bit i: kind_options[i]) that `arg` is one of the kind options. */
static void note_option(const char *arg, unsigned *given)
{
	for (size_t k = 0; k < sizeof(kind_options) / sizeof(kind_options[0]); k++) {
		size_t len = strlen(kind_options[k].name);
		if (strncmp(arg, kind_options[k].name, len) == 0 &&
		    (arg[len] == '\0' || arg[len] == '='))
			*given |= 1u << k;
	}
}

/* Refuses an option given in `given` that has no effect on a chart of this kind and
 * format. */
static enum vk_code check_options(const struct vk_chart *c, unsigned given, struct vk_error *err)
{
	for (size_t k = 0; k < sizeof(kind_options) / sizeof(kind_options[0]); k++) {
		if (!(given & 1u << k))
			continue;
		if (!(kind_options[k].kinds & KIND(c->kind)))
			return vk_error_set(
			    err, VK_EUSAGE, "%s has no effect on a %s chart (it is for %s)",
			    kind_options[k].name, kind_names[c->kind], kind_options[k].what);
		if (kind_options[k].png && c->format != VK_DRAW_PNG)
			return vk_error_set(
			    err, VK_EUSAGE, "%s has no effect on %s output (it is for %s)",
			    kind_options[k].name, c->format == VK_DRAW_PDF ? "PDF" : "SVG",
			    kind_options[k].what);
	}
	if (c->kind == VK_CHART_ROADMAP && c->layout.programme && c->layout.projects)
		return vk_error_set(err, VK_EUSAGE,
				    "--projects has no effect with --programme (the roadmap of a "
				    "programme shows its projects)");
	return VK_OK;
}

static enum vk_code parse_args(int argc, char **argv, struct vk_chart *c, bool *format_given,
			       unsigned *given, struct vk_error *err)
{
	const char *v, *kind = NULL;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		note_option(a, given);
		if (vk_util_option(argc, argv, &i, "-o", &v, err) ||
		    vk_util_option(argc, argv, &i, "--output", &v, err)) {
			c->path = v;
		} else if (vk_util_option(argc, argv, &i, "--format", &v, err)) {
			if (v && !vk_draw_format_parse(v, &c->format))
				return vk_error_set(
				    err, VK_EUSAGE,
				    "unknown format '%s' (expected pdf, svg or png)", v);
			*format_given = true;
		} else if (vk_util_option(argc, argv, &i, "--weight", &v, err)) {
			if (v && c->weights_n == sizeof(c->weights) / sizeof(c->weights[0]))
				return vk_error_set(err, VK_EUSAGE, "too many --weight options");
			if (v)
				c->weights[c->weights_n++] = v;
		} else if (vk_util_option(argc, argv, &i, "--period", &v, err)) {
			c->layout.period = v;
		} else if (vk_util_option(argc, argv, &i, "--programme", &v, err)) {
			c->layout.programme = v;
		} else if (vk_util_option(argc, argv, &i, "--from", &v, err)) {
			if (v && parse_date_opt("--from", v, VK_DATE_START, &c->layout.from, err))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--to", &v, err)) {
			if (v && parse_date_opt("--to", v, VK_DATE_END, &c->layout.to, err))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--status-date", &v, err)) {
			if (v && parse_date_opt("--status-date", v, VK_DATE_START,
						&c->layout.status_date, err))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--page", &v, err)) {
			if (v && strcmp(v, "a4") == 0)
				c->layout.page = VK_PAGE_A4;
			else if (v && strcmp(v, "a3") == 0)
				c->layout.page = VK_PAGE_A3;
			else if (v)
				return vk_error_set(err, VK_EUSAGE,
						    "unknown page '%s' (expected a4 or a3)", v);
		} else if (vk_util_option(argc, argv, &i, "--dpi", &v, err)) {
			if (v && (!vk_decimal_parse(v, &c->dpi) || c->dpi < 36 || c->dpi > 600))
				return vk_error_set(
				    err, VK_EUSAGE,
				    "--dpi must be a number from 36 to 600, not '%s'", v);
		} else if (vk_util_option(argc, argv, &i, "--group", &v, err)) {
			if (v && strcmp(v, "priority") == 0)
				c->layout.group = VK_GROUP_PRIORITY;
			else if (v && strcmp(v, "owner") == 0)
				c->layout.group = VK_GROUP_OWNER;
			else if (v && strcmp(v, "none") == 0)
				c->layout.group = VK_GROUP_NONE;
			else if (v)
				return vk_error_set(
				    err, VK_EUSAGE,
				    "unknown grouping '%s' (expected priority, owner or none)", v);
		} else if (strcmp(a, "--projects") == 0) {
			c->layout.projects = true;
		} else if (strcmp(a, "--deps") == 0) {
			c->layout.deps = true;
		} else if (strcmp(a, "--one-page") == 0) {
			c->layout.one_page = true;
		} else if (a[0] == '-') {
			return vk_error_set(err, VK_EUSAGE, "unknown option '%s' for render", a);
		} else if (kind) {
			return vk_error_set(err, VK_EUSAGE, "render takes one KIND, got '%s' too",
					    a);
		} else {
			kind = a;
		}
		if (err->code == VK_EUSAGE)
			return VK_EUSAGE; /* an option without its value */
	}
	if (kind && strcmp(kind, "roadmap") == 0)
		c->kind = VK_CHART_ROADMAP;
	else if (kind && strcmp(kind, "rollout") == 0)
		c->kind = VK_CHART_ROLLOUT;
	else if (kind && strcmp(kind, "status") == 0)
		c->kind = VK_CHART_STATUS;
	else if (kind && strcmp(kind, "scores") == 0)
		c->kind = VK_CHART_SCORES;
	else
		return vk_error_set(err, VK_EUSAGE,
				    "render what? expected roadmap, rollout, status or scores");
	if (!c->path)
		return vk_error_set(err, VK_EUSAGE, "render needs -o FILE");
	if (c->layout.from != VK_DATE_NONE && c->layout.to != VK_DATE_NONE &&
	    c->layout.to < c->layout.from)
		return vk_error_set(err, VK_EUSAGE, "--to is before --from");
	if (c->layout.one_page && c->kind != VK_CHART_STATUS)
		return vk_error_set(err, VK_EUSAGE, "--one-page is for render status only");
	if (c->kind == VK_CHART_ROLLOUT && !c->layout.programme)
		return vk_error_set(err, VK_EUSAGE, "render rollout needs --programme CODE");
	return VK_OK;
}

/* --period P of the status chart, as 'veikart status' takes it: a period of another kind
 * than the cadence is refused, one of the cadence without reports is added to `set` (its
 * silent items drawn), and one in which nothing ran is refused. */
static enum vk_code status_period(struct vk_db *db, const struct vk_portfolio *pf,
				  struct vk_status_set *set, const char *period,
				  struct vk_error *err)
{
	struct vk_status_summary s;
	enum vk_code rc;
	long index;

	if ((rc = vk_util_period(db, set, period, &index, err)))
		return rc;
	if (!(rc = vk_util_summarise(set, pf, index, &s, err)))
		vk_status_summary_clear(&s);
	return rc;
}

static enum vk_code exec_render(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	struct vk_chart c = vk_util_chart_defaults(ctx);
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *ms = NULL;
	struct vk_db *db = NULL;
	double *model_weights = NULL;
	bool format_given = false;
	unsigned given = 0;
	enum vk_code rc;

	vk_error_clear(err);
	if ((rc = parse_args(argc, argv, &c, &format_given, &given, err)))
		return rc;
	if (!format_given && !vk_draw_format_from_name(c.path, &c.format))
		return vk_error_set(
		    err, VK_EUSAGE,
		    "cannot tell the format from '%s'; name it .pdf, .svg or .png or "
		    "give --format",
		    c.path);
	if ((rc = check_options(&c, given, err)))
		return rc;
	if ((rc = vk_util_open(ctx, false, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (c.kind == VK_CHART_STATUS && (rc = vk_db_load_status(db, &set, err))) ||
	    (c.kind == VK_CHART_SCORES && (rc = vk_db_load_measures(db, &ms, err))))
		goto out;
	if (c.kind == VK_CHART_STATUS && c.layout.period && set.periods_n > 0 &&
	    (rc = status_period(db, pf, &set, c.layout.period, err)))
		goto out;
	vk_db_close(db);
	db = NULL;
	/* the chart names every criterion --weight moved away from the model */
	rc = vk_util_set_weights(pf->scoring, c.weights, c.weights_n, &model_weights, err);
	c.layout.model_weights = model_weights;
	/* a store written by an older veikart may hold a weight that makes scores inf */
	if (!rc && c.kind == VK_CHART_SCORES && pf->scoring->criteria_n > 0)
		rc = vk_scoring_validate(pf->scoring, err);
	if (!rc && !(rc = vk_util_render(&(struct vk_chart_data){pf, &set, ms}, &c, err))) {
		if (c.format == VK_DRAW_PNG && c.pages > 1) {
			char *first = vk_draw_page_path(c.path, 0, c.pages);
			char *last = vk_draw_page_path(c.path, c.pages - 1, c.pages);
			fprintf(ctx->out,
				VK_TR(ctx, "skrev %s … %s (%d sider: for høyt for ett bilde)\n",
				      "wrote %s … %s (%d pages: too tall for one image)\n"),
				first, last, c.pages);
			free(first);
			free(last);
		} else {
			fprintf(ctx->out, VK_TR(ctx, "skrev %s\n", "wrote %s\n"), c.path);
		}
	}
out:
	vk_db_close(db);
	vk_status_set_clear(&set);
	vk_score_file_free(ms);
	vk_model_free(pf);
	free(model_weights);
	return rc;
}

const struct vk_cmd_entry vk_cmd_render_entry = {
    .name = "render",
    .usage = "roadmap|rollout|status|scores -o FILE [OPTIONS]",
    .summary = "draw the roadmap, a programme's rollout or the status slide (PDF/SVG/PNG)",
    .help = "roadmap: one row per programme, phase bars, milestones, latest status.\n"
	    "rollout: one row per helseforetaksområde under its region (--programme).\n"
	    "status: grønn/gul/rød/uten rapport per reporting period, the red projects and\n"
	    "who did not report (--period); lists that do not fit go on over further pages.\n"
	    "scores: the priority ranking, each bar split by group (--weight GROUP=W).\n"
	    "PDF is split over pages that repeat the axis, headings and legend; SVG and PNG\n"
	    "are one page that grows in height. A PNG taller than 32,767 pixels (some 800\n"
	    "roadmap rows at 150 dpi) is written as the PDF's pages, FILE-01.png and on.\n"
	    "\n"
	    "options:\n"
	    "  -o, --output FILE      where to write; the format follows the extension\n"
	    "  --format pdf|svg|png   the format, whatever the file is called\n"
	    "  --programme CODE       the programme of a rollout chart; on the roadmap, only\n"
	    "                         that programme and its projects\n"
	    "  --period P             the last period of the status chart (default: latest)\n"
	    "  --weight GROUP=W       scores: weight a group or criterion, as in 'score'\n"
	    "  --from DATE, --to DATE the span of the axis (2023, 2023-H2, 2023-Q3, 2023-09,\n"
	    "                         2023-09-15); default: whole years around the plans\n"
	    "  --status-date DATE     the dashed status line (default: the portfolio's)\n"
	    "  --page a4|a3           PDF page size, landscape (default a4)\n"
	    "  --dpi N                PNG resolution (default 150)\n"
	    "  --projects             roadmap: projects under their programme\n"
	    "  --group priority|owner|none  roadmap headings (default priority)\n"
	    "  --deps                 roadmap: arrows for dependencies\n"
	    "  --one-page             status: one page in every format; the red list and the\n"
	    "                         list without a report end with how many are left\n"
	    "An option that has no effect on the chart asked for (--deps on a status chart,\n"
	    "--dpi on a PDF) is refused.\n",
    .exec_argv = exec_render,
};

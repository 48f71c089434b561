/* veikart render: parse the options, resolve them against the store, and draw the chart
 * (vk_chart_draw) to PDF, SVG or PNG. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "decimal.h"
#include "util.h"

static enum vk_code exec_render(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

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
	    "roadmap rows at 150 dpi) is written as the PDF's pages, FILE-01.png and on.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--output",
	     .alias = "-o",
	     .arg = "FILE",
	     .help = "where to write; the format follows the extension"},
	    {.name = "--format",
	     .arg = "pdf|svg|png",
	     .help = "the format, whatever the file is called"},
	    {.name = "--programme",
	     .arg = "CODE",
	     .help = "the programme of a rollout chart; on the roadmap, only\n"
		     "that programme and its projects"},
	    {.name = "--period",
	     .arg = "P",
	     .help = "the last period of the status chart (default: latest)"},
	    {.name = "--weight",
	     .arg = "GROUP=W",
	     .repeat = true,
	     .help = "scores: weight a group or criterion, as in 'score'"},
	    {.name = "--from",
	     .arg = "DATE",
	     .help = "the start of the axis (2023, 2023-H2, 2023-Q3, 2023-09,\n"
		     "2023-09-15); default: whole years around the plans"},
	    {.name = "--to", .arg = "DATE", .help = "the end of the axis, as --from"},
	    {.name = "--status-date",
	     .arg = "DATE",
	     .help = "the dashed status line (default: the portfolio's)"},
	    {.name = "--page", .arg = "a4|a3", .help = "PDF page size, landscape (default a4)"},
	    {.name = "--dpi", .arg = "N", .help = "PNG resolution (default 150)"},
	    {.name = "--projects", .help = "roadmap: projects under their programme"},
	    {.name = "--group",
	     .arg = "priority|owner|none",
	     .help = "roadmap headings (default priority)"},
	    {.name = "--deps", .help = "roadmap: arrows for dependencies"},
	    {.name = "--one-page",
	     .help = "status: one page in every format; the red list and the\n"
		     "list without a report end with how many are left"},
	    {0},
	},
    .notes = "An option that has no effect on the chart asked for (--deps on a status chart,\n"
	     "--dpi on a PDF) is refused.\n",
    .args_max = 1,
    .args_many = "render takes one KIND",
    .exec = exec_render,
};

/* What the command line asks for: the chart, where, and what is resolved against the
 * store once it is read. */
struct request {
	struct vk_chart chart;
	const char *path;
	const char *programme;	 /* --programme CODE */
	const char *period;	 /* --period P */
	const char *weights[16]; /* scores: --weight GROUP=W, applied in order */
	size_t weights_n;
};

static enum vk_code parse_date_opt(const char *name, const char *v, enum vk_date_side side,
				   int *out, struct vk_error *err)
{
	struct vk_error derr;

	if (vk_date_parse(v, side, out, NULL, &derr))
		return vk_error_set(err, VK_EUSAGE, "%s: %s", name, derr.msg);
	return VK_OK;
}

/* The options that shape one kind of chart or format, and the layout option each sets
 * (a kind takes it when its table row says so): any other use is refused, so no option
 * is taken and then ignored. -o, --format and --page shape every chart. */
static const struct {
	const char *name;
	unsigned takes;	  /* VK_CHART_TAKES_...; ~0u: every kind */
	bool png;	  /* PNG only */
	const char *what; /* what it is for, in the refusal */
} kind_options[] = {
    {"--programme", VK_CHART_TAKES_PROGRAMME, false, "the programme of a roadmap or a rollout"},
    {"--period", VK_CHART_TAKES_PERIOD, false, "the last period of the status chart"},
    {"--weight", VK_CHART_TAKES_WEIGHTS, false, "weights of the scores chart"},
    {"--from", VK_CHART_TAKES_SPAN, false, "the time axis of a roadmap or a rollout"},
    {"--to", VK_CHART_TAKES_SPAN, false, "the time axis of a roadmap or a rollout"},
    {"--status-date", VK_CHART_TAKES_SPAN, false, "the status line of a roadmap or a rollout"},
    {"--projects", VK_CHART_TAKES_PROJECTS, false, "the roadmap"},
    {"--group", VK_CHART_TAKES_GROUP, false, "the roadmap"},
    {"--deps", VK_CHART_TAKES_DEPS, false, "the roadmap"},
    {"--dpi", ~0u, true, "PNG"},
};

/* Notes in *given (bit i: kind_options[i]) that option `name` is one of the kind
 * options. */
static void note_option(const char *name, unsigned *given)
{
	for (size_t k = 0; k < sizeof(kind_options) / sizeof(kind_options[0]); k++)
		if (strcmp(name, kind_options[k].name) == 0)
			*given |= 1u << k;
}

/* Refuses an option given in `given` that has no effect on a chart of this kind and
 * format. */
static enum vk_code check_options(const struct request *r, unsigned given, struct vk_error *err)
{
	const struct vk_chart *c = &r->chart;

	for (size_t k = 0; k < sizeof(kind_options) / sizeof(kind_options[0]); k++) {
		if (!(given & 1u << k))
			continue;
		if (kind_options[k].takes != ~0u && !(kind_options[k].takes & c->kind->takes))
			return vk_error_set(
			    err, VK_EUSAGE, "%s has no effect on a %s chart (it is for %s)",
			    kind_options[k].name, c->kind->name, kind_options[k].what);
		if (kind_options[k].png && c->format != VK_DRAW_PNG)
			return vk_error_set(
			    err, VK_EUSAGE, "%s has no effect on %s output (it is for %s)",
			    kind_options[k].name, c->format == VK_DRAW_PDF ? "PDF" : "SVG",
			    kind_options[k].what);
	}
	if (c->kind->takes & VK_CHART_TAKES_PROJECTS && r->programme && c->layout.projects)
		return vk_error_set(err, VK_EUSAGE,
				    "--projects has no effect with --programme (the roadmap of a "
				    "programme shows its projects)");
	return VK_OK;
}

/* "roadmap, rollout, status or scores": the kinds of the table, for a refusal. */
static void kind_list(char *buf, size_t size)
{
	const struct vk_chart_kind *k;
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; (k = vk_chart_kind_at(i)) && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
					 i == 0			   ? ""
					 : vk_chart_kind_at(i + 1) ? ", "
								   : " or ",
					 k->name);
}

/* Applies the options in the order given, so the first bad one is the one named. */
static enum vk_code parse_args(const struct vk_cmd_args *args, struct request *r,
			       bool *format_given, unsigned *given, struct vk_error *err)
{
	struct vk_chart *c = &r->chart;
	const char *kind = args->pos_n ? args->pos[0] : NULL;
	char kinds[160];

	for (size_t i = 0; i < args->given_n; i++) {
		const char *o = args->given[i].opt->name, *v = args->given[i].value;
		note_option(o, given);
		if (strcmp(o, "--output") == 0) {
			r->path = v;
		} else if (strcmp(o, "--format") == 0) {
			if (!vk_draw_format_parse(v, &c->format))
				return vk_error_set(
				    err, VK_EUSAGE,
				    "unknown format '%s' (expected pdf, svg or png)", v);
			*format_given = true;
		} else if (strcmp(o, "--weight") == 0) {
			if (r->weights_n == sizeof(r->weights) / sizeof(r->weights[0]))
				return vk_error_set(err, VK_EUSAGE, "too many --weight options");
			r->weights[r->weights_n++] = v;
		} else if (strcmp(o, "--period") == 0) {
			r->period = v;
		} else if (strcmp(o, "--programme") == 0) {
			r->programme = v;
		} else if (strcmp(o, "--from") == 0 || strcmp(o, "--to") == 0 ||
			   strcmp(o, "--status-date") == 0) {
			int *to = o[2] == 'f'	? &c->layout.from
				  : o[2] == 't' ? &c->layout.to
						: &c->layout.status_date;
			if (parse_date_opt(o, v, o[3] == 'o' ? VK_DATE_END : VK_DATE_START, to,
					   err))
				return VK_EUSAGE;
		} else if (strcmp(o, "--page") == 0) {
			if (strcmp(v, "a4") == 0)
				c->layout.page = VK_PAGE_A4;
			else if (strcmp(v, "a3") == 0)
				c->layout.page = VK_PAGE_A3;
			else
				return vk_error_set(err, VK_EUSAGE,
						    "unknown page '%s' (expected a4 or a3)", v);
		} else if (strcmp(o, "--dpi") == 0) {
			if (!vk_decimal_parse(v, &c->dpi) || c->dpi < 36 || c->dpi > 600)
				return vk_error_set(
				    err, VK_EUSAGE,
				    "--dpi must be a number from 36 to 600, not '%s'", v);
		} else if (strcmp(o, "--group") == 0) {
			if (strcmp(v, "priority") == 0)
				c->layout.group = VK_GROUP_PRIORITY;
			else if (strcmp(v, "owner") == 0)
				c->layout.group = VK_GROUP_OWNER;
			else if (strcmp(v, "none") == 0)
				c->layout.group = VK_GROUP_NONE;
			else
				return vk_error_set(
				    err, VK_EUSAGE,
				    "unknown grouping '%s' (expected priority, owner or none)", v);
		} else if (strcmp(o, "--projects") == 0) {
			c->layout.projects = true;
		} else if (strcmp(o, "--deps") == 0) {
			c->layout.deps = true;
		} else if (strcmp(o, "--one-page") == 0) {
			c->layout.one_page = true;
		}
	}
	if (!kind || !(c->kind = vk_chart_kind_find(kind))) {
		kind_list(kinds, sizeof(kinds));
		return vk_error_set(err, VK_EUSAGE, "render what? expected %s", kinds);
	}
	if (!r->path)
		return vk_error_set(err, VK_EUSAGE, "render needs -o FILE");
	if (c->layout.from != VK_DATE_NONE && c->layout.to != VK_DATE_NONE &&
	    c->layout.to < c->layout.from)
		return vk_error_set(err, VK_EUSAGE, "--to is before --from");
	if (c->layout.one_page && !(c->kind->takes & VK_CHART_TAKES_ONE_PAGE))
		return vk_error_set(err, VK_EUSAGE, "--one-page is for render status only");
	if (c->kind->needs & VK_CHART_NEEDS_PROGRAMME && !r->programme)
		return vk_error_set(err, VK_EUSAGE, "render %s needs --programme CODE",
				    c->kind->name);
	return VK_OK;
}

/* --period P of the status chart, as 'veikart status' takes it: a period of another kind
 * than the cadence is refused, one of the cadence without reports is added to `set` (its
 * silent items drawn), and one in which nothing ran is refused. *p is the period in `set`. */
static enum vk_code status_period(struct vk_db *db, const struct vk_portfolio *pf,
				  struct vk_status_set *set, const char *period,
				  const struct vk_period **p, struct vk_error *err)
{
	struct vk_status_summary s;
	enum vk_code rc;
	long index;

	if ((rc = vk_util_period(db, set, period, &index, err)))
		return rc;
	if (!(rc = vk_util_summarise(set, pf, index, &s, err)))
		vk_status_summary_clear(&s);
	*p = &set->periods[index];
	return rc;
}

/* --programme CODE as the item it names: for a chart that needs one (a rollout) any
 * programme or project, which the layout then judges; for one it narrows (the roadmap) a
 * programme. */
static enum vk_code resolve_programme(const struct vk_portfolio *pf, struct request *r,
				      struct vk_error *err)
{
	bool needed = r->chart.kind->needs & VK_CHART_NEEDS_PROGRAMME;
	const struct vk_item *p;

	if (!r->programme)
		return VK_OK;
	if (!(p = vk_model_item(pf, r->programme)))
		return vk_error_set(err, VK_ENOTFOUND,
				    needed ? "no programme or project '%s' (see 'veikart list "
					     "programmes')"
					   : "no programme '%s' (see 'veikart list programmes')",
				    r->programme);
	if (!needed && p->kind != VK_PROGRAMME)
		return vk_error_set(err, VK_ENOTFOUND,
				    "'%s' is a project; --programme takes a programme", p->code);
	r->chart.layout.programme = p;
	return VK_OK;
}

static enum vk_code exec_render(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	struct request r = {.chart = vk_chart_defaults(NULL, ctx->lang)};
	struct vk_chart *c = &r.chart;
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *ms = NULL;
	struct vk_db *db = NULL;
	double *model_weights = NULL;
	bool format_given = false;
	unsigned given = 0;
	int pages = 0;
	enum vk_code rc;

	vk_error_clear(err);
	if ((rc = parse_args(args, &r, &format_given, &given, err)))
		return rc;
	if (!format_given && !vk_draw_format_from_name(r.path, &c->format))
		return vk_error_set(
		    err, VK_EUSAGE,
		    "cannot tell the format from '%s'; name it .pdf, .svg or .png or "
		    "give --format",
		    r.path);
	if ((rc = check_options(&r, given, err)))
		return rc;
	if ((rc = vk_util_read(ctx, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (c->kind->needs & VK_CHART_NEEDS_STATUS && (rc = vk_db_load_status(db, &set, err))) ||
	    (c->kind->needs & VK_CHART_NEEDS_MEASURES && (rc = vk_db_load_measures(db, &ms, err))))
		goto out;
	if (c->kind->needs & VK_CHART_NEEDS_STATUS && set.periods_n == 0) {
		rc = vk_error_set(
		    err, VK_ENOTFOUND,
		    "no status reports yet (import a status sheet or use 'status set')");
		goto out;
	}
	if (c->kind->takes & VK_CHART_TAKES_PERIOD && r.period &&
	    (rc = status_period(db, pf, &set, r.period, &c->layout.period, err)))
		goto out;
	vk_db_close(db);
	db = NULL;
	if ((rc = resolve_programme(pf, &r, err)))
		goto out;
	/* the chart names every criterion --weight moved away from the model */
	rc = vk_util_set_weights(pf->scoring, r.weights, r.weights_n, &model_weights, err);
	c->layout.model_weights = model_weights;
	if (!rc &&
	    !(rc = vk_chart_draw(&(struct vk_chart_data){pf, &set, ms}, c, r.path, &pages, err))) {
		if (c->format == VK_DRAW_PNG && pages > 1) {
			char *first = vk_draw_page_path(r.path, 0, pages);
			char *last = vk_draw_page_path(r.path, pages - 1, pages);
			fprintf(ctx->out,
				VK_TR(ctx->lang,
				      "skrev %s … %s (%d sider: for høyt for ett bilde)\n",
				      "wrote %s … %s (%d pages: too tall for one image)\n"),
				first, last, pages);
			free(first);
			free(last);
		} else {
			fprintf(ctx->out, VK_TR(ctx->lang, "skrev %s\n", "wrote %s\n"), r.path);
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

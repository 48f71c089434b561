/* veikart export: the Excel workbook for the portfolio office, and the whole store as a
 * portfolio file, one JSON document or the sheets the import reads. */
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "report.h"
#include "util.h"
#include "xlsx.h"

static enum vk_code exec_export(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

const struct vk_cmd_entry vk_cmd_export_entry = {
    .name = "export",
    .usage = "xlsx|yaml|json|csv -o FILE [--period P] [--what W]",
    .summary = "write the Excel workbook, or the whole store as YAML, JSON or sheets",
    .help =
	"export yaml writes the whole store as one portfolio file that 'veikart import'\n"
	"takes back into a new store: title, status date, cadence, phase kinds,\n"
	"regions and areas, the scoring model, programmes and projects with their\n"
	"plans, and the sections reports:, scores: and costs: (see\n"
	"docs/portfolio-format.md). Items that have left the plan are written under\n"
	"archived:, which an import refuses. export json writes the same as one JSON\n"
	"document. export csv --what reports|scores|costs writes one sheet as the\n"
	"import reads it (';', decimal comma, UTF-8).\n"
	"\n"
	"export xlsx sheets: Status (one row per programme and project, the period's colour with\n"
	"its word, comment and budget, earlier periods' colours; a drop-down for next\n"
	"period; archived ones last, greyed and marked 'arkivert', their reports still\n"
	"counted), Oppsummering (per period the counts, 'uten rapport' (items that ran\n"
	"without a report), shares of the two together, changes and budget, as 'veikart\n"
	"status' gives them, as formulas with their values, and a chart), Utrulling\n"
	"(areas by quarter, every phase that runs in the quarter: 'Utp/Inn' where two\n"
	"overlap, their dates in the cell's comment), Milepæler (real dates, days from\n"
	"the status date, Nådd ja/nei), Prioritering (the scoring model as formulas: the\n"
	"score and the rank, with the weights in named cells beside them, so changing a\n"
	"weight re-ranks), Kostnader (costs per solution and year) and Portefølje (per\n"
	"item: kind, owner, priority, span, phases with dates, dependencies, description,\n"
	"budget per year); Utrulling, Milepæler and Portefølje show live items only.\n"
	"Status colours follow the word in the cell; the summary\n"
	"counts rows added to the Status table. --lang en gives English sheet names and\n"
	"headers. The same store gives the same bytes. What Excel cannot hold (a\n"
	"comment over 32,767 characters, more periods than 16,384 columns hold) is\n"
	"refused with exit 73, and so is a directory without room for the workbook.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--output", .alias = "-o", .arg = "FILE", .help = "where to write"},
	    {.name = "--period",
	     .arg = "P",
	     .help = "xlsx: the period on the Status sheet (default: the latest)"},
	    {.name = "--what", .arg = "W", .help = "csv: reports, scores or costs"},
	    {0},
	},
    .args_max = 1,
    .args_many = "export takes one format",
    .exec = exec_export,
};

enum vk_code vk_util_export_xlsx(const struct vk_ctx *ctx, const char *db_path, const char *path,
				 const char *period, struct vk_error *err)
{
	struct vk_report_data *d = NULL;
	struct vk_score *scores = NULL;
	struct vk_xlsx_input in = {.period = -1, .lang = ctx->lang};
	struct vk_db *db = NULL;
	enum vk_code rc;

	/* one snapshot over the loads, the period's resolution and the colours */
	if ((rc = vk_db_open(db_path, false, NULL, &db, err)) ||
	    (rc = vk_db_snapshot_begin(db, err)) ||
	    (rc = vk_report_load(db, VK_REPORT_PERIODS, &d, err)))
		goto out;
	if (period && d->status.periods_n == 0) {
		rc = vk_error_set(err, VK_ENOTFOUND, "no status reports in the store yet");
		goto out;
	}
	if (period) {
		/* read as `veikart status` reads it: a period of another kind than the
		 * cadence is a usage error; one of the cadence without reports has nothing
		 * for the Status sheet to show */
		size_t stored = d->status.periods_n;
		if ((rc = vk_util_period(db, &d->status, period, &in.period, err)))
			goto out;
		if (d->status.periods_n != stored) {
			rc = vk_error_set(err, VK_ENOTFOUND,
					  "no status reports for period %s ('veikart status "
					  "--period %s' shows who ran in it without reporting)",
					  d->status.periods[in.period].code,
					  d->status.periods[in.period].code);
			goto out;
		}
	}
	/* the colours of every period, and the reports of the one shown */
	if (in.period < 0)
		in.period = d->status.periods_n ? (long)d->status.periods_n - 1 : 0;
	if ((rc = vk_report_load_colours(db, d, (size_t)in.period, err)))
		goto out;
	/* a store written by an older veikart may hold a weight that makes scores inf */
	if (d->pf->scoring->criteria_n > 0 && (rc = vk_scoring_validate(d->pf->scoring, err)))
		goto out;
	scores = vk_score_rank(d->pf->scoring, d->measures->measures, d->measures->measures_n);
	in.pf = d->pf;
	in.status = &d->status;
	in.colours = d->colours;
	in.budgets = d->budgets;
	in.scores = scores;
	in.scores_n = d->measures->measures_n;
	in.costs = d->costs;
	rc = vk_xlsx_write(path, &in, err);
out:
	if (d)
		vk_score_free(scores, d->measures->measures_n);
	vk_report_free(d);
	vk_db_close(db);
	return rc;
}

/* The whole store in `format`: read it all, write it whole. */
static enum vk_code export_whole(const struct vk_ctx *ctx, const char *path,
				 enum vk_export_format format, struct vk_error *err)
{
	struct vk_report_data *d = NULL;
	struct vk_db *db = NULL;
	enum vk_code rc;

	if (!(rc = vk_db_open(ctx->db_path, false, NULL, &db, err)) &&
	    !(rc = vk_report_load(db, VK_REPORT_REPORTS, &d, err))) {
		struct vk_export x = {d->pf, &d->status, d->measures, d->costs, d->cadence};
		rc = vk_export_write(path, format, &x, err);
	}
	vk_report_free(d);
	vk_db_close(db);
	return rc;
}

static enum vk_code exec_export(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	const char *path = vk_cmd_value(args, "--output"), *period = vk_cmd_value(args, "--period");
	const char *what = args->pos_n ? args->pos[0] : NULL, *sheet = vk_cmd_value(args, "--what");
	enum vk_export_format format = VK_EXPORT_YAML;
	enum vk_code rc;

	if (!what || (strcmp(what, "xlsx") != 0 && strcmp(what, "yaml") != 0 &&
		      strcmp(what, "json") != 0 && strcmp(what, "csv") != 0))
		return vk_error_set(err, VK_EUSAGE,
				    "export what? xlsx, yaml, json or csv (see 'veikart export "
				    "--help')");
	if (period && strcmp(what, "xlsx") != 0)
		return vk_error_set(err, VK_EUSAGE,
				    "--period is for export xlsx: export %s gives every period",
				    what);
	if (sheet && strcmp(what, "csv") != 0)
		return vk_error_set(err, VK_EUSAGE, "--what is for export csv");
	if (strcmp(what, "csv") == 0) {
		if (!sheet)
			return vk_error_set(err, VK_EUSAGE,
					    "export csv needs --what reports, scores or costs");
		if (strcmp(sheet, "reports") == 0)
			format = VK_EXPORT_REPORTS;
		else if (strcmp(sheet, "scores") == 0)
			format = VK_EXPORT_SCORES;
		else if (strcmp(sheet, "costs") == 0)
			format = VK_EXPORT_COSTS;
		else
			return vk_error_set(err, VK_EUSAGE, "--what '%s'? reports, scores or costs",
					    sheet);
	} else if (strcmp(what, "json") == 0) {
		format = VK_EXPORT_JSON;
	}
	if (!path)
		return vk_error_set(err, VK_EUSAGE, "export needs -o FILE");
	if (strcmp(what, "xlsx") == 0)
		rc = vk_util_export_xlsx(ctx, ctx->db_path, path, period, err);
	else
		rc = export_whole(ctx, path, format, err);
	if (!rc)
		fprintf(ctx->out, VK_TR(ctx->lang, "skrev %s\n", "wrote %s\n"), path);
	return rc;
}

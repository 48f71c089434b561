/* veikart export: the Excel workbook for the portfolio office. */
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "xlsx.h"

enum vk_code vk_util_export_xlsx(const struct vk_ctx *ctx, const char *db_path, const char *path,
				 const char *period, struct vk_error *err)
{
	struct vk_status_set set = {0};
	unsigned char *colours = NULL;
	double *budgets = NULL;
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *ms = NULL;
	struct vk_cost_file *costs = NULL;
	struct vk_score *scores = NULL;
	struct vk_xlsx_input in = {.period = -1, .lang = ctx->lang};
	struct vk_db *db = NULL;
	enum vk_code rc;

	if ((rc = vk_db_open(db_path, false, NULL, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (rc = vk_db_load_periods(db, &set, err)) || (rc = vk_db_load_measures(db, &ms, err)) ||
	    (rc = vk_db_load_costs(db, &costs, err)))
		goto out;
	if (period && set.periods_n == 0) {
		rc = vk_error_set(err, VK_ENOTFOUND, "no status reports in the store yet");
		goto out;
	}
	if (period) {
		/* read as `veikart status` reads it: a period of another kind than the
		 * cadence is a usage error; one of the cadence without reports has nothing
		 * for the Status sheet to show */
		size_t stored = set.periods_n;
		if ((rc = vk_util_period(db, &set, period, &in.period, err)))
			goto out;
		if (set.periods_n != stored) {
			rc = vk_error_set(err, VK_ENOTFOUND,
					  "no status reports for period %s ('veikart status "
					  "--period %s' shows who ran in it without reporting)",
					  set.periods[in.period].code, set.periods[in.period].code);
			goto out;
		}
	}
	/* the colours of every period, and the reports of the one shown */
	if (in.period < 0)
		in.period = set.periods_n ? (long)set.periods_n - 1 : 0;
	if ((rc = vk_db_load_colours(db, pf, &set, (size_t)in.period, &colours, &budgets, err)))
		goto out;
	/* a store written by an older veikart may hold a weight that makes scores inf */
	if (pf->scoring->criteria_n > 0 && (rc = vk_scoring_validate(pf->scoring, err)))
		goto out;
	scores = vk_score_rank(pf->scoring, ms->measures, ms->measures_n);
	in.pf = pf;
	in.status = &set;
	in.colours = colours;
	in.budgets = budgets;
	in.scores = scores;
	in.scores_n = ms->measures_n;
	in.costs = costs;
	rc = vk_xlsx_write(path, &in, err);
out:
	if (ms)
		vk_score_free(scores, ms->measures_n);
	vk_score_file_free(ms);
	vk_cost_file_free(costs);
	vk_status_set_clear(&set);
	free(colours);
	free(budgets);
	vk_model_free(pf);
	vk_db_close(db);
	return rc;
}

static enum vk_code exec_export(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	const char *path = NULL, *period = NULL, *what = NULL, *v;
	enum vk_code rc;

	for (int i = 1; i < argc; i++) {
		if (vk_util_option(argc, argv, &i, "-o", &v, err) ||
		    vk_util_option(argc, argv, &i, "--output", &v, err)) {
			if (!(path = v))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--period", &v, err)) {
			if (!(period = v))
				return VK_EUSAGE;
		} else if (argv[i][0] == '-') {
			return vk_error_set(err, VK_EUSAGE, "unknown option '%s' for export",
					    argv[i]);
		} else if (what) {
			return vk_error_set(err, VK_EUSAGE, "export takes one format, got '%s' too",
					    argv[i]);
		} else {
			what = argv[i];
		}
	}
	if (!what || strcmp(what, "xlsx") != 0)
		return vk_error_set(err, VK_EUSAGE,
				    "export what? only xlsx so far (see 'veikart export --help')");
	if (!path)
		return vk_error_set(err, VK_EUSAGE, "export needs -o FILE.xlsx");
	if (!(rc = vk_util_export_xlsx(ctx, ctx->db_path, path, period, err)))
		fprintf(ctx->out, VK_TR(ctx, "skrev %s\n", "wrote %s\n"), path);
	return rc;
}

const struct vk_cmd_entry vk_cmd_export_entry = {
    .name = "export",
    .usage = "xlsx -o FILE.xlsx [--period P]",
    .summary = "write the Excel workbook: status, summary, rollout, milestones, priorities",
    .help = "Sheets: Status (one row per programme and project, the period's colour with\n"
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
	    "refused with exit 73, and so is a directory without room for the workbook.\n"
	    "\n"
	    "options:\n"
	    "  -o, --output FILE   where to write\n"
	    "  --period P          the period on the Status sheet (default: the latest)\n",
    .exec = exec_export,
};

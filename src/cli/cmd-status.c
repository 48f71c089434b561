/* veikart status: counts per colour, change since the previous period, the budget, the
 * red list and who has not reported; `status set` records one report by hand. */
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "number.h"
#include "util.h"

static enum vk_code exec_set(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			     struct vk_error *err);
static enum vk_code exec_status(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

static const struct vk_cmd_entry status_set_entry = {
    .name = "set",
    .usage = "CODE COLOUR --period P [--comment TEXT] [--budget MNOK]",
    .summary = "record one report, or change a stored one",
    .help = "Only its colour and what is given (--comment, --budget) change; --comment ''\n"
	    "clears the comment. COLOUR is grønn, gul or rød (or green, yellow, red).\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--period", .arg = "P", .help = "the reporting period (required)"},
	    {.name = "--comment", .arg = "TEXT", .help = "the report's comment"},
	    {.name = "--budget",
	     .arg = "MNOK",
	     .help = "the budget, as in a sheet: 1 723,5 or 1723.5"},
	    {0},
	},
    .args_min = 2,
    .args_max = 2,
    .args_few = "usage: veikart status set CODE COLOUR --period P [--comment TEXT] [--budget MNOK]",
    .args_many = "status set takes CODE and COLOUR",
    .exec = exec_set,
};

const struct vk_cmd_entry vk_cmd_status_entry = {
    .name = "status",
    .usage = "[--period P | --trend] [--format text|json] | set CODE COLOUR --period P [--comment "
	     "TEXT] [--budget MNOK]",
    .summary = "status per colour, change since the previous period, red list; set one report",
    .help = "Prints for a reporting period (default: the latest) the reports per colour and\n"
	    "the programmes and projects active in the period (by their phases) that have\n"
	    "not reported (\"uten rapport\"), each with its share of the two together and the\n"
	    "change since the previous period; the period's total budget, the red ones with\n"
	    "their comments and the codes without a report. A share is shown as a percent\n"
	    "with one decimal, rounded half away from zero (3 of 48: 6,3 %); json gives the\n"
	    "exact fraction (0.0625). Budgets are shown as stored (0,05; 40,25).\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--period",
	     .arg = "P",
	     .help = "2021-05, 2021-Q2, 2021-T2 (tertial), 2021-H1 or a day"},
	    {.name = "--trend", .help = "one line per period (all of them: not with --period)"},
	    {.name = "--format", .arg = "text|json", .help = "json for scripts"},
	    {0},
	},
    .args_max = 0,
    .subs = (const struct vk_cmd_entry *const[]){&status_set_entry, NULL},
    .exec = exec_status,
};

/* status --trend: one grouped query, so years of history cost no more than a page. */
static enum vk_code exec_trend(struct vk_ctx *ctx, enum vk_format format, struct vk_error *err)
{
	struct vk_status_set set = {0};
	struct vk_status_summary *rows = NULL;
	struct vk_db *db;
	enum vk_code rc;

	if ((rc = vk_util_read(ctx, &db, err)))
		return rc;
	if (!(rc = vk_db_load_trend(db, &set, &rows, err))) {
		if (format == VK_FORMAT_JSON)
			rc = vk_json_write_trend(ctx->out, rows, set.periods_n, err);
		else
			vk_text_trend(ctx->out, ctx->lang, rows, set.periods_n);
	}
	free(rows);
	vk_status_set_clear(&set);
	vk_db_close(db);
	return rc;
}

/* status set CODE COLOUR --period P [--comment TEXT] [--budget MNOK] */
static enum vk_code exec_set(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			     struct vk_error *err)
{
	struct vk_status_file f = {.file = "command line"};
	struct vk_report r = {.budget = -1};
	/* one status input, as a sheet of one row would bring */
	struct vk_input in = {.kind = VK_INPUT_STATUS, .file = f.file, .data = &f};
	struct vk_input_list list = {.items = &in, .items_n = 1, .items_cap = 1};
	struct vk_import im = {.inputs = &list, .keep_unnamed = true};
	struct vk_portfolio *pf = NULL;
	const char *period = vk_cmd_value(args, "--period"),
		   *comment = vk_cmd_value(args, "--comment"),
		   *budget = vk_cmd_value(args, "--budget");
	const char *code = args->pos_n > 0 ? args->pos[0] : NULL,
		   *colour = args->pos_n > 1 ? args->pos[1] : NULL;
	struct vk_db *db;
	struct vk_error perr;
	enum vk_code rc;

	if (budget) {
		/* read as a sheet's budget cell is: 1 723,5 or 1723.5 */
		struct vk_error why = {0};
		if (vk_number_parse(budget, &r.budget, &why) || r.budget < 0 || r.budget > 1e12)
			return vk_error_set(err, VK_EUSAGE,
					    "--budget must be MNOK from 0 to 1e12 (e.g. 1 "
					    "723,5), not '%s'%s%s",
					    budget, why.code ? ": " : "", why.msg);
	}
	if (!period)
		return vk_error_set(err, VK_EUSAGE,
				    "usage: veikart status set CODE COLOUR --period P [--comment "
				    "TEXT] [--budget MNOK]");
	if (!vk_colour_parse(colour, &r.colour))
		return vk_error_set(err, VK_EUSAGE,
				    "unknown status '%s' (expected grønn, gul or rød)", colour);
	if (vk_period_parse(period, &r.period, &perr))
		return vk_error_set(err, VK_EUSAGE, "--period: %s", perr.msg);
	r.code = (char *)code;
	r.comment = (char *)comment;
	f.reports = &r;
	f.reports_n = 1;
	if ((rc = vk_util_open(ctx, false, &db, err)))
		return rc;
	/* the code is resolved first, so that an unknown one is named as typed here */
	if (!(rc = vk_db_load(db, &pf, err)) && !vk_model_item_any(pf, code))
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  code);
	vk_model_free(pf);
	if (!rc)
		rc = vk_db_import(db, &im, err);
	vk_db_close(db);
	/* the report was typed here, not read from a file: no FILE:LINE to name */
	if (rc && strncmp(err->msg, "command line:0: ", 16) == 0)
		memmove(err->msg, err->msg + 16, strlen(err->msg + 16) + 1);
	if (!rc)
		fprintf(ctx->out, VK_TR(ctx->lang, "%s %s: %s%s\n", "%s %s: %s%s\n"), code,
			r.period.code, vk_colour_name(r.colour, ctx->lang),
			im.reports_replaced    ? VK_TR(ctx->lang, " (erstattet forrige rapport)",
						       " (replaced the earlier report)")
			: im.reports_unchanged ? VK_TR(ctx->lang, " (uendret: det samme som før)",
						       " (unchanged: the same as before)")
					       : "");
	vk_db_import_clear(&im);
	return rc;
}

static enum vk_code exec_status(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_db *db = NULL;
	const char *period = vk_cmd_value(args, "--period"), *v = vk_cmd_value(args, "--format");
	bool trend = vk_cmd_has(args, "--trend");
	enum vk_code rc;
	long index;

	if (v && vk_util_parse_format(v, &format, err))
		return VK_EUSAGE;
	if (trend && period)
		return vk_error_set(
		    err, VK_EUSAGE,
		    "--trend shows every period: give --trend or --period, not both");
	if (trend)
		return exec_trend(ctx, format, err);
	if ((rc = vk_util_read(ctx, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (rc = vk_db_load_periods(db, &set, err)))
		goto out;
	if (set.periods_n == 0) {
		rc = vk_error_set(
		    err, VK_ENOTFOUND,
		    "%s: no status reports yet (import a status sheet or use 'status set')",
		    ctx->db_path);
		goto out;
	}
	if (period) {
		if ((rc = vk_util_period(db, &set, period, &index, err)))
			goto out;
	} else {
		index = (long)set.periods_n - 1;
	}
	{
		/* the reports of the period and of the one before it are all a summary reads:
		 * years of history are not loaded for one period */
		const struct vk_period *read[2] = {&set.periods[index],
						   vk_status_previous(&set, (size_t)index)};
		if ((rc = vk_db_load_period_reports(db, &set, read, read[1] ? 2 : 1, err)))
			goto out;
	}
	{
		struct vk_status_summary s;
		if ((rc = vk_util_summarise(&set, pf, index, &s, err)))
			goto out;
		if (format == VK_FORMAT_JSON)
			rc = vk_json_write_status(ctx->out, &s, pf, err);
		else
			vk_text_status(ctx->out, ctx->lang, &s, pf);
		vk_status_summary_clear(&s);
	}
out:
	vk_status_set_clear(&set);
	vk_model_free(pf);
	vk_db_close(db);
	return rc;
}

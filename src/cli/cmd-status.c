/* veikart status: counts per colour, change since the previous period, the budget, the
 * red list and who has not reported; `status set` records one report by hand. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "json.h"
#include "number.h"
#include "util.h"

static void print_summary(const struct vk_ctx *ctx, const struct vk_status_summary *s,
			  const struct vk_portfolio *pf)
{
	FILE *out = ctx->out;
	char share[32], delta[32], money[48];

	/* shares are of the reports and the silent items together, so a period where many
	 * did not report cannot look better than it is */
	fprintf(out,
		VK_TR(ctx, "Status %s · %zu rapporter, %zu uten rapport (andeler av %zu)\n",
		      "Status %s · %zu reports, %zu without a report (shares of %zu)\n"),
		s->period->code, s->total, s->silent, s->total + s->silent);
	for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
		bool silent = c > VK_ROD;
		/* one decimal of a percent, half away from zero as every rounded number
		 * veikart prints (3 of 48, 6.25 %, is 6,3 %); JSON gives the exact share */
		vk_number_format(
		    vk_score_round1(100 * (silent ? s->share_silent : s->share_all[c])), 1,
		    ctx->lang, share, sizeof(share));
		fprintf(out, "  ");
		vk_util_cell(out,
			     silent ? VK_TR(ctx, "uten rapport", "no report")
				    : vk_colour_name((enum vk_colour)c, ctx->lang),
			     13);
		fprintf(out, "%4zu  %6s %%", silent ? s->silent : s->counts[c], share);
		if (s->previous) {
			vk_number_signed(silent ? s->delta_silent : s->delta[c], delta,
					 sizeof(delta));
			fprintf(out, VK_TR(ctx, "   %s siden %s", "   %s since %s"), delta,
				s->previous->code);
		}
		fputc('\n', out);
	}
	if (s->budgets) {
		vk_util_mnok(ctx, s->budget, money, sizeof(money));
		fprintf(out,
			VK_TR(ctx, "Budsjett %s MNOK (%zu av %zu rapporter oppgir budsjett)\n",
			      "Budget %s MNOK (%zu of %zu reports give a budget)\n"),
			money, s->budgets, s->total);
	}
	fprintf(out, VK_TR(ctx, "Røde (%zu)%s\n", "Red (%zu)%s\n"), s->red_n, s->red_n ? ":" : "");
	for (size_t i = 0; i < s->red_n; i++) {
		const struct vk_item *it = vk_model_item_any(pf, s->red[i]->code);
		fprintf(out, "  %s  ", s->red[i]->code);
		vk_util_text_line(out, it ? it->name : "");
		if (s->red[i]->comment) {
			/* one line per report: the comment's own line breaks become spaces */
			char *line = vk_xstrdup(s->red[i]->comment), *o = line;
			for (const char *c = s->red[i]->comment; *c; c++)
				if (*c != '\r')
					*o++ = *c == '\n' ? ' ' : *c;
			*o = '\0';
			fputs(" — ", out);
			vk_util_text_line(out, line); /* escaped on a terminal */
			free(line);
		}
		fputc('\n', out);
	}
	fprintf(out,
		VK_TR(ctx, "Uten rapport denne perioden (%zu)%s",
		      "Without a report this period (%zu)%s"),
		s->missing_n, s->missing_n ? ": " : "");
	for (size_t i = 0; i < s->missing_n; i++)
		fprintf(out, "%s%s", i ? ", " : "", s->missing[i]);
	fputc('\n', out);
}

static void print_trend(const struct vk_ctx *ctx, const struct vk_status_summary *rows, size_t n)
{
	FILE *out = ctx->out;
	char money[48];

	vk_util_cell(out, VK_TR(ctx, "periode", "period"), 8);
	for (int c = VK_GRONN; c <= VK_ROD; c++)
		vk_util_rcell(out, vk_colour_name((enum vk_colour)c, ctx->lang), 6);
	vk_util_rcell(out, VK_TR(ctx, "uten rapport", "no report"), 12);
	vk_util_rcell(out, VK_TR(ctx, "totalt", "total"), 6);
	vk_util_rcell(out, VK_TR(ctx, "budsjett (MNOK)", "budget (MNOK)"), 15);
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		const struct vk_status_summary *s = &rows[i];
		if (s->budgets)
			vk_util_mnok(ctx, s->budget, money, sizeof(money));
		else
			snprintf(money, sizeof(money), "–");
		vk_util_cell(out, s->period->code, 8);
		fprintf(out, "%6zu  %6zu  %6zu  %12zu  %6zu  ", s->counts[VK_GRONN],
			s->counts[VK_GUL], s->counts[VK_ROD], s->silent, s->total);
		vk_util_rcell(out, money, 15);
		fputc('\n', out);
	}
}

/* status --trend: one grouped query, so years of history cost no more than a page. */
static enum vk_code exec_trend(struct vk_ctx *ctx, enum vk_format format, struct vk_error *err)
{
	struct vk_status_set set = {0};
	struct vk_status_summary *rows = NULL;
	struct vk_db *db;
	enum vk_code rc;

	if ((rc = vk_util_open(ctx, false, &db, err)))
		return rc;
	if (!(rc = vk_db_load_trend(db, &set, &rows, err))) {
		if (format == VK_FORMAT_JSON)
			rc = vk_json_write_trend(ctx->out, rows, set.periods_n, err);
		else
			print_trend(ctx, rows, set.periods_n);
	}
	free(rows);
	vk_status_set_clear(&set);
	vk_db_close(db);
	return rc;
}

/* status set CODE COLOUR --period P [--comment TEXT] [--budget MNOK] */
static enum vk_code exec_set(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	struct vk_status_file f = {.file = "command line"};
	struct vk_report r = {.budget = -1};
	/* one status input, as a sheet of one row would bring */
	struct vk_input in = {.kind = VK_INPUT_STATUS, .file = f.file, .data = &f};
	struct vk_input_list list = {.items = &in, .items_n = 1, .items_cap = 1};
	struct vk_import im = {.inputs = &list, .keep_unnamed = true};
	const char *period = NULL, *comment = NULL, *code = NULL, *colour = NULL, *v;
	struct vk_db *db;
	struct vk_error perr;
	enum vk_code rc;

	for (int i = 2; i < argc; i++) {
		if (vk_util_option(argc, argv, &i, "--period", &v, err)) {
			if (!(period = v))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--comment", &v, err)) {
			if (!(comment = v))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--budget", &v, err)) {
			if (!v)
				return VK_EUSAGE;
			/* read as a sheet's budget cell is: 1 723,5 or 1723.5 */
			struct vk_error why = {0};
			if (vk_number_parse(v, &r.budget, &why) || r.budget < 0 || r.budget > 1e12)
				return vk_error_set(err, VK_EUSAGE,
						    "--budget must be MNOK from 0 to 1e12 (e.g. 1 "
						    "723,5), not '%s'%s%s",
						    v, why.code ? ": " : "", why.msg);
		} else if (argv[i][0] == '-') {
			return vk_error_set(err, VK_EUSAGE, "unknown option '%s' for status set",
					    argv[i]);
		} else if (!code) {
			code = argv[i];
		} else if (!colour) {
			colour = argv[i];
		} else {
			return vk_error_set(err, VK_EUSAGE,
					    "status set takes CODE and COLOUR, got '%s' too",
					    argv[i]);
		}
	}
	if (!code || !colour || !period)
		return vk_error_set(
		    err, VK_EUSAGE,
		    "usage: veikart status set CODE COLOUR --period P [--comment TEXT]");
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
	rc = vk_db_import(db, &im, err);
	vk_db_close(db);
	/* the report was typed here, not read from a file: no FILE:LINE to name */
	if (rc && strncmp(err->msg, "command line:0: ", 16) == 0)
		memmove(err->msg, err->msg + 16, strlen(err->msg + 16) + 1);
	if (rc == VK_EDATA && strstr(err->msg, "unknown programme"))
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  code);
	if (!rc)
		fprintf(ctx->out, VK_TR(ctx, "%s %s: %s%s\n", "%s %s: %s%s\n"), code, r.period.code,
			vk_colour_name(r.colour, ctx->lang),
			im.reports_replaced    ? VK_TR(ctx, " (erstattet forrige rapport)",
						       " (replaced the earlier report)")
			: im.reports_unchanged ? VK_TR(ctx, " (uendret: det samme som før)",
						       " (unchanged: the same as before)")
					       : "");
	vk_db_import_clear(&im);
	return rc;
}

static enum vk_code exec_status(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_db *db = NULL;
	const char *period = NULL, *v;
	bool trend = false;
	enum vk_code rc;
	long index;

	if (argc > 1 && strcmp(argv[1], "set") == 0)
		return exec_set(ctx, argc, argv, err);
	for (int i = 1; i < argc; i++) {
		if (vk_util_option(argc, argv, &i, "--format", &v, err)) {
			if (!v || vk_util_parse_format(v, &format, err))
				return VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--period", &v, err)) {
			if (!(period = v))
				return VK_EUSAGE;
		} else if (strcmp(argv[i], "--trend") == 0) {
			trend = true;
		} else {
			return vk_error_set(err, VK_EUSAGE, "unknown argument '%s' for status",
					    argv[i]);
		}
	}
	if (trend && period)
		return vk_error_set(
		    err, VK_EUSAGE,
		    "--trend shows every period: give --trend or --period, not both");
	if (trend)
		return exec_trend(ctx, format, err);
	if ((rc = vk_util_open(ctx, false, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
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
			print_summary(ctx, &s, pf);
		vk_status_summary_clear(&s);
	}
out:
	vk_status_set_clear(&set);
	vk_model_free(pf);
	vk_db_close(db);
	return rc;
}

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
	    "exact fraction (0.0625). Budgets are shown as stored (0,05; 40,25).\n"
	    "\n"
	    "options:\n"
	    "  --period P           2021-05, 2021-Q2, 2021-T2 (tertial), 2021-H1 or a day\n"
	    "  --trend              one line per period (all of them: not with --period)\n"
	    "  --format text|json   json for scripts\n"
	    "\n"
	    "status set CODE COLOUR --period P [--comment TEXT] [--budget MNOK]\n"
	    "  records one report, or changes a stored one: only its colour and what is\n"
	    "  given (--comment, --budget) change; --comment '' clears the comment.\n"
	    "  COLOUR is grønn, gul or rød (or green, yellow, red); MNOK as in a sheet:\n"
	    "  1 723,5 or 1723.5.\n",
    .exec = exec_status,
};

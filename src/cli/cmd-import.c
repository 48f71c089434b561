/* veikart import: read portfolio files and status sheets and write them to the store,
 * all or nothing. */
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

static void print_codes(FILE *out, char *const *codes, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%s", i ? ", " : " (", codes[i]);
	if (n)
		fputc(')', out);
}

/* What the import changed: the items, and the reports per period. */
static void print_changes(const struct vk_ctx *ctx, const struct vk_import *im, bool models)
{
	FILE *out = ctx->out;

	if (models) {
		fprintf(out,
			VK_TR(ctx->lang,
			      "programmer og prosjekter: %zu nye, %zu oppdatert, %zu uendret, "
			      "%zu arkivert",
			      "programmes and projects: %zu added, %zu updated, %zu unchanged, "
			      "%zu archived"),
			im->items_added, im->items_updated, im->items_unchanged,
			im->items_archived_n);
		print_codes(out, im->items_archived, im->items_archived_n);
		fprintf(
		    out,
		    VK_TR(ctx->lang, ", %zu hentet fra arkivet", ", %zu restored from the archive"),
		    im->items_restored_n);
		print_codes(out, im->items_restored, im->items_restored_n);
		fprintf(out, VK_TR(ctx->lang, ", 0 omdøpt\n", ", 0 renamed\n"));
		if (im->items_archived_n && im->items_added)
			fprintf(
			    out,
			    VK_TR(ctx->lang,
				  "merk: en fil kan ikke omdøpe; er en ny kode en arkivert med "
				  "nytt navn, kjør 'veikart remove NY --purge', 'veikart rename "
				  "GAMMEL NY' og importer på nytt, så følger historikken med\n",
				  "note: a file cannot rename; if a new code is an archived one "
				  "renamed, run 'veikart remove NEW --purge', 'veikart rename OLD "
				  "NEW' and import again, so its history follows\n"));
	}
	if (im->scoring_replaced) {
		fprintf(out, VK_TR(ctx->lang, "poengmodellen erstattet", "scoring model replaced"));
		if (im->scores_deleted) {
			fprintf(out,
				VK_TR(ctx->lang,
				      ": %zu scoreverdier for kriterier som ikke lenger er i "
				      "modellen slettet",
				      ": %zu score values of criteria no longer in the model "
				      "deleted"),
				im->scores_deleted);
			print_codes(out, im->criteria_dropped, im->criteria_dropped_n);
		}
		fputc('\n', out);
	}
	for (size_t i = 0; i < im->periods_n; i++)
		fprintf(out,
			VK_TR(ctx->lang,
			      "statusrapporter %s: %zu nye, %zu erstattet, %zu uendret\n",
			      "status reports %s: %zu added, %zu replaced, %zu unchanged\n"),
			im->periods[i].code, im->periods[i].added, im->periods[i].replaced,
			im->periods[i].unchanged);
}

/* A sheet without a kommentar or budsjett column left the stored ones alone: say so,
 * as an empty cell in such a column would have cleared them. */
static void print_kept(const struct vk_ctx *ctx, const struct vk_inputs *in,
		       const struct vk_import *im)
{
	if (im->reports_replaced + im->reports_unchanged == 0)
		return; /* no stored report was there to keep anything of */
	for (size_t i = 0; i < in->status_n; i++) {
		const struct vk_status_file *f = in->status[i];
		if (!f->no_comment && !f->no_budget)
			continue;
		fprintf(ctx->out, "%s: ", f->file);
		fprintf(ctx->out,
			f->no_comment && f->no_budget
			    ? VK_TR(ctx->lang,
				    "ingen kolonne kommentar eller budsjett: lagrede "
				    "kommentarer og budsjett beholdt\n",
				    "no kommentar or budsjett column: stored comments and "
				    "budgets kept\n")
			: f->no_comment
			    ? VK_TR(ctx->lang,
				    "ingen kolonne kommentar: lagrede kommentarer beholdt\n",
				    "no kommentar column: stored comments kept\n")
			    : VK_TR(ctx->lang, "ingen kolonne budsjett: lagrede budsjett beholdt\n",
				    "no budsjett column: stored budgets kept\n"));
	}
}

static enum vk_code exec_import(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	struct vk_inputs in = {0};
	struct vk_import im = {0};
	size_t programmes = 0, projects = 0, reports = 0, files = 0;
	struct vk_db *db = NULL;
	enum vk_code rc = VK_OK;

	for (int i = 1; i < argc && !rc; i++) {
		char *data;
		size_t size;

		if (strcmp(argv[i], "--replace") == 0) {
			im.replace = true;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			rc =
			    vk_error_set(err, VK_EUSAGE, "unknown option '%s' for import", argv[i]);
		} else if (!(rc = vk_input_read(argv[i], &data, &size, err))) {
			rc = vk_util_read_input(argv[i], data, size, &in, err);
			files++; /* a portfolio file may bring reports, scores and costs too */
			free(data);
		}
	}
	if (!rc && in.models_n + in.status_n + in.scores_n + in.costs_n == 0)
		rc = vk_error_set(err, VK_EUSAGE,
				  "import needs at least one FILE (see 'veikart import --help')");
	if (!rc && im.replace && in.models_n == 0)
		rc = vk_error_set(err, VK_EUSAGE,
				  "--replace needs a portfolio file to replace with");
	for (size_t i = 0; i < in.models_n; i++)
		for (size_t k = 0; k < in.models[i]->items_n; k++)
			in.models[i]->items[k].kind == VK_PROGRAMME ? programmes++ : projects++;
	for (size_t i = 0; i < in.status_n; i++)
		reports += in.status[i]->reports_n;
	vk_util_inputs_import(&in, &im);
	if (!rc && !(rc = vk_util_open(ctx, false, &db, err)))
		rc = vk_db_import(db, &im, err);
	if (!rc) {
		fprintf(ctx->out,
			VK_TR(ctx->lang, "importerte %zu fil(er) til %s",
			      "imported %zu file(s) into %s"),
			files, ctx->db_path);
		if (in.models_n)
			fprintf(ctx->out,
				VK_TR(ctx->lang, ": %zu programmer, %zu prosjekter",
				      ": %zu programmes, %zu projects"),
				programmes, projects);
		if (in.status_n)
			fprintf(
			    ctx->out,
			    VK_TR(ctx->lang,
				  "%s%zu statusrapporter (%zu nye, %zu erstattet, %zu uendret)",
				  "%s%zu status reports (%zu new, %zu replaced, %zu unchanged)"),
			    in.models_n ? ", " : ": ", reports, im.reports_added,
			    im.reports_replaced, im.reports_unchanged);
		if (in.scores_n)
			fprintf(ctx->out,
				VK_TR(ctx->lang, "%s%zu tiltak med score", "%s%zu scored measures"),
				in.models_n + in.status_n ? ", " : ": ", im.measures_saved);
		if (in.costs_n)
			fprintf(
			    ctx->out, VK_TR(ctx->lang, "%s%zu kostnadstall", "%s%zu cost figures"),
			    in.models_n + in.status_n + in.scores_n ? ", " : ": ", im.costs_saved);
		fputc('\n', ctx->out);
		print_changes(ctx, &im, in.models_n > 0);
		print_kept(ctx, &in, &im);
	}
	vk_db_import_clear(&im);
	vk_db_close(db);
	vk_util_inputs_clear(&in);
	return rc;
}

const struct vk_cmd_entry vk_cmd_import_entry = {
    .name = "import",
    .usage = "[--replace] FILE...",
    .summary = "import portfolio files (YAML), status and score sheets (CSV); all or nothing",
    .help = "Reads every FILE, checks all of it, and writes it to the store in one\n"
	    "transaction; on any error nothing is written and the error names the file and\n"
	    "line. A portfolio file (docs/portfolio-format.md) replaces the programmes and\n"
	    "projects it names (with their projects); the rest stays. A status sheet (a CSV\n"
	    "file, recognised by its header: periode;kode;status;kommentar;budsjett; see\n"
	    "docs/status-format.md) adds status reports; a report for a code and period that\n"
	    "are stored already replaces the stored one. A score sheet (tiltak;M1;...;I,\n"
	    "see docs/scoring.md) adds or replaces the scores of the measures it names. A\n"
	    "cost sheet (løsning;år;type;mnok) adds or replaces cost figures.\n"
	    "\n"
	    "options:\n"
	    "  --replace   the file is the whole plan: every programme and project it does\n"
	    "              not name is archived (regions, areas and phases stay)\n"
	    "\n"
	    "Programmes and projects that leave the plan are archived, never deleted: their\n"
	    "reports and scores stay (see 'veikart list --archived', 'veikart remove').\n"
	    "The import ends with what it changed: programmes and projects added, updated\n"
	    "(their stored plan changed), unchanged, archived and restored, and status\n"
	    "reports added, replaced and unchanged per period.\n",
    .exec_argv = exec_import,
};

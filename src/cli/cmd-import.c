/* veikart import: read portfolio files and sheets (each as input.c's table says what it
 * is) and write them to the store, all or nothing; then say what changed. */
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

static enum vk_code exec_import(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

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
	    "cost sheet (løsning;år;type;mnok) adds or replaces cost figures.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--replace",
	     .help = "the file is the whole plan: every programme and project it\n"
		     "does not name is archived (regions, areas and phases stay)"},
	    {0},
	},
    .notes = "Programmes and projects that leave the plan are archived, never deleted: their\n"
	     "reports and scores stay (see 'veikart list --archived', 'veikart remove').\n"
	     "The import ends with what it changed: programmes and projects added, updated\n"
	     "(their stored plan changed), unchanged, archived and restored, and status\n"
	     "reports added, replaced and unchanged per period.\n",
    .args_min = 1,
    .args_max = -1,
    .args_few = "import needs at least one FILE (see 'veikart import --help')",
    .exec = exec_import,
};

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
		if (im->items_shelved_n) { /* a file's `archived:` items that came in archived */
			fprintf(out,
				VK_TR(ctx->lang, ", %zu arkivert fra fila",
				      ", %zu archived from the file"),
				im->items_shelved_n);
			print_codes(out, im->items_shelved, im->items_shelved_n);
		}
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
	} else if (im->scoring_unchanged) {
		fprintf(out,
			VK_TR(ctx->lang, "poengmodellen uendret\n", "scoring model unchanged\n"));
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
static void print_kept(const struct vk_ctx *ctx, const struct vk_input_list *in,
		       const struct vk_import *im)
{
	if (im->reports_replaced + im->reports_unchanged == 0)
		return; /* no stored report was there to keep anything of */
	for (size_t i = 0; i < in->items_n; i++) {
		const struct vk_status_file *f = in->items[i].data;
		if (in->items[i].kind != VK_INPUT_STATUS || (!f->no_comment && !f->no_budget))
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

/* What the files hold, counted before the import moves the models' items out. */
struct counts {
	size_t programmes, projects, reports;
};

static struct counts count_inputs(const struct vk_input_list *in)
{
	struct counts c = {0};

	for (size_t i = 0; i < in->items_n; i++) {
		const struct vk_input *it = &in->items[i];
		if (it->kind == VK_INPUT_PORTFOLIO) {
			const struct vk_portfolio *m = it->data;
			for (size_t k = 0; k < m->items_n; k++)
				m->items[k].kind == VK_PROGRAMME ? c.programmes++ : c.projects++;
		} else if (it->kind == VK_INPUT_STATUS) {
			c.reports += ((const struct vk_status_file *)it->data)->reports_n;
		}
	}
	return c;
}

/* The summary's part for the inputs of `kind`: what the files held and the import did. */
static void print_part(const struct vk_ctx *ctx, const struct counts *c, const struct vk_import *im,
		       enum vk_input_kind kind)
{
	const char *noun = vk_input_type(kind)->noun[ctx->lang == VK_LANG_EN];
	size_t programmes = c->programmes, projects = c->projects, reports = c->reports;

	switch (kind) {
	case VK_INPUT_PORTFOLIO:
		fprintf(ctx->out,
			VK_TR(ctx->lang, "%zu programmer, %zu prosjekter",
			      "%zu programmes, %zu projects"),
			programmes, projects);
		break;
	case VK_INPUT_STATUS:
		fprintf(ctx->out,
			VK_TR(ctx->lang, "%zu %s (%zu nye, %zu erstattet, %zu uendret)",
			      "%zu %s (%zu new, %zu replaced, %zu unchanged)"),
			reports, noun, im->reports_added, im->reports_replaced,
			im->reports_unchanged);
		break;
	case VK_INPUT_SCORES:
		fprintf(ctx->out, "%zu %s", im->measures_saved, noun);
		break;
	case VK_INPUT_COSTS:
		fprintf(ctx->out, "%zu %s", im->costs_saved, noun);
		break;
	case VK_INPUT_KINDS:
		break;
	}
}

static enum vk_code exec_import(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	/* the summary's order */
	static const enum vk_input_kind parts[] = {VK_INPUT_PORTFOLIO, VK_INPUT_STATUS,
						   VK_INPUT_SCORES, VK_INPUT_COSTS};
	struct vk_input_list in = {0};
	struct vk_import im = {.inputs = &in, .replace = vk_cmd_has(args, "--replace")};
	struct vk_db *db = NULL;
	size_t files = 0, shown = 0;
	struct counts counts;
	enum vk_code rc = VK_OK;

	for (int i = 0; i < args->pos_n && !rc; i++) {
		const char *name = args->pos[i];
		size_t from = in.items_n, size;
		char *data;

		if (!(rc = vk_input_read(name, &data, &size, err))) {
			if (!(rc = vk_input_parse(name, data, size, &in, err))) {
				vk_util_input_notes(&in, from);
				files++;
			}
			free(data);
		}
	}
	if (!rc && im.replace && vk_input_list_count(&in, VK_INPUT_PORTFOLIO) == 0)
		rc = vk_error_set(err, VK_EUSAGE,
				  "--replace needs a portfolio file to replace with");
	counts = count_inputs(&in);
	if (!rc && !(rc = vk_util_open(ctx, false, &db, err)))
		rc = vk_db_import(db, &im, err);
	if (!rc) {
		fprintf(ctx->out,
			VK_TR(ctx->lang, "importerte %zu fil(er) til %s",
			      "imported %zu file(s) into %s"),
			files, ctx->db_path);
		for (size_t p = 0; p < sizeof(parts) / sizeof(parts[0]); p++) {
			if (!vk_input_list_count(&in, parts[p]))
				continue;
			fputs(shown++ ? ", " : ": ", ctx->out);
			print_part(ctx, &counts, &im, parts[p]);
		}
		fputc('\n', ctx->out);
		print_changes(ctx, &im, vk_input_list_count(&in, VK_INPUT_PORTFOLIO) > 0);
		print_kept(ctx, &in, &im);
	}
	vk_db_import_clear(&im);
	vk_db_close(db);
	vk_input_list_clear(&in);
	return rc;
}

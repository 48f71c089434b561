/* veikart show: one programme or project in full. */
#include <string.h>

#include "date.h"
#include "json.h"
#include "util.h"

static enum vk_code exec_show(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err);

const struct vk_cmd_entry vk_cmd_show_entry = {
    .name = "show",
    .usage = "CODE [--format text|json]",
    .summary = "show one programme or project in full",
    .help = "Prints the phases, milestones (a reached one marked ✓), dependencies, rollout\n"
	    "by area, budget (as stored), status reports and projects of the programme or\n"
	    "project CODE. An archived one is shown too, marked (arkivert), with its reports.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--format", .arg = "text|json", .help = "json gives one object, for scripts"},
	    {0}},
    .args_min = 1,
    .args_max = 1,
    .args_few = "show needs a programme or project CODE",
    .args_many = "show takes one CODE",
    .exec = exec_show,
};

static const char *phase_name(const struct vk_portfolio *pf, const char *code)
{
	const struct vk_phase_kind *ph = vk_model_phase(pf, code);
	return ph ? ph->name : code;
}

/* The reports of `code`, in period order. */
static void print_history(const struct vk_ctx *ctx, const struct vk_status_set *set,
			  const char *code)
{
	FILE *out = ctx->out;
	bool header = false;
	char money[64];

	for (size_t p = 0; p < set->periods_n; p++)
		for (size_t i = 0; i < set->reports_n; i++) {
			const struct vk_report *r = &set->reports[i];
			if (strcmp(r->code, code) != 0 ||
			    strcmp(r->period.code, set->periods[p].code) != 0)
				continue;
			if (!header)
				fprintf(out, "%s\n",
					VK_TR(ctx->lang, "Statusrapporter", "Status reports"));
			header = true;
			fputs("  ", out);
			vk_text_cell(out, r->period.code, 10);
			vk_text_cell(out, vk_colour_name(r->colour, ctx->lang), 6);
			if (r->budget >= 0)
				fprintf(out, VK_TR(ctx->lang, "%s MNOK  ", "%s MNOK  "),
					vk_text_mnok(ctx->lang, r->budget, money, sizeof(money)));
			if (r->comment)
				vk_text_line(out, r->comment);
			fputc('\n', out);
		}
}

/* `archived`: `it` is one of pf->archived (its projects are there too) */
static void print_item(const struct vk_ctx *ctx, const struct vk_portfolio *pf,
		       const struct vk_status_set *set, const struct vk_item *it, bool archived)
{
	FILE *out = ctx->out;
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];
	const struct vk_item *kin = archived ? pf->archived : pf->items;
	size_t kin_n = archived ? pf->archived_n : pf->items_n;
	bool header;

	vk_text_line(out, it->code);
	fputs("  ", out);
	vk_text_line(out, it->name);
	if (archived)
		fputs(VK_TR(ctx->lang, "  (arkivert)", "  (archived)"), out);
	fputc('\n', out);
	if (archived) {
		fprintf(out, "  %-12s %s", VK_TR(ctx->lang, "arkivert", "archived"),
			VK_TR(ctx->lang, "tatt ut av planen; rapportene er tatt vare på",
			      "left the plan; its reports are kept"));
		if (!it->phases_n && it->archived_start != VK_DATE_NONE &&
		    it->archived_end != VK_DATE_NONE)
			fprintf(out, VK_TR(ctx->lang, " (faser %s – %s)", " (phases %s – %s)"),
				vk_date_format(it->archived_start, a),
				vk_date_format(it->archived_end, b));
		fputc('\n', out);
	}
	fprintf(out, "  %-12s %s\n", VK_TR(ctx->lang, "type", "kind"),
		it->kind == VK_PROGRAMME ? VK_TR(ctx->lang, "program", "programme")
					 : VK_TR(ctx->lang, "prosjekt", "project"));
	if (it->parent) {
		fprintf(out, "  %-12s ", VK_TR(ctx->lang, "program", "programme"));
		vk_text_line(out, it->parent);
		fputc('\n', out);
	}
	if (it->owner) {
		fprintf(out, "  %-12s ", VK_TR(ctx->lang, "eier", "owner"));
		vk_text_line(out, it->owner);
		fputc('\n', out);
	}
	if (it->priority)
		fprintf(out, "  %-12s %d\n", VK_TR(ctx->lang, "prioritet", "priority"),
			it->priority);
	if (it->description) {
		fputs("  ", out);
		vk_text_print(out, it->description);
		fputc('\n', out);
	}
	if (it->phases_n)
		fprintf(out, "%s\n", VK_TR(ctx->lang, "Faser", "Phases"));
	for (size_t i = 0; i < it->phases_n; i++) {
		fprintf(out, "  %s – %s  ", vk_date_format(it->phases[i].start, a),
			vk_date_format(it->phases[i].end, b));
		vk_text_line(out, phase_name(pf, it->phases[i].phase));
		fputc('\n', out);
	}
	if (it->milestones_n)
		fprintf(out, "%s\n", VK_TR(ctx->lang, "Milepæler", "Milestones"));
	for (size_t i = 0; i < it->milestones_n; i++) {
		fprintf(out, "  %s  ", vk_date_format(it->milestones[i].date, a));
		vk_text_cell(out, vk_util_milestone_kind(ctx, it->milestones[i].kind), 10);
		vk_text_line(out, it->milestones[i].name);
		if (it->milestones[i].done)
			fputs(VK_TR(ctx->lang, "  ✓ nådd", "  ✓ reached"), out);
		fputc('\n', out);
	}
	if (it->deps_n) {
		fprintf(out, "%s ", VK_TR(ctx->lang, "Avhenger av", "Depends on"));
		for (size_t i = 0; i < it->deps_n; i++) {
			fputs(i ? ", " : "", out);
			vk_text_line(out, it->deps[i].code);
		}
		fputc('\n', out);
	}
	if (it->rollouts_n)
		fprintf(out, "%s\n", VK_TR(ctx->lang, "Utrulling", "Rollout"));
	for (size_t i = 0; i < it->rollouts_n; i++) {
		const struct vk_area *ar = vk_model_area(pf, it->rollouts[i].area);
		fprintf(out, "  ");
		vk_text_cell(out, ar ? ar->name : it->rollouts[i].area, 32);
		fprintf(out, "%s – %s  ", vk_date_format(it->rollouts[i].span.start, a),
			vk_date_format(it->rollouts[i].span.end, b));
		vk_text_line(out, phase_name(pf, it->rollouts[i].span.phase));
		fputc('\n', out);
	}
	if (it->budgets_n)
		fprintf(out, "%s\n", VK_TR(ctx->lang, "Budsjett (MNOK)", "Budget (MNOK)"));
	for (size_t i = 0; i < it->budgets_n; i++) {
		char money[64];
		fprintf(out, "  %d  %s\n", it->budgets[i].year,
			vk_text_mnok(ctx->lang, it->budgets[i].mnok, money, sizeof(money)));
	}
	print_history(ctx, set, it->code);
	header = false;
	for (size_t i = 0; i < kin_n; i++) {
		if (!kin[i].parent || strcmp(kin[i].parent, it->code) != 0)
			continue;
		if (!header)
			fprintf(out, "%s\n", VK_TR(ctx->lang, "Prosjekter", "Projects"));
		header = true;
		fprintf(out, "  ");
		vk_text_cell(out, kin[i].code, 18);
		vk_text_line(out, kin[i].name);
		fputc('\n', out);
	}
}

static enum vk_code exec_show(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_portfolio *pf = NULL;
	struct vk_status_set set = {0};
	struct vk_db *db = NULL;
	const struct vk_item *it;
	bool archived = false;
	const char *code = args->pos[0], *v = vk_cmd_value(args, "--format");
	enum vk_code rc;

	if (v && vk_util_parse_format(v, &format, err))
		return VK_EUSAGE;
	if ((rc = vk_util_read(ctx, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (rc = vk_db_load_item_status(db, code, &set, err)))
		goto out;
	/* an archived item is shown too, marked: it left the plan, its history did not */
	if (!(it = vk_model_item(pf, code)) && (it = vk_model_archived(pf, code)))
		archived = true;
	if (!it)
		rc = vk_error_set(
		    err, VK_ENOTFOUND,
		    "no programme or project '%s' (see 'veikart list programmes' and 'veikart "
		    "list --archived')",
		    code);
	else if (format == VK_FORMAT_JSON)
		rc = vk_json_write_item(ctx->out, pf, &set, it, err);
	else
		print_item(ctx, pf, &set, it, archived);
out:
	vk_status_set_clear(&set);
	vk_model_free(pf);
	vk_db_close(db);
	return rc;
}

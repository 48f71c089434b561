/* veikart show: one programme or project in full. */
#include <string.h>

#include "date.h"
#include "json.h"
#include "util.h"

static const char *phase_name(const struct vk_portfolio *pf, const char *code)
{
	const struct vk_phase_kind *ph = vk_model_phase(pf, code);
	return ph ? ph->name : code;
}

static void print_item(const struct vk_ctx *ctx, const struct vk_portfolio *pf,
		       const struct vk_item *it)
{
	FILE *out = ctx->out;
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];
	bool header;

	vk_util_text_line(out, it->code);
	fputs("  ", out);
	vk_util_text_line(out, it->name);
	fputc('\n', out);
	fprintf(out, "  %-12s %s\n", VK_TR(ctx, "type", "kind"),
		it->kind == VK_PROGRAMME ? VK_TR(ctx, "program", "programme")
					 : VK_TR(ctx, "prosjekt", "project"));
	if (it->parent) {
		fprintf(out, "  %-12s ", VK_TR(ctx, "program", "programme"));
		vk_util_text_line(out, it->parent);
		fputc('\n', out);
	}
	if (it->owner) {
		fprintf(out, "  %-12s ", VK_TR(ctx, "eier", "owner"));
		vk_util_text_line(out, it->owner);
		fputc('\n', out);
	}
	if (it->priority)
		fprintf(out, "  %-12s %d\n", VK_TR(ctx, "prioritet", "priority"), it->priority);
	if (it->description) {
		fputs("  ", out);
		vk_util_text(out, it->description);
		fputc('\n', out);
	}
	if (it->phases_n)
		fprintf(out, "%s\n", VK_TR(ctx, "Faser", "Phases"));
	for (size_t i = 0; i < it->phases_n; i++) {
		fprintf(out, "  %s – %s  ", vk_date_format(it->phases[i].start, a),
			vk_date_format(it->phases[i].end, b));
		vk_util_text_line(out, phase_name(pf, it->phases[i].phase));
		fputc('\n', out);
	}
	if (it->milestones_n)
		fprintf(out, "%s\n", VK_TR(ctx, "Milepæler", "Milestones"));
	for (size_t i = 0; i < it->milestones_n; i++) {
		fprintf(out, "  %s  ", vk_date_format(it->milestones[i].date, a));
		vk_util_cell(out, vk_util_milestone_kind(ctx, it->milestones[i].kind), 10);
		vk_util_text_line(out, it->milestones[i].name);
		if (it->milestones[i].done)
			fputs(VK_TR(ctx, "  ✓ nådd", "  ✓ reached"), out);
		fputc('\n', out);
	}
	if (it->deps_n) {
		fprintf(out, "%s ", VK_TR(ctx, "Avhenger av", "Depends on"));
		for (size_t i = 0; i < it->deps_n; i++) {
			fputs(i ? ", " : "", out);
			vk_util_text_line(out, it->deps[i].code);
		}
		fputc('\n', out);
	}
	if (it->rollouts_n)
		fprintf(out, "%s\n", VK_TR(ctx, "Utrulling", "Rollout"));
	for (size_t i = 0; i < it->rollouts_n; i++) {
		const struct vk_area *ar = vk_model_area(pf, it->rollouts[i].area);
		fprintf(out, "  ");
		vk_util_cell(out, ar ? ar->name : it->rollouts[i].area, 32);
		fprintf(out, "%s – %s  ", vk_date_format(it->rollouts[i].span.start, a),
			vk_date_format(it->rollouts[i].span.end, b));
		vk_util_text_line(out, phase_name(pf, it->rollouts[i].span.phase));
		fputc('\n', out);
	}
	if (it->budgets_n)
		fprintf(out, "%s\n", VK_TR(ctx, "Budsjett (MNOK)", "Budget (MNOK)"));
	for (size_t i = 0; i < it->budgets_n; i++) {
		char money[64];
		fprintf(out, "  %d  %s\n", it->budgets[i].year,
			vk_util_mnok(ctx, it->budgets[i].mnok, money, sizeof(money)));
	}
	header = false;
	for (size_t i = 0; i < pf->items_n; i++) {
		if (!pf->items[i].parent || strcmp(pf->items[i].parent, it->code) != 0)
			continue;
		if (!header)
			fprintf(out, "%s\n", VK_TR(ctx, "Prosjekter", "Projects"));
		header = true;
		fprintf(out, "  ");
		vk_util_cell(out, pf->items[i].code, 18);
		vk_util_text_line(out, pf->items[i].name);
		fputc('\n', out);
	}
}

static enum vk_code exec_show(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_portfolio *pf = NULL;
	const struct vk_item *it;
	const char *code = NULL, *v;
	enum vk_code rc;

	for (int i = 1; i < argc; i++) {
		if (vk_util_option(argc, argv, &i, "--format", &v, err)) {
			if (!v || vk_util_parse_format(v, &format, err))
				return VK_EUSAGE;
		} else if (argv[i][0] == '-') {
			return vk_error_set(err, VK_EUSAGE, "unknown option '%s' for show",
					    argv[i]);
		} else if (code) {
			return vk_error_set(err, VK_EUSAGE, "show takes one CODE, got '%s' too",
					    argv[i]);
		} else {
			code = argv[i];
		}
	}
	if (!code)
		return vk_error_set(err, VK_EUSAGE, "show needs a programme or project CODE");
	if ((rc = vk_util_load(ctx, &pf, err)))
		return rc;
	if (!(it = vk_model_item(pf, code)) && vk_model_archived(pf, code))
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "'%s' is archived: it left the plan, its reports are kept (see "
				  "'veikart list --archived')",
				  code);
	else if (!it)
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  code);
	else if (format == VK_FORMAT_JSON)
		rc = vk_json_write_item(ctx->out, pf, it, err);
	else
		print_item(ctx, pf, it);
	vk_model_free(pf);
	return rc;
}

const struct vk_cmd_entry vk_cmd_show_entry = {
    .name = "show",
    .usage = "CODE [--format text|json]",
    .summary = "show one programme or project in full",
    .help = "Prints the phases, milestones, dependencies, rollout by area, budget and\n"
	    "projects of the programme or project CODE.\n"
	    "\n"
	    "options:\n"
	    "  --format text|json   json gives one object, for scripts\n",
    .exec = exec_show,
};

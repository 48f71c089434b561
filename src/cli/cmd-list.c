/* veikart list: programmes, projects, areas, milestones or phases as a table or JSON. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "json.h"
#include "util.h"

static enum vk_code exec_list(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err);

const struct vk_cmd_entry vk_cmd_list_entry = {
    .name = "list",
    .usage = "programmes|projects|areas|milestones|phases [--archived] [--format text|json]",
    .summary = "list programmes, projects, areas, milestones or phase kinds",
    .help = "Programmes and projects are listed in the order of the portfolio file, with\n"
	    "priority, owner (or programme) and the span of their phases; areas by region;\n"
	    "milestones by date, a reached one (done: true) marked ✓.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--archived",
	     .help = "programmes and projects that left the plan (their reports\n"
		     "are kept), with the span of their phases; without\n"
		     "WHAT both, in text and json"},
	    {.name = "--format",
	     .arg = "text|json",
	     .help = "json gives one array of objects, for scripts"},
	    {0},
	},
    .args_max = 1,
    .args_many = "list takes one WHAT",
    .exec = exec_list,
};

static const char *const list_names[] = {
    [VK_JSON_PROGRAMMES] = "programmes", [VK_JSON_PROJECTS] = "projects", [VK_JSON_AREAS] = "areas",
    [VK_JSON_MILESTONES] = "milestones", [VK_JSON_PHASES] = "phases",
};

/* `list --archived` without WHAT: programmes and projects */
enum { LIST_BOTH = VK_JSON_ITEMS };

/* `archived`: pf->items are the archived items (swap_archived) */
static void list_items(const struct vk_ctx *ctx, const struct vk_portfolio *pf,
		       enum vk_item_kind kind, bool archived)
{
	FILE *out = ctx->out;
	size_t n = 0;
	char span[64];
	/* codes are never cut (two long codes would read the same): their columns are as
	 * wide as the longest one (codes are ASCII, at most 32) */
	int code_w = 16, parent_w = 24;

	for (size_t i = 0; i < pf->items_n; i++)
		if (pf->items[i].kind == kind) {
			int w = (int)strlen(pf->items[i].code);
			code_w = w > code_w ? w : code_w;
			if (kind == VK_PROJECT && pf->items[i].parent &&
			    (w = (int)strlen(pf->items[i].parent)) > parent_w)
				parent_w = w;
		}
	fprintf(out, "%-5s", "PRI");
	vk_text_cell(out, VK_TR(ctx->lang, "KODE", "CODE"), code_w);
	vk_text_cell(out, VK_TR(ctx->lang, "NAVN", "NAME"), 42);
	vk_text_cell(out,
		     kind == VK_PROGRAMME ? VK_TR(ctx->lang, "EIER", "OWNER")
					  : VK_TR(ctx->lang, "PROGRAM", "PROGRAMME"),
		     parent_w);
	fprintf(out, "%s\n", VK_TR(ctx->lang, "PERIODE", "SPAN"));
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		if (it->kind != kind)
			continue;
		n++;
		if (it->priority)
			fprintf(out, "%-4d ", it->priority);
		else
			fputs("-    ", out);
		vk_text_cell(out, it->code, code_w);
		vk_text_cell(out, it->name, 42);
		vk_text_cell(out,
			     kind == VK_PROGRAMME ? (it->owner ? it->owner : "-")
						  : (it->parent ? it->parent : "-"),
			     parent_w);
		vk_util_span_text(it, span, sizeof(span));
		/* the store keeps an archived item's span even when its plan is not loaded */
		if (archived && !it->phases_n && it->archived_start != VK_DATE_NONE &&
		    it->archived_end != VK_DATE_NONE) {
			char from[VK_DATE_TEXT_MAX], to[VK_DATE_TEXT_MAX];
			snprintf(span, sizeof(span), "%s – %s",
				 vk_date_format(it->archived_start, from),
				 vk_date_format(it->archived_end, to));
		}
		fprintf(out, "%s\n", span);
	}
	fprintf(out,
		kind == VK_PROGRAMME ? VK_TR(ctx->lang, "%zu programmer\n", "%zu programmes\n")
				     : VK_TR(ctx->lang, "%zu prosjekter\n", "%zu projects\n"),
		n);
	/* the ones that left the plan are not hidden: they are named by count */
	n = 0;
	for (size_t i = 0; i < pf->archived_n && !archived; i++)
		n += pf->archived[i].kind == kind;
	if (n)
		fprintf(out,
			VK_TR(ctx->lang, "og %zu arkivert (se 'veikart list %s --archived')\n",
			      "and %zu archived (see 'veikart list %s --archived')\n"),
			n, kind == VK_PROGRAMME ? "programmes" : "projects");
}

/* Swaps the live and the archived items, so the listings show the archived ones. */
static void swap_archived(struct vk_portfolio *pf)
{
	struct vk_item *items = pf->items;
	size_t n = pf->items_n, cap = pf->items_cap;

	pf->items = pf->archived;
	pf->items_n = pf->archived_n;
	pf->items_cap = pf->archived_cap;
	pf->archived = items;
	pf->archived_n = n;
	pf->archived_cap = cap;
	vk_model_changed(pf);
}

static void list_areas(const struct vk_ctx *ctx, const struct vk_portfolio *pf)
{
	for (size_t r = 0; r < pf->regions_n; r++) {
		vk_text_line(ctx->out, pf->regions[r].name);
		fputs(" (", ctx->out);
		vk_text_line(ctx->out, pf->regions[r].code);
		fputs(")\n", ctx->out);
		for (size_t a = 0; a < pf->areas_n; a++) {
			if (strcmp(pf->areas[a].region, pf->regions[r].code) != 0)
				continue;
			fputs("  ", ctx->out);
			vk_text_cell(ctx->out, pf->areas[a].code, 16);
			vk_text_line(ctx->out, pf->areas[a].name);
			fputc('\n', ctx->out);
		}
	}
	fprintf(ctx->out,
		VK_TR(ctx->lang, "%zu områder i %zu regioner\n", "%zu areas in %zu regions\n"),
		pf->areas_n, pf->regions_n);
}

static void list_milestones(const struct vk_ctx *ctx, const struct vk_portfolio *pf)
{
	size_t n;
	struct vk_milestone_ref *refs = vk_model_milestones(pf, &n);
	char date[VK_DATE_TEXT_MAX];

	for (size_t i = 0; i < n; i++) {
		const struct vk_milestone *m = refs[i].milestone;
		fprintf(ctx->out, "%s  ", vk_date_format(m->date, date));
		vk_text_cell(ctx->out, vk_util_milestone_kind(ctx, m->kind), 10);
		vk_text_cell(ctx->out, refs[i].item->code, 18);
		vk_text_line(ctx->out, m->name);
		if (m->done)
			fputs(VK_TR(ctx->lang, "  ✓ nådd", "  ✓ reached"), ctx->out);
		fputc('\n', ctx->out);
	}
	fprintf(ctx->out, VK_TR(ctx->lang, "%zu milepæler\n", "%zu milestones\n"), n);
	free(refs);
}

static void list_phases(const struct vk_ctx *ctx, const struct vk_portfolio *pf)
{
	for (size_t i = 0; i < pf->phases_n; i++) {
		fprintf(ctx->out, "%zu  ", i + 1);
		vk_text_cell(ctx->out, pf->phases[i].code, 16);
		vk_text_cell(ctx->out, pf->phases[i].name, 28);
		vk_text_line(ctx->out, pf->phases[i].colour);
		fputc('\n', ctx->out);
	}
}

static enum vk_code exec_list(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_portfolio *pf = NULL;
	const char *what = args->pos_n ? args->pos[0] : NULL;
	const char *v = vk_cmd_value(args, "--format");
	int kind = -1;
	bool archived = vk_cmd_has(args, "--archived");
	enum vk_code rc = VK_OK;

	if (v && vk_util_parse_format(v, &format, err))
		return VK_EUSAGE;
	for (size_t k = 0; what && k < sizeof(list_names) / sizeof(list_names[0]); k++)
		if (strcmp(what, list_names[k]) == 0)
			kind = (int)k;
	if (archived && !what)
		kind = LIST_BOTH; /* both programmes and projects */
	if (kind < 0)
		return vk_error_set(
		    err, VK_EUSAGE,
		    "list what? expected programmes, projects, areas, milestones or phases");
	if (archived && kind != VK_JSON_PROGRAMMES && kind != VK_JSON_PROJECTS && kind != LIST_BOTH)
		return vk_error_set(err, VK_EUSAGE,
				    "--archived lists programmes or projects, not %s", what);
	if ((rc = vk_util_load(ctx, &pf, err)))
		return rc;
	if (format == VK_FORMAT_JSON) {
		rc = vk_json_write_list(ctx->out, pf,
					kind == LIST_BOTH ? VK_JSON_ITEMS : (enum vk_json_list)kind,
					archived, err);
		vk_model_free(pf);
		return rc;
	}
	if (archived)
		swap_archived(pf);
	if (kind == LIST_BOTH) {
		list_items(ctx, pf, VK_PROGRAMME, true);
		list_items(ctx, pf, VK_PROJECT, true);
	} else if (kind == VK_JSON_PROGRAMMES || kind == VK_JSON_PROJECTS)
		list_items(ctx, pf, kind == VK_JSON_PROGRAMMES ? VK_PROGRAMME : VK_PROJECT,
			   archived);
	else if (kind == VK_JSON_AREAS)
		list_areas(ctx, pf);
	else if (kind == VK_JSON_MILESTONES)
		list_milestones(ctx, pf);
	else
		list_phases(ctx, pf);
	vk_model_free(pf);
	return rc;
}

/* Writes the whole store as one portfolio file (docs/portfolio-format.md) that `veikart
 * import` takes back: every text double-quoted with escapes, so any text reads back as
 * it was; numbers in the fewest digits that read back exactly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "export.h"
#include "utf8.h"

/* Writes `s` as a YAML double-quoted scalar: '"', '\', control characters and the
 * characters some YAML readers take as line breaks (U+0085, U+2028, U+2029) or drop
 * (U+FEFF) escaped; everything else, æøå included, as it is. */
static void quoted(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(out, "\\x%02x", *p);
		else if (p[0] == 0xc2 && p[1] == 0x85)
			fputs("\\N", out), p++;
		else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9))
			fputs(p[2] == 0xa8 ? "\\L" : "\\P", out), p += 2;
		else if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
			fputs("\\uFEFF", out), p += 2;
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* A code: plain when it is letters, digits, '-' and '_' starting with a letter and no
 * YAML keyword (null, true, no, ...), else quoted. */
static void code(FILE *out, const char *s)
{
	static const char *const words[] = {"null", "true", "false", "yes", "no",
					    "on",   "off",  "y",     "n",   NULL};
	bool plain = (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z');

	for (const char *p = s; *p && plain; p++)
		plain = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
			(*p >= '0' && *p <= '9') || *p == '-' || *p == '_';
	for (size_t i = 0; words[i] && plain; i++)
		plain = strcasecmp(s, words[i]) != 0;
	if (plain)
		fputs(s, out);
	else
		quoted(out, s);
}

static void number(FILE *out, double v)
{
	char buf[40];

	fputs(vk_export_number(v, '.', buf), out);
}

static void date(FILE *out, int d)
{
	char buf[VK_DATE_TEXT_MAX];

	fputs(vk_date_format(d, buf), out);
}

static void spans(FILE *out, const struct vk_span *sp, size_t n, int indent)
{
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%*s- {phase: ", indent, "");
		code(out, sp[i].phase);
		fputs(", start: ", out);
		date(out, sp[i].start);
		fputs(", end: ", out);
		date(out, sp[i].end);
		fputs("}\n", out);
	}
}

/* A live item with its projects (those of `all` under it, nested), or with `archived`
 * one entry of the flat `archived:` list: its kind and its programme said by keys. */
static void item(FILE *out, const struct vk_portfolio *pf, const struct vk_item *it,
		 const struct vk_item *all, size_t all_n, int indent, bool archived)
{
	int in = indent + 2;

	fprintf(out, "%*s- code: ", indent, "");
	code(out, it->code);
	if (archived) {
		fprintf(out, "\n%*skind: %s", in, "",
			it->kind == VK_PROGRAMME ? "programme" : "project");
		if (it->parent) {
			fprintf(out, "\n%*sprogramme: ", in, "");
			code(out, it->parent);
		}
	}
	fprintf(out, "\n%*sname: ", in, "");
	quoted(out, it->name);
	fputc('\n', out);
	if (it->owner) {
		fprintf(out, "%*sowner: ", in, "");
		quoted(out, it->owner);
		fputc('\n', out);
	}
	if (it->priority > 0)
		fprintf(out, "%*spriority: %d\n", in, "", it->priority);
	if (it->description) {
		fprintf(out, "%*sdescription: ", in, "");
		quoted(out, it->description);
		fputc('\n', out);
	}
	if (it->phases_n) {
		fprintf(out, "%*sphases:\n", in, "");
		spans(out, it->phases, it->phases_n, in + 2);
	}
	if (it->milestones_n)
		fprintf(out, "%*smilestones:\n", in, "");
	for (size_t i = 0; i < it->milestones_n; i++) {
		const struct vk_milestone *ms = &it->milestones[i];
		fprintf(out, "%*s- {date: ", in + 2, "");
		date(out, ms->date);
		fputs(", name: ", out);
		quoted(out, ms->name);
		fprintf(out, ", kind: %s%s}\n", vk_model_milestone_kind_name(ms->kind),
			ms->done ? ", done: true" : "");
	}
	if (it->deps_n) {
		fprintf(out, "%*sdepends_on: [", in, "");
		for (size_t i = 0; i < it->deps_n; i++) {
			if (i)
				fputs(", ", out);
			code(out, it->deps[i].code);
		}
		fputs("]\n", out);
	}
	if (it->rollouts_n)
		fprintf(out, "%*srollout:\n", in, "");
	/* one entry per run of rows of the same area, so the rows keep their order */
	for (size_t i = 0, j; i < it->rollouts_n; i = j) {
		fprintf(out, "%*s- area: ", in + 2, "");
		code(out, it->rollouts[i].area);
		fprintf(out, "\n%*sphases:\n", in + 4, "");
		for (j = i;
		     j < it->rollouts_n && strcmp(it->rollouts[j].area, it->rollouts[i].area) == 0;
		     j++)
			spans(out, &it->rollouts[j].span, 1, in + 6);
	}
	if (it->budgets_n) {
		fprintf(out, "%*sbudget: {", in, "");
		for (size_t i = 0; i < it->budgets_n; i++) {
			fprintf(out, "%s%d: ", i ? ", " : "", it->budgets[i].year);
			number(out, it->budgets[i].mnok);
		}
		fputs("}\n", out);
	}
	if (it->absences_n) {
		/* the times out of the plan, as the store keeps them: past periods' counts */
		fprintf(out, "%*sabsences: [", in, "");
		for (size_t i = 0; i < it->absences_n; i++) {
			const struct vk_absence *ab = &it->absences[i];
			const char *sep = "";
			fputs(i ? ", {" : "{", out);
			if (ab->after != VK_DATE_NONE) {
				fputs("after: ", out);
				date(out, ab->after);
				sep = ", ";
			}
			if (ab->until != VK_DATE_NONE) {
				fprintf(out, "%suntil: ", sep);
				date(out, ab->until);
			}
			fputc('}', out);
		}
		fputs("]\n", out);
	}
	if (it->kind == VK_PROGRAMME && !archived) {
		bool any = false;
		for (size_t i = 0; i < all_n; i++) {
			if (all[i].kind != VK_PROJECT || !all[i].parent ||
			    strcmp(all[i].parent, it->code) != 0)
				continue;
			if (!any)
				fprintf(out, "%*sprojects:\n", in, "");
			any = true;
			item(out, pf, &all[i], all, all_n, in + 2, false);
		}
	}
}

/* The live items: programmes with their projects, then the projects of no programme. */
static void items(FILE *out, const struct vk_portfolio *pf)
{
	bool any = false;

	for (size_t i = 0; i < pf->items_n; i++) {
		if (pf->items[i].kind != VK_PROGRAMME)
			continue;
		fputs(any ? "" : "programmes:\n", out);
		any = true;
		item(out, pf, &pf->items[i], pf->items, pf->items_n, 2, false);
	}
	any = false;
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		const struct vk_item *parent = it->parent ? vk_model_item(pf, it->parent) : NULL;
		if (it->kind != VK_PROJECT || (parent && parent->kind == VK_PROGRAMME))
			continue;
		fputs(any ? "" : "projects:\n", out);
		any = true;
		item(out, pf, it, pf->items, pf->items_n, 2, false);
	}
}

static void criteria(FILE *out, const struct vk_scoring *m, const char *parent, int indent)
{
	for (size_t i = 0; i < m->criteria_n; i++) {
		const struct vk_criterion *c = &m->criteria[i];
		bool has_children = false;

		if (parent ? !c->parent || strcmp(c->parent, parent) != 0 : c->parent != NULL)
			continue;
		for (size_t k = 0; k < m->criteria_n && !has_children; k++)
			has_children =
			    m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0;
		fprintf(out, "%*s- code: ", indent, "");
		code(out, c->code);
		fprintf(out, "\n%*sname: ", indent + 2, "");
		quoted(out, c->name);
		fprintf(out, "\n%*sweight: ", indent + 2, "");
		number(out, c->weight);
		fputc('\n', out);
		if (has_children) {
			fprintf(out, "%*scriteria:\n", indent + 2, "");
			criteria(out, m, c->code, indent + 4);
		}
	}
}

static void scoring(FILE *out, const struct vk_scoring *m)
{
	int order = 0;

	if (!m || m->criteria_n == 0)
		return;
	fputs("scoring:\n  criteria:\n", out);
	criteria(out, m, NULL, 4);
	for (int t = 1; t <= (int)m->criteria_n; t++)
		for (size_t i = 0; i < m->criteria_n; i++)
			if (m->criteria[i].tiebreak == t) {
				fputs(order++ ? ", " : "  tiebreak: [", out);
				code(out, m->criteria[i].code);
			}
	if (order)
		fputs("]\n", out);
}

static void reference(FILE *out, const struct vk_portfolio *pf)
{
	if (pf->phases_n)
		fputs("phases:\n", out);
	for (size_t i = 0; i < pf->phases_n; i++) {
		fputs("  - {code: ", out);
		code(out, pf->phases[i].code);
		fputs(", name: ", out);
		quoted(out, pf->phases[i].name);
		fputs(", colour: ", out);
		quoted(out, pf->phases[i].colour);
		fputs("}\n", out);
	}
	if (pf->regions_n)
		fputs("replace_regions: true\nregions:\n", out);
	for (size_t i = 0; i < pf->regions_n; i++) {
		fputs("  - code: ", out);
		code(out, pf->regions[i].code);
		fputs("\n    name: ", out);
		quoted(out, pf->regions[i].name);
		fputs("\n    areas:", out);
		bool any = false;
		for (size_t a = 0; a < pf->areas_n; a++) {
			if (strcmp(pf->areas[a].region, pf->regions[i].code) != 0)
				continue;
			fputs(any ? "" : "\n", out);
			any = true;
			fputs("      - {code: ", out);
			code(out, pf->areas[a].code);
			fputs(", name: ", out);
			quoted(out, pf->areas[a].name);
			fputs("}\n", out);
		}
		if (!any)
			fputs(" []\n", out);
	}
}

static void reports(FILE *out, const struct vk_status_set *set)
{
	const struct vk_report **r;
	char buf[40];

	if (!set || set->reports_n == 0)
		return;
	r = vk_export_reports(set);
	fputs("reports:\n", out);
	for (size_t i = 0; i < set->reports_n; i++) {
		fprintf(out, "  - {period: %s, code: ", r[i]->period.code);
		code(out, r[i]->code);
		fprintf(out, ", status: %s", vk_colour_name(r[i]->colour, VK_LANG_NB));
		if (r[i]->budget >= 0)
			fprintf(out, ", budget: %s", vk_export_number(r[i]->budget, '.', buf));
		if (r[i]->comment) {
			fputs(", comment: ", out);
			quoted(out, r[i]->comment);
		}
		fputs("}\n", out);
	}
	free(r);
}

static void measures(FILE *out, const struct vk_score_file *ms)
{
	if (!ms || ms->measures_n == 0)
		return;
	fputs("scores:\n", out);
	for (size_t i = 0; i < ms->measures_n; i++) {
		const struct vk_candidate *m = &ms->measures[i];
		fputs("  - measure: ", out);
		quoted(out, m->name);
		if (m->code) {
			fputs("\n    code: ", out);
			code(out, m->code);
		}
		fputs("\n    values: {", out);
		for (size_t k = 0; k < m->values_n; k++) {
			fputs(k ? ", " : "", out);
			code(out, m->values[k].criterion);
			fputs(": ", out);
			number(out, m->values[k].value);
		}
		fputs("}\n", out);
	}
}

static void costs(FILE *out, const struct vk_cost_file *cf)
{
	if (!cf || cf->costs_n == 0)
		return;
	fputs("costs:\n", out);
	for (size_t i = 0; i < cf->costs_n; i++) {
		const struct vk_cost *c = &cf->costs[i];
		fputs("  - {solution: ", out);
		quoted(out, c->solution);
		fprintf(out, ", year: %d, kind: %s, mnok: ", c->year, vk_cost_kind_key(c->kind));
		number(out, c->mnok);
		fputs("}\n", out);
	}
}

enum vk_code vk_yaml_write(FILE *out, const struct vk_export *x, struct vk_error *err)
{
	const struct vk_portfolio *pf = x->pf;

	fputs("# veikart: the whole store, as 'veikart import' reads it back\n"
	      "veikart: 1\n",
	      out);
	if (pf->title) {
		fputs("title: ", out);
		quoted(out, pf->title);
		fputc('\n', out);
	}
	if (pf->status_date != VK_DATE_NONE) {
		fputs("status_date: ", out);
		date(out, pf->status_date);
		fputc('\n', out);
	}
	if (x->cadence != VK_CADENCE_NONE)
		fprintf(out, "cadence: %s\n", vk_period_kind_name(x->cadence));
	reference(out, pf);
	scoring(out, pf->scoring);
	items(out, pf);
	if (pf->archived_n) {
		/* items that left the plan, with their plans and times out of it, flat and in
		 * the store's order, which the import keeps (docs/portfolio-format.md) */
		fputs("archived:\n", out);
		for (size_t i = 0; i < pf->archived_n; i++)
			item(out, pf, &pf->archived[i], pf->archived, pf->archived_n, 2, true);
	}
	reports(out, x->status);
	measures(out, x->measures);
	costs(out, x->costs);
	if (ferror(out))
		return vk_error_set(err, VK_EIO, "cannot write the YAML output");
	return VK_OK;
}

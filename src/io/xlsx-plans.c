/* The workbook's plan sheets: milestones, the rollout Gantt, the priority model as
 * formulas and the costs of the national solutions. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "xlsx-int.h"

/* Milepæler: every milestone with a real date and the days until it from the status
 * date, by date. */
void sheet_milestones(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	size_t n;
	struct vk_milestone_ref *refs = vk_model_milestones(pf, &n);
	static const char *const kinds_nb[] = {"beslutning", "leveranse", "mål"};
	int sy = 0, sm = 0, sd = 0;
	char f[96];

	worksheet_write_string(ws, 0, 0, TR("Dato", "Date"), x->head);
	worksheet_write_string(ws, 0, 1, TR("Type", "Kind"), x->head);
	worksheet_write_string(ws, 0, 2, TR("Kode", "Code"), x->head);
	worksheet_write_string(ws, 0, 3, TR("Program / prosjekt", "Programme / project"), x->head);
	worksheet_write_string(ws, 0, 4, TR("Milepæl", "Milestone"), x->head);
	worksheet_write_string(ws, 0, 5, TR("Dager til", "Days until"), x->head);
	worksheet_set_column(ws, 0, 0, 12, x->date);
	worksheet_set_column(ws, 1, 2, 16, NULL);
	worksheet_set_column(ws, 3, 3, 40, NULL);
	worksheet_set_column(ws, 4, 4, 70, NULL);
	worksheet_set_column(ws, 5, 5, 10, NULL);
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_autofilter(ws, 0, 0, (lxw_row_t)n, 5);
	if (pf->status_date != VK_DATE_NONE)
		vk_date_to_ymd(pf->status_date, &sy, &sm, &sd);
	for (size_t i = 0; i < n; i++) {
		const struct vk_milestone *m = refs[i].milestone;
		lxw_row_t r = (lxw_row_t)(i + 1);
		lxw_datetime dt = {0};
		int y, mo, d;

		vk_date_to_ymd(m->date, &y, &mo, &d);
		dt.year = y;
		dt.month = mo;
		dt.day = d;
		worksheet_write_datetime(ws, r, 0, &dt, x->date);
		worksheet_write_string(ws, r, 1,
				       x->in->lang == VK_LANG_EN
					   ? vk_model_milestone_kind_name(m->kind)
					   : kinds_nb[m->kind],
				       NULL);
		worksheet_write_string(ws, r, 2, refs[i].item->code, NULL);
		worksheet_write_string(ws, r, 3, refs[i].item->name, NULL);
		worksheet_write_string(ws, r, 4, m->name, NULL);
		if (pf->status_date != VK_DATE_NONE) {
			snprintf(f, sizeof(f), "=A%u-DATE(%d,%d,%d)", r + 1, sy, sm, sd);
			worksheet_write_formula_num(ws, r, 5, f, x->int_fmt,
						    (double)(m->date - pf->status_date));
		}
	}
	free(refs);
}

/* The first `n` characters (UTF-8 code points) of `s`. */
static void first_chars(const char *s, size_t n, char *buf, size_t size)
{
	size_t o = 0;

	for (size_t k = 0; *s && o + 4 < size; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80 && k++ == n)
			break;
		buf[o++] = *s;
	}
	buf[o] = '\0';
}

/* Utrulling: per programme with a rollout, its areas by region down the side and
 * quarters across, each cell coloured (and named) by the phase the area is in. */
void sheet_rollout(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	lxw_row_t r = 0;

	worksheet_set_column(ws, 0, 0, 34, NULL);
	worksheet_set_column(ws, 1, 200, 5, NULL);
	worksheet_freeze_panes(ws, 0, 1);
	/* legend */
	worksheet_write_string(ws, r, 0, TR("Faser:", "Phases:"), x->muted);
	for (size_t k = 0; k < pf->phases_n; k++)
		worksheet_write_string(ws, r, (lxw_col_t)(1 + 3 * k), pf->phases[k].name,
				       x->phase[k]);
	r += 2;
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *p = &pf->items[i];
		int lo = VK_DATE_NONE, hi = VK_DATE_NONE, y0, y1;
		size_t quarters;

		if (p->rollouts_n == 0)
			continue;
		for (size_t k = 0; k < p->rollouts_n; k++) {
			lo = lo == VK_DATE_NONE || p->rollouts[k].span.start < lo
				 ? p->rollouts[k].span.start
				 : lo;
			hi = hi == VK_DATE_NONE || p->rollouts[k].span.end > hi
				 ? p->rollouts[k].span.end
				 : hi;
		}
		vk_date_to_ymd(lo, &y0, NULL, NULL);
		vk_date_to_ymd(hi, &y1, NULL, NULL);
		quarters = (size_t)(y1 - y0 + 1) * 4;
		if (quarters > 200)
			quarters = 200; /* fifty years is enough for one sheet */
		worksheet_write_string(ws, r, 0, p->name, x->title);
		r++;
		worksheet_write_string(ws, r, 0, TR("Område", "Area"), x->head);
		for (size_t q = 0; q < quarters; q++) {
			char label[16];
			snprintf(label, sizeof(label), TR("K%zu %d", "Q%zu %d"), q % 4 + 1,
				 y0 + (int)(q / 4));
			worksheet_write_string(ws, r, (lxw_col_t)(q + 1), label, x->head);
		}
		r++;
		for (size_t g = 0; g < pf->regions_n; g++) {
			worksheet_write_string(ws, r++, 0, pf->regions[g].name, x->title);
			for (size_t a = 0; a < pf->areas_n; a++) {
				if (strcmp(pf->areas[a].region, pf->regions[g].code) != 0)
					continue;
				worksheet_write_string(ws, r, 0, pf->areas[a].name, NULL);
				for (size_t q = 0; q < quarters; q++) {
					/* the phase at the middle of the quarter */
					int mid = vk_date_from_ymd(y0 + (int)(q / 4),
								   (int)(q % 4) * 3 + 2, 15);
					for (size_t k = 0; k < p->rollouts_n; k++) {
						const struct vk_rollout *ro = &p->rollouts[k];
						const struct vk_phase_kind *ph;
						if (strcmp(ro->area, pf->areas[a].code) != 0 ||
						    mid < ro->span.start || mid > ro->span.end)
							continue;
						ph = vk_model_phase(pf, ro->span.phase);
						if (ph) {
							char abbr[16];
							first_chars(ph->name, 3, abbr,
								    sizeof(abbr));
							worksheet_write_string(
							    ws, r, (lxw_col_t)(q + 1), abbr,
							    x->phase[ph - pf->phases]);
						}
						break;
					}
				}
				r++;
			}
		}
		r++;
	}
}

/* Prioritering: the criteria per measure, then each group as a formula (a weighted mean
 * of what has a value; "mangler" when nothing has), the score and the rank. */
/* A formula being built, as long as it needs to be. */
struct formula {
	char *s;
	size_t n, cap;
};

static void sb_vadd(struct formula *f, const char *fmt, va_list ap)
{
	va_list copy;
	int len;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (f->n + (size_t)len + 1 > f->cap) {
		f->cap = (f->n + (size_t)len + 1) * 2;
		f->s = vk_xrealloc(f->s, f->cap);
	}
	vsnprintf(f->s + f->n, f->cap - f->n, fmt, ap);
	f->n += (size_t)len;
}

static void sb_add(struct formula *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_add(struct formula *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

static void sb_start(struct formula *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_start(struct formula *f, const char *fmt, ...)
{
	va_list ap;

	f->n = 0;
	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

/* Excel takes formulas of up to 8,192 characters; past that the value stands alone. */
#define FORMULA_MAX 8000

static void write_formula_num(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const struct formula *f,
			      lxw_format *fmt, double value)
{
	if (f->n <= FORMULA_MAX)
		worksheet_write_formula_num(ws, r, c, f->s, fmt, value);
	else
		worksheet_write_number(ws, r, c, value, fmt);
}

static void write_formula_str(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const struct formula *f,
			      lxw_format *fmt, const char *value)
{
	if (f->n <= FORMULA_MAX)
		worksheet_write_formula_str(ws, r, c, f->s, fmt, value);
	else
		worksheet_write_string(ws, r, c, value, fmt);
}

void sheet_scores(struct book *x, lxw_worksheet *ws)
{
	const struct vk_scoring *m = x->in->pf->scoring;
	size_t nc = m->criteria_n, nleaf = 0;
	lxw_col_t *col = vk_xcalloc(nc, sizeof(*col));
	lxw_col_t c = 2, score_col, rank_col;
	struct formula f = {0};
	char cl[8];

	worksheet_write_string(ws, 0, 0, TR("Tiltak", "Measure"), x->head);
	worksheet_write_string(ws, 0, 1, TR("Kode", "Code"), x->head);
	/* leaves first, then sub-groups, then groups: a sheet read left to right */
	for (size_t i = 0; i < nc; i++)
		if (vk_scoring_is_leaf(m, &m->criteria[i])) {
			col[i] = c;
			worksheet_write_string(ws, 0, c++, m->criteria[i].code, x->head);
			nleaf++;
		}
	for (size_t i = 0; i < nc; i++)
		if (!vk_scoring_is_leaf(m, &m->criteria[i]) && m->criteria[i].parent) {
			col[i] = c;
			worksheet_write_string(ws, 0, c++, m->criteria[i].name, x->head);
		}
	for (size_t i = 0; i < nc; i++)
		if (!m->criteria[i].parent) {
			col[i] = c;
			worksheet_write_string(ws, 0, c++, m->criteria[i].name, x->head);
		}
	score_col = c++;
	rank_col = c;
	worksheet_write_string(ws, 0, score_col, "Score", x->head);
	worksheet_write_string(ws, 0, rank_col, TR("Rang", "Rank"), x->head);
	worksheet_set_row(ws, 0, 30, NULL);
	worksheet_set_column(ws, 0, 0, 50, NULL);
	worksheet_set_column(ws, 1, 1, 14, NULL);
	worksheet_set_column(ws, 2, (lxw_col_t)(1 + nleaf), 5, NULL);
	worksheet_set_column(ws, (lxw_col_t)(2 + nleaf), rank_col, 13, NULL);
	worksheet_freeze_panes(ws, 1, 1);
	for (size_t k = 0; k < x->in->scores_n; k++) {
		const struct vk_score *sc = &x->in->scores[k];
		lxw_row_t r = (lxw_row_t)(k + 1);

		worksheet_write_string(ws, r, 0, sc->measure->name, NULL);
		worksheet_write_string(ws, r, 1, sc->measure->code ? sc->measure->code : "", NULL);
		/* leaves: values, or empty where missing */
		for (size_t i = 0; i < nc; i++)
			if (vk_scoring_is_leaf(m, &m->criteria[i])) {
				if (isnan(sc->node[i]))
					worksheet_write_blank(ws, r, col[i], NULL);
				else
					worksheet_write_number(ws, r, col[i], sc->node[i], NULL);
			}
		/* groups: a weighted mean of the children that have a value */
		for (size_t i = 0; i < nc; i++) {
			const struct vk_criterion *g = &m->criteria[i];
			if (vk_scoring_is_leaf(m, g))
				continue;
			sb_start(&f, "=IF(COUNT(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					sb_add(&f, "%s%s%u", first ? "" : ",",
					       xlsx_col_name(col[j], cl), r + 1);
					first = 0;
				}
			sb_add(&f, ")=0,\"%s\",(", TR("mangler", "missing"));
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					xlsx_col_name(col[j], cl);
					sb_add(&f, "%s%.17g*IF(ISNUMBER(%s%u),%s%u,0)",
					       first ? "" : "+", m->criteria[j].weight, cl, r + 1,
					       cl, r + 1);
					first = 0;
				}
			sb_add(&f, ")/(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					sb_add(&f, "%s%.17g*ISNUMBER(%s%u)", first ? "" : "+",
					       m->criteria[j].weight, xlsx_col_name(col[j], cl),
					       r + 1);
					first = 0;
				}
			sb_add(&f, "))");
			if (isnan(sc->node[i]))
				write_formula_str(ws, r, col[i], &f, x->muted,
						  TR("mangler", "missing"));
			else
				write_formula_num(ws, r, col[i], &f, x->mnok, sc->node[i]);
		}
		{
			sb_start(&f, "=IF(COUNT(");
			size_t groups = 0;
			for (size_t i = 0; i < nc; i++)
				if (!m->criteria[i].parent)
					sb_add(&f, "%s%s%u", groups++ ? "," : "",
					       xlsx_col_name(col[i], cl), r + 1);
			sb_add(&f, ")<%zu,\"%s\",", groups, TR("ufullstendig", "incomplete"));
			for (size_t i = 0, first = 1; i < nc; i++)
				if (!m->criteria[i].parent) {
					sb_add(&f, "%s%.17g*%s%u", first ? "" : "+",
					       m->criteria[i].weight, xlsx_col_name(col[i], cl),
					       r + 1);
					first = 0;
				}
			sb_add(&f, ")");
		}
		if (sc->complete) {
			write_formula_num(ws, r, score_col, &f, x->mnok, sc->score);
			/* the rank follows veikart's tie-breaks, which RANK() cannot: a value */
			worksheet_write_number(ws, r, rank_col, sc->rank, x->int_fmt);
		} else {
			write_formula_str(ws, r, score_col, &f, x->muted,
					  TR("ufullstendig", "incomplete"));
			worksheet_write_blank(ws, r, rank_col, NULL);
		}
	}
	free(f.s);
	free(col);
}

struct cost_col {
	int year;
	enum vk_cost_kind kind;
};

/* Kostnader: one row per solution, one column per year and kind of figure, a total per
 * year (column) and a planned total per solution (budget, forskrift and estimate; the
 * actual figures are beside them, not added in), all as formulas with their values. */
void sheet_costs(struct book *x, lxw_worksheet *ws)
{
	const struct vk_cost_file *f = x->in->costs;
	struct cost_col *cols = NULL;
	const char **sols = NULL;
	size_t cols_n = 0, cols_cap = 0, sols_n = 0, sols_cap = 0;
	struct formula fm = {0};
	char cl[8], head[48];

	worksheet_set_column(ws, 0, 0, 26, NULL);
	worksheet_freeze_panes(ws, 1, 1);
	if (!f || f->costs_n == 0) {
		worksheet_write_string(ws, 0, 0,
				       TR("Ingen kostnader er importert (se docs/costs.md).",
					  "No costs are imported (see docs/costs.md)."),
				       x->muted);
		return;
	}
	for (size_t i = 0; i < f->costs_n; i++) {
		const struct vk_cost *c = &f->costs[i];
		size_t k = 0, s = 0;
		while (k < cols_n && !(cols[k].year == c->year && cols[k].kind == c->kind))
			k++;
		if (k == cols_n)
			*VK_PUSH(cols) = (struct cost_col){c->year, c->kind};
		while (s < sols_n && strcmp(sols[s], c->solution) != 0)
			s++;
		if (s == sols_n)
			*VK_PUSH(sols) = c->solution;
	}
	/* columns by year, then kind */
	for (size_t i = 1; i < cols_n; i++)
		for (size_t j = i; j > 0 && (cols[j].year < cols[j - 1].year ||
					     (cols[j].year == cols[j - 1].year &&
					      cols[j].kind < cols[j - 1].kind));
		     j--) {
			struct cost_col t = cols[j];
			cols[j] = cols[j - 1];
			cols[j - 1] = t;
		}
	worksheet_write_string(ws, 0, 0, TR("Løsning (MNOK)", "Solution (MNOK)"), x->head);
	for (size_t k = 0; k < cols_n; k++) {
		snprintf(head, sizeof(head), "%d %s", cols[k].year,
			 vk_cost_kind_name(cols[k].kind, x->in->lang));
		worksheet_write_string(ws, 0, (lxw_col_t)(k + 1), head, x->head);
	}
	worksheet_write_string(ws, 0, (lxw_col_t)(cols_n + 1), TR("Sum planlagt", "Planned total"),
			       x->head);
	worksheet_set_row(ws, 0, 30, NULL);
	worksheet_set_column(ws, 1, (lxw_col_t)(cols_n + 1), 12, x->mnok);
	for (size_t s = 0; s < sols_n; s++) {
		lxw_row_t r = (lxw_row_t)(s + 1);
		double planned = 0;
		sb_start(&fm, "=SUM(");
		bool any = false;

		worksheet_write_string(ws, r, 0, sols[s], NULL);
		for (size_t k = 0; k < cols_n; k++) {
			bool found = false;
			for (size_t i = 0; i < f->costs_n && !found; i++) {
				const struct vk_cost *c = &f->costs[i];
				if (c->year != cols[k].year || c->kind != cols[k].kind ||
				    strcmp(c->solution, sols[s]) != 0)
					continue;
				found = true;
				worksheet_write_number(ws, r, (lxw_col_t)(k + 1), c->mnok, x->mnok);
				if (c->kind != VK_COST_ACTUAL)
					planned += c->mnok;
			}
			if (cols[k].kind != VK_COST_ACTUAL) {
				sb_add(&fm, "%s%s%u", any ? "," : "",
				       xlsx_col_name((lxw_col_t)(k + 1), cl), r + 1);
				any = true;
			}
		}
		sb_add(&fm, ")");
		if (!any)
			sb_start(&fm, "=0");
		write_formula_num(ws, r, (lxw_col_t)(cols_n + 1), &fm, x->mnok, planned);
	}
	{
		lxw_row_t r = (lxw_row_t)(sols_n + 1);
		worksheet_write_string(ws, r, 0, TR("Sum", "Total"), x->head);
		for (size_t k = 0; k <= cols_n; k++) {
			double total = 0;
			for (size_t i = 0; i < f->costs_n; i++)
				if (k == cols_n ? f->costs[i].kind != VK_COST_ACTUAL
						: f->costs[i].year == cols[k].year &&
						      f->costs[i].kind == cols[k].kind)
					total += f->costs[i].mnok;
			xlsx_col_name((lxw_col_t)(k + 1), cl);
			sb_start(&fm, "=SUM(%s2:%s%u)", cl, cl, r);
			write_formula_num(ws, r, (lxw_col_t)(k + 1), &fm, x->mnok, total);
		}
	}
	free(fm.s);
	free(cols);
	free(sols);
}

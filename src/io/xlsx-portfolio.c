/* The workbook's Kostnader (costs per solution and year, totals as formulas) and
 * Portefølje (what the portfolio file says of each live item) sheets. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "utf8.h"
#include "xlsx-int.h"

struct cost_col {
	int year;
	enum vk_cost_kind kind;
};

/* Kostnader: one row per solution, one column per year and kind of figure, a total per
 * year (column) and a planned total per solution (budget, forskrift and estimate; the
 * actual figures are beside them, not added in), all as formulas with their values. */
void vk_xlsx_sheet_costs(struct vk_xlsx_book *x, lxw_worksheet *ws)
{
	const struct vk_cost_file *f = x->in->costs;
	struct cost_col *cols = NULL;
	const char **sols = NULL;
	size_t cols_n = 0, cols_cap = 0, sols_n = 0, sols_cap = 0;
	struct vk_xlsx_text fm = {0};
	char cl[8], head[48];

	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 26, NULL), ws, 0, 0);
	worksheet_freeze_panes(ws, 1, 1);
	if (!f || f->costs_n == 0) {
		vk_xlsx_string(x, ws, 0, 0,
			       VK_TR(x->in->lang,
				     "Ingen kostnader er importert (se docs/costs.md).",
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
	vk_xlsx_string(x, ws, 0, 0, VK_TR(x->in->lang, "Løsning (MNOK)", "Solution (MNOK)"),
		       x->head);
	for (size_t k = 0; k < cols_n; k++) {
		snprintf(head, sizeof(head), "%d %s", cols[k].year,
			 vk_cost_kind_name(cols[k].kind, x->in->lang));
		vk_xlsx_string(x, ws, 0, (lxw_col_t)(k + 1), head, x->head);
	}
	vk_xlsx_string(x, ws, 0, (lxw_col_t)(cols_n + 1),
		       VK_TR(x->in->lang, "Sum planlagt", "Planned total"), x->head);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, (lxw_col_t)(cols_n + 1), 12, x->mnok), ws, 0,
		      1);
	for (size_t s = 0; s < sols_n; s++) {
		lxw_row_t r = (lxw_row_t)(s + 1);
		double planned = 0;
		vk_xlsx_text_start(&fm, "=SUM(");
		bool any = false;

		vk_xlsx_string(x, ws, r, 0, sols[s], NULL);
		for (size_t k = 0; k < cols_n; k++) {
			bool found = false;
			for (size_t i = 0; i < f->costs_n && !found; i++) {
				const struct vk_cost *c = &f->costs[i];
				if (c->year != cols[k].year || c->kind != cols[k].kind ||
				    strcmp(c->solution, sols[s]) != 0)
					continue;
				found = true;
				vk_xlsx_number(x, ws, r, (lxw_col_t)(k + 1), c->mnok, x->mnok);
				if (c->kind != VK_COST_ACTUAL)
					planned += c->mnok;
			}
			if (cols[k].kind != VK_COST_ACTUAL) {
				vk_xlsx_text_add(&fm, "%s%s%u", any ? "," : "",
						 vk_xlsx_col_name((lxw_col_t)(k + 1), cl), r + 1);
				any = true;
			}
		}
		vk_xlsx_text_add(&fm, ")");
		if (!any)
			vk_xlsx_text_start(&fm, "=0");
		vk_xlsx_text_num(x, ws, r, (lxw_col_t)(cols_n + 1), &fm, x->mnok, planned);
	}
	{
		lxw_row_t r = (lxw_row_t)(sols_n + 1);
		vk_xlsx_string(x, ws, r, 0, VK_TR(x->in->lang, "Sum", "Total"), x->head);
		for (size_t k = 0; k <= cols_n; k++) {
			double total = 0;
			for (size_t i = 0; i < f->costs_n; i++)
				if (k == cols_n ? f->costs[i].kind != VK_COST_ACTUAL
						: f->costs[i].year == cols[k].year &&
						      f->costs[i].kind == cols[k].kind)
					total += f->costs[i].mnok;
			vk_xlsx_col_name((lxw_col_t)(k + 1), cl);
			vk_xlsx_text_start(&fm, "=SUM(%s2:%s%u)", cl, cl, r);
			vk_xlsx_text_num(x, ws, r, (lxw_col_t)(k + 1), &fm, x->mnok, total);
		}
	}
	free(fm.s);
	free(cols);
	free(sols);
}

static int by_year(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static void write_date(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		       int date, lxw_format *f)
{
	lxw_datetime dt = {0};

	vk_date_to_ymd(date, &dt.year, &dt.month, &dt.day);
	vk_xlsx_check(x, worksheet_write_datetime(ws, r, c, &dt, f), ws, r, c);
}

/* A format of the Portefølje sheet: its cells stand at the top of their (tall) rows, with
 * the number format `num` (may be NULL). */
static lxw_format *top_format(struct vk_xlsx_book *x, const char *num)
{
	lxw_format *f = workbook_add_format(x->wb);

	if (!f)
		abort(); /* libxlsxwriter's only failure here is memory: as vk_xmalloc */
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (num)
		format_set_num_format(f, num);
	return f;
}

/* The larger of `at_least` and the lines `s` (may be NULL) takes wrapped at `width`
 * characters. */
static size_t wrap_lines(const char *s, size_t width, size_t at_least)
{
	size_t chars = 0, n;

	for (; s && *s; s++)
		chars += ((unsigned char)*s & 0xc0) != 0x80;
	n = (chars + width - 1) / width;
	return n > at_least ? n : at_least;
}

/* Portefølje: what the portfolio file says of each live programme and project that the
 * other sheets do not show: kind, priority, the span and every phase with its dates,
 * what it depends on, the description and the planned budget per year (MNOK) with its
 * sum as a formula. */
void vk_xlsx_sheet_portfolio(struct vk_xlsx_book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	static const char *const nb[] = {"Kode",  "Navn",	 "Type",       "Program",
					 "Eier",  "Prioritet",	 "Start",      "Slutt",
					 "Faser", "Avhenger av", "Beskrivelse"};
	static const char *const en[] = {"Code",   "Name",	 "Kind",       "Programme",
					 "Owner",  "Priority",	 "Start",      "End",
					 "Phases", "Depends on", "Description"};
	const lxw_col_t fixed = 11;
	int *years = NULL;
	size_t years_n = 0, years_cap = 0;
	struct vk_xlsx_text t = {0};
	char cl0[8], cl1[8], head[48];
	lxw_format *top = top_format(x, NULL), *top_int = top_format(x, "0");
	lxw_format *top_mnok = top_format(x, VK_XLSX_MNOK_FORMAT);
	lxw_format *top_date =
	    top_format(x, x->in->lang == VK_LANG_EN ? "yyyy-mm-dd" : "dd.mm.yyyy");

	for (size_t i = 0; i < pf->items_n; i++)
		for (size_t k = 0; k < pf->items[i].budgets_n; k++) {
			int y = pf->items[i].budgets[k].year;
			size_t j = 0;
			while (j < years_n && years[j] != y)
				j++;
			if (j == years_n)
				*VK_PUSH(years) = y;
		}
	if (years_n > 1)
		qsort(years, years_n, sizeof(*years), by_year);
	if (fixed + years_n + 1 > LXW_COL_MAX) {
		vk_xlsx_fail(x, ws, 0, 0,
			     "budgets for %zu years do not fit on the sheet: it has columns for %d",
			     years_n, LXW_COL_MAX - fixed - 1);
		free(years);
		return;
	}
	for (lxw_col_t c = 0; c < fixed; c++)
		vk_xlsx_string(x, ws, 0, c, x->in->lang == VK_LANG_EN ? en[c] : nb[c], x->head);
	for (size_t k = 0; k < years_n; k++) {
		snprintf(head, sizeof(head),
			 VK_TR(x->in->lang, "Budsjett %d (MNOK)", "Budget %d (MNOK)"), years[k]);
		vk_xlsx_string(x, ws, 0, (lxw_col_t)(fixed + k), head, x->head);
	}
	vk_xlsx_string(x, ws, 0, (lxw_col_t)(fixed + years_n),
		       VK_TR(x->in->lang, "Budsjett i alt (MNOK)", "Budget total (MNOK)"), x->head);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 45, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 16, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 1, 40, x->wrap), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 2, 3, 12, NULL), ws, 0, 2);
	vk_xlsx_check(x, worksheet_set_column(ws, 4, 4, 24, x->wrap), ws, 0, 4);
	vk_xlsx_check(x, worksheet_set_column(ws, 5, 7, 10, NULL), ws, 0, 5);
	vk_xlsx_check(x, worksheet_set_column(ws, 8, 8, 44, x->wrap), ws, 0, 8);
	vk_xlsx_check(x, worksheet_set_column(ws, 9, 9, 14, x->wrap), ws, 0, 9);
	vk_xlsx_check(x, worksheet_set_column(ws, 10, 10, 60, x->wrap), ws, 0, 10);
	vk_xlsx_check(x, worksheet_set_column(ws, fixed, (lxw_col_t)(fixed + years_n), 11, x->mnok),
		      ws, 0, fixed);
	worksheet_freeze_panes(ws, 1, 1);
	vk_xlsx_check(x,
		      worksheet_autofilter(ws, 0, 0, (lxw_row_t)(pf->items_n ? pf->items_n : 1),
					   (lxw_col_t)(fixed + years_n)),
		      ws, 0, 0);
	for (size_t i = 0; i < pf->items_n && !x->rc; i++) {
		const struct vk_item *it = &pf->items[i];
		lxw_row_t r = (lxw_row_t)(i + 1);
		int start, end;
		double sum = 0;
		/* the lines the wrapped cells take (about 1.1 characters per unit of width):
		 * readers do not fit a row's height to wrapped text on their own */
		size_t lines = it->phases_n > 1 ? it->phases_n : 1, deps = 0;

		for (size_t k = 0; k < it->deps_n; k++)
			deps += strlen(it->deps[k].code) + 2;
		lines = wrap_lines(it->name, 44, lines);
		lines = wrap_lines(it->owner, 26, lines);
		lines = wrap_lines(it->description, 66, lines);
		lines = deps / 15 + 1 > lines ? deps / 15 + 1 : lines;
		vk_xlsx_check(
		    x, worksheet_set_row(ws, r, lines > 27 ? 409 : 15.0 * (double)lines, NULL), ws,
		    r, 0);
		vk_xlsx_string(x, ws, r, 0, it->code, x->wrap);
		vk_xlsx_string(x, ws, r, 1, it->name, x->wrap);
		vk_xlsx_string(x, ws, r, 2,
			       it->kind == VK_PROGRAMME ? VK_TR(x->in->lang, "program", "programme")
							: VK_TR(x->in->lang, "prosjekt", "project"),
			       top);
		vk_xlsx_string(x, ws, r, 3, it->parent ? it->parent : "", top);
		vk_xlsx_string(x, ws, r, 4, it->owner ? it->owner : "", x->wrap);
		if (it->priority)
			vk_xlsx_number(x, ws, r, 5, it->priority, top_int);
		if (vk_model_item_span(it, &start, &end)) {
			write_date(x, ws, r, 6, start, top_date);
			write_date(x, ws, r, 7, end, top_date);
		}
		vk_xlsx_text_start(&t, "%s", "");
		for (size_t k = 0; k < it->phases_n; k++) {
			const struct vk_phase_kind *ph = vk_model_phase(pf, it->phases[k].phase);
			char d0[VK_DATE_TEXT_MAX], d1[VK_DATE_TEXT_MAX];
			vk_xlsx_text_add(&t, "%s%s %s – %s", k ? "\n" : "",
					 ph ? ph->name : it->phases[k].phase,
					 vk_date_format(it->phases[k].start, d0),
					 vk_date_format(it->phases[k].end, d1));
		}
		vk_xlsx_string(x, ws, r, 8, t.s, x->wrap);
		vk_xlsx_text_start(&t, "%s", "");
		for (size_t k = 0; k < it->deps_n; k++)
			vk_xlsx_text_add(&t, "%s%s", k ? ", " : "", it->deps[k].code);
		vk_xlsx_string(x, ws, r, 9, t.s, x->wrap);
		vk_xlsx_string(x, ws, r, 10, it->description ? it->description : "", x->wrap);
		for (size_t k = 0; k < years_n; k++)
			for (size_t b = 0; b < it->budgets_n; b++)
				if (it->budgets[b].year == years[k]) {
					vk_xlsx_number(x, ws, r, (lxw_col_t)(fixed + k),
						       it->budgets[b].mnok, top_mnok);
					sum += it->budgets[b].mnok;
				}
		/* no budget given: no sum (0 would say a budget of nothing) */
		if (it->budgets_n) {
			vk_xlsx_text_start(
			    &t, "=SUM(%s%u:%s%u)", vk_xlsx_col_name(fixed, cl0), r + 1,
			    vk_xlsx_col_name((lxw_col_t)(fixed + years_n - 1), cl1), r + 1);
			vk_xlsx_formula_num(x, ws, r, (lxw_col_t)(fixed + years_n), t.s, top_mnok,
					    sum);
		}
	}
	free(t.s);
	free(years);
}

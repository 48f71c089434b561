/* The workbook's Prioritering sheet: the scoring model as formulas (group values, the
 * score, the rank with veikart's tie-breaks) with the weights in named cells beside the
 * table, so a changed weight re-scores and re-ranks as `veikart score --weight` does. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "utf8.h"
#include "xlsx-int.h"

/* What an Excel name cannot hold, as '_'. */
static void name_chars(char *n)
{
	for (char *c = n; *c; c++)
		if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
		      (*c >= '0' && *c <= '9') || *c == '_' || *c == '.'))
			*c = '_';
}

/* The defined name of each criterion's weight cell: "Vekt_" and the code, with what a
 * name cannot hold as '_' and a number added where two would be the same (Excel's names
 * ignore case). The caller frees each and the array. */
static char **weight_names(struct vk_xlsx_book *x, const struct vk_scoring *m)
{
	char **names = vk_xcalloc(m->criteria_n + 1, sizeof(*names));

	for (size_t i = 0; i < m->criteria_n; i++) {
		char *n = vk_xasprintf("%s_%s", VK_TR(x->in->lang, "Vekt", "Weight"),
				       m->criteria[i].code);
		name_chars(n);
		for (int k = 2;; k++) {
			size_t j = 0;
			while (j < i && strcasecmp(names[j], n) != 0)
				j++;
			if (j == i)
				break;
			free(n);
			n = vk_xasprintf("%s_%s_%d", VK_TR(x->in->lang, "Vekt", "Weight"),
					 m->criteria[i].code, k);
			name_chars(n);
		}
		names[i] = n;
	}
	return names;
}

/* One criterion in the weights block at row r: name, code and weight, the weight's cell
 * named `name`, then the group it belongs to and its place among the tie-breakers. */
static void weight_row(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_col_t wcol, lxw_row_t r,
		       const struct vk_criterion *c, const char *name)
{
	const struct vk_criterion *g =
	    c->parent ? vk_scoring_find(x->in->pf->scoring, c->parent) : NULL;

	char cl[8];
	char *ref =
	    vk_xasprintf("=%s!$%s$%u", ws->quoted_name, vk_xlsx_col_name(wcol + 2, cl), r + 1);

	vk_xlsx_string(x, ws, r, wcol, c->name, NULL);
	vk_xlsx_string(x, ws, r, wcol + 1, c->code, NULL);
	vk_xlsx_number(x, ws, r, wcol + 2, c->weight, NULL);
	vk_xlsx_check(x, workbook_define_name(x->wb, name, ref), ws, r, wcol + 2);
	vk_xlsx_string(x, ws, r, wcol + 3, g ? g->name : "", NULL);
	if (c->tiebreak)
		vk_xlsx_number(x, ws, r, wcol + 4, c->tiebreak, x->int_fmt);
	free(ref);
}

/* The rank of row `r` as a formula: 1 + the complete measures that come before it in
 * veikart's order (vk_score_rank): a higher score, or a score within 1e-9 and a higher
 * value of the first tie-breaking group, and so on, and at last the name, byte by byte as
 * veikart compares it: by the name-order column `key` (Excel's < on text ignores case and
 * would put "akson" before "Bravo"). RANK() itself cannot take tie-breaks or the 1e-9.
 * Tie-breakers are groups or criteria on their own, which a complete measure always has
 * a value for (an empty one makes it incomplete, in Excel as in veikart). Incomplete
 * measures (a text score) have no rank: "". */
static void rank_formula(struct vk_xlsx_text *f, const lxw_col_t *cols, size_t ncols, lxw_col_t key,
			 lxw_row_t r, lxw_row_t last)
{
	char cl[8];

	vk_xlsx_col_name(cols[0], cl);
	vk_xlsx_text_start(f, "=IF(ISNUMBER(%s%u),1+SUMPRODUCT(ISNUMBER($%s$2:$%s$%u)*(", cl, r + 1,
			   cl, cl, last + 1);
	for (size_t k = 0; k < ncols; k++) {
		char rng[32], me[16];
		vk_xlsx_col_name(cols[k], cl);
		snprintf(rng, sizeof(rng), "$%s$2:$%s$%u", cl, cl, last + 1);
		snprintf(me, sizeof(me), "%s%u", cl, r + 1);
		vk_xlsx_text_add(f, "(%s>%s+1E-9)+(%s>=%s-1E-9)*(%s<=%s+1E-9)*(", rng, me, rng, me,
				 rng, me);
	}
	vk_xlsx_col_name(key, cl);
	vk_xlsx_text_add(f, "($%s$2:$%s$%u<%s%u)", cl, cl, last + 1, cl, r + 1);
	for (size_t k = 0; k < ncols; k++)
		vk_xlsx_text_add(f, ")");
	vk_xlsx_text_add(f, ")),\"\")");
}

struct named {
	const char *name;
	size_t at;
};

static int by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* The place (1-based) of each of the `n` measures' names in byte order, as vk_score_rank
 * breaks the last tie (strcmp); equal names (none in a store) by their place in `s`. */
static size_t *name_order(const struct vk_score *s, size_t n)
{
	struct named *sorted = vk_xcalloc(n + 1, sizeof(*sorted));
	size_t *key = vk_xcalloc(n + 1, sizeof(*key));

	for (size_t k = 0; k < n; k++)
		sorted[k] = (struct named){s[k].measure->name, k};
	qsort(sorted, n, sizeof(*sorted), by_name);
	for (size_t k = 0; k < n; k++)
		key[sorted[k].at] = k + 1;
	free(sorted);
	return key;
}

/* Prioritering: the criteria per measure, then each group as a formula (a weighted mean
 * of what has a value; "mangler" when nothing has), the score and the rank, all formulas
 * with veikart's values. The weights stand in a block to the right, each cell named
 * (Vekt_nytte ...), and the formulas refer to those names: changing a weight in Excel
 * changes the scores and the ranks. */
void vk_xlsx_sheet_scores(struct vk_xlsx_book *x, lxw_worksheet *ws)
{
	const struct vk_scoring *m = x->in->pf->scoring;
	size_t nc = m->criteria_n, nleaf = 0, ntb = 0;
	lxw_col_t *col = vk_xcalloc(nc, sizeof(*col));
	lxw_col_t *tb = vk_xcalloc(nc + 1, sizeof(*tb));
	lxw_col_t c = 2, score_col, rank_col, key_col, wcol;
	lxw_row_t last = (lxw_row_t)x->in->scores_n;
	char **wname = weight_names(x, m);
	size_t *key = name_order(x->in->scores, x->in->scores_n);
	lxw_row_col_options hidden = {.hidden = 1};
	struct vk_xlsx_text f = {0};
	char cl[8];

	vk_xlsx_string(x, ws, 0, 0, VK_TR(x->in->lang, "Tiltak", "Measure"), x->head);
	vk_xlsx_string(x, ws, 0, 1, VK_TR(x->in->lang, "Kode", "Code"), x->head);
	/* leaves first, then sub-groups, then groups: a sheet read left to right */
	for (size_t i = 0; i < nc; i++)
		if (vk_scoring_is_leaf(m, &m->criteria[i])) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].code, x->head);
			nleaf++;
		}
	for (size_t i = 0; i < nc; i++)
		if (!vk_scoring_is_leaf(m, &m->criteria[i]) && m->criteria[i].parent) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].name, x->head);
		}
	for (size_t i = 0; i < nc; i++)
		if (!m->criteria[i].parent) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].name, x->head);
		}
	score_col = c++;
	rank_col = c;
	key_col = (lxw_col_t)(rank_col + 1);
	wcol = (lxw_col_t)(rank_col + 3);
	/* the order vk_score_rank compares in: the score, then the tie-breakers */
	tb[ntb++] = score_col;
	for (int t = 1; t <= 9; t++)
		for (size_t i = 0; i < nc; i++)
			if (m->criteria[i].tiebreak == t)
				tb[ntb++] = col[i];
	vk_xlsx_string(x, ws, 0, score_col, "Score", x->head);
	vk_xlsx_string(x, ws, 0, rank_col, VK_TR(x->in->lang, "Rang", "Rank"), x->head);
	/* hidden: the measures' names in veikart's order (bytes), the ranks' last tie-break */
	vk_xlsx_string(x, ws, 0, key_col, VK_TR(x->in->lang, "Navnerekkefølge", "Name order"),
		       x->head);
	vk_xlsx_check(x, worksheet_set_column_opt(ws, key_col, key_col, 8, NULL, &hidden), ws, 0,
		      key_col);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 50, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 1, 14, NULL), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 2, (lxw_col_t)(1 + nleaf), 5, NULL), ws, 0, 2);
	vk_xlsx_check(x, worksheet_set_column(ws, (lxw_col_t)(2 + nleaf), rank_col, 13, NULL), ws,
		      0, (lxw_col_t)(2 + nleaf));
	worksheet_freeze_panes(ws, 1, 1);
	/* the weights: criterion, code, weight; the weight cells named */
	vk_xlsx_string(x, ws, 0, wcol, VK_TR(x->in->lang, "Kriterium", "Criterion"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 1, VK_TR(x->in->lang, "Kode", "Code"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 2, VK_TR(x->in->lang, "Vekt", "Weight"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 3, VK_TR(x->in->lang, "Gruppe", "Group"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 4,
		       VK_TR(x->in->lang, "Bryter likhet (rekkefølge)", "Breaks ties (order)"),
		       x->head);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol, wcol, 26, NULL), ws, 0, wcol);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 1, wcol + 2, 10, NULL), ws, 0, wcol + 1);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 3, wcol + 3, 20, NULL), ws, 0, wcol + 3);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 4, wcol + 4, 12, NULL), ws, 0, wcol + 4);
	/* printed: the ranking, without the weights */
	vk_xlsx_check(x, worksheet_print_area(ws, 0, 0, last ? last : 1, rank_col), ws, 0, 0);
	/* row by row, the weights beside the measures: constant-memory mode writes rows in
	 * order */
	for (size_t k = 0; k < x->in->scores_n || k < nc + 2; k++) {
		const struct vk_score *sc;
		lxw_row_t r = (lxw_row_t)(k + 1);

		if (x->rc)
			break;
		if (k < nc)
			weight_row(x, ws, wcol, r, &m->criteria[k], wname[k]);
		else if (k == nc + 1)
			vk_xlsx_string(x, ws, r, wcol,
				       VK_TR(x->in->lang,
					     "Endre en vekt, så regnes score og rang om.",
					     "Change a weight and the scores and ranks follow."),
				       x->muted);
		if (k >= x->in->scores_n)
			continue;
		sc = &x->in->scores[k];
		vk_xlsx_string(x, ws, r, 0, sc->measure->name, NULL);
		vk_xlsx_string(x, ws, r, 1, sc->measure->code ? sc->measure->code : "", NULL);
		/* leaves: values, or empty where missing */
		for (size_t i = 0; i < nc; i++)
			if (vk_scoring_is_leaf(m, &m->criteria[i])) {
				if (isnan(sc->node[i]))
					vk_xlsx_blank(x, ws, r, col[i], NULL);
				else
					vk_xlsx_number(x, ws, r, col[i], sc->node[i], NULL);
			}
		/* groups: a weighted mean of the children that have a value */
		for (size_t i = 0; i < nc; i++) {
			const struct vk_criterion *g = &m->criteria[i];
			if (vk_scoring_is_leaf(m, g))
				continue;
			vk_xlsx_text_start(&f, "=IF(COUNT(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					vk_xlsx_text_add(&f, "%s%s%u", first ? "" : ",",
							 vk_xlsx_col_name(col[j], cl), r + 1);
					first = 0;
				}
			vk_xlsx_text_add(&f, ")=0,\"%s\",(",
					 VK_TR(x->in->lang, "mangler", "missing"));
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					vk_xlsx_col_name(col[j], cl);
					vk_xlsx_text_add(&f, "%s%s*IF(ISNUMBER(%s%u),%s%u,0)",
							 first ? "" : "+", wname[j], cl, r + 1, cl,
							 r + 1);
					first = 0;
				}
			vk_xlsx_text_add(&f, ")/(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					vk_xlsx_text_add(&f, "%s%s*ISNUMBER(%s%u)",
							 first ? "" : "+", wname[j],
							 vk_xlsx_col_name(col[j], cl), r + 1);
					first = 0;
				}
			vk_xlsx_text_add(&f, "))");
			if (isnan(sc->node[i]))
				vk_xlsx_text_str(x, ws, r, col[i], &f, x->muted,
						 VK_TR(x->in->lang, "mangler", "missing"));
			else
				vk_xlsx_text_num(x, ws, r, col[i], &f, x->mnok, sc->node[i]);
		}
		{
			vk_xlsx_text_start(&f, "=IF(COUNT(");
			size_t groups = 0;
			for (size_t i = 0; i < nc; i++)
				if (!m->criteria[i].parent)
					vk_xlsx_text_add(&f, "%s%s%u", groups++ ? "," : "",
							 vk_xlsx_col_name(col[i], cl), r + 1);
			vk_xlsx_text_add(&f, ")<%zu,\"%s\",", groups,
					 VK_TR(x->in->lang, "ufullstendig", "incomplete"));
			for (size_t i = 0, first = 1; i < nc; i++)
				if (!m->criteria[i].parent) {
					vk_xlsx_text_add(&f, "%s%s*%s%u", first ? "" : "+",
							 wname[i], vk_xlsx_col_name(col[i], cl),
							 r + 1);
					first = 0;
				}
			vk_xlsx_text_add(&f, ")");
		}
		if (sc->complete)
			vk_xlsx_text_num(x, ws, r, score_col, &f, x->mnok, sc->score);
		else
			vk_xlsx_text_str(x, ws, r, score_col, &f, x->muted,
					 VK_TR(x->in->lang, "ufullstendig", "incomplete"));
		vk_xlsx_number(x, ws, r, key_col, (double)key[k], x->int_fmt);
		rank_formula(&f, tb, ntb, key_col, r, last);
		if (sc->complete)
			vk_xlsx_text_num(x, ws, r, rank_col, &f, x->int_fmt, sc->rank);
		else
			vk_xlsx_text_str(x, ws, r, rank_col, &f, x->int_fmt, "");
	}
	for (size_t i = 0; i < nc; i++)
		free(wname[i]);
	free(wname);
	free(key);
	free(f.s);
	free(tb);
	free(col);
}

/* The workbook's Status sheet (one row per item, the shown period's word, comment and
 * budget, the colours of earlier periods) and Oppsummering (counts, shares, changes and
 * budget per period as formulas over the Status table, and a chart). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "palette.h"
#include "words.h"
#include "xlsx-int.h"

static const char *phase_at(const struct vk_item *it, int date)
{
	for (size_t i = 0; i < it->phases_n; i++)
		if (it->phases[i].start <= date && date <= it->phases[i].end)
			return it->phases[i].phase;
	return NULL;
}

static const char *phase_name(const struct vk_portfolio *pf, const char *code)
{
	const struct vk_phase_kind *ph = code ? vk_model_phase(pf, code) : NULL;
	return ph ? ph->name : "";
}

static void status_cell(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			enum vk_colour colour)
{
	if (colour == VK_COLOUR_NONE)
		vk_xlsx_blank(x, ws, r, c, x->status_cell);
	else
		vk_xlsx_string(x, ws, r, c, vk_colour_name(colour, VK_LANG_NB), x->status_cell);
}

/* The colour follows the word: a conditional format per colour over whole columns of
 * status words (below the header), so a word typed in Excel, in a row added or not,
 * gets its colour; Excel compares text without regard to case. */
static void status_colours(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_col_t first,
			   lxw_col_t last)
{
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		char word[32];
		lxw_conditional_format cf = {0};

		snprintf(word, sizeof(word), "\"%s\"",
			 vk_colour_name((enum vk_colour)c, VK_LANG_NB));
		cf.type = LXW_CONDITIONAL_TYPE_CELL;
		cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
		cf.value_string = word;
		cf.format = x->status[c];
		vk_xlsx_check(
		    x, worksheet_conditional_format_range(ws, 1, first, LXW_ROW_MAX - 1, last, &cf),
		    ws, 1, first);
	}
}

/* A table column's name inside a structured reference: ' [ ] # are escaped with '. */
static void table_column(const char *name, char *buf, size_t size)
{
	size_t o = 0;

	for (; *name && o + 3 < size; name++) {
		if (strchr("'[]#", *name))
			buf[o++] = '\'';
		buf[o++] = *name;
	}
	buf[o] = '\0';
}

/* The header of column `c` of the Status sheet (also the table's column name); the
 * caller frees it. */
static char *status_head(const struct vk_xlsx_book *x, lxw_col_t c)
{
	const struct vk_status_set *set = x->in->status;
	static const char *const nb[] = {"Kode",    "Navn", "Eier",	 "Program",
					 "Fase nå", NULL,   "Kommentar", "Budsjett (MNOK)"};
	static const char *const en[] = {"Code",      "Name", "Owner",	 "Programme",
					 "Phase now", NULL,   "Comment", "Budget (MNOK)"};

	if (c == 5)
		return set->periods_n ? vk_xasprintf("Status %s", set->periods[x->last].code)
				      : vk_xstrdup("Status");
	if (c < 8)
		return vk_xstrdup(x->in->lang == VK_LANG_EN ? en[c] : nb[c]);
	return vk_xstrdup(set->periods[x->last - (c - 7)].code);
}

/* Status: one row per programme and project; the shown period's colour, comment and
 * budget, then the earlier periods' colours, newest first. The archived items follow
 * the live ones, greyed, with "arkivert" for their phase: their reports still count in
 * their periods (Oppsummering counts these rows), as in `veikart status`. */
void vk_xlsx_sheet_status(struct vk_xlsx_book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n ? set->periods_n : 1, nitems = x->rows;
	lxw_col_t cols = (lxw_col_t)(8 + (set->periods_n ? x->last : 0));
	lxw_table_column **tc = vk_xcalloc(cols + 1, sizeof(*tc));
	lxw_table_column *tcs = vk_xcalloc(cols, sizeof(*tcs));
	char **names = vk_xcalloc(cols, sizeof(*names));
	lxw_table_options opt = {0};
	/* the store's colour words are Norwegian in either language */
	char *valid[] = {(char *)vk_word(VK_WORD_GRONN, VK_LANG_NB),
			 (char *)vk_word(VK_WORD_GUL, VK_LANG_NB),
			 (char *)vk_word(VK_WORD_ROD, VK_LANG_NB), NULL};
	lxw_data_validation dv = {0};
	int today = pf->status_date;

	for (lxw_col_t c = 0; c < cols; c++) {
		names[c] = status_head(x, c);
		tcs[c].header = names[c];
		tcs[c].header_format = x->head;
		tc[c] = &tcs[c];
	}
	if (x->table) {
		opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
		opt.style_type_number = 2;
		opt.columns = tc;
		opt.name = (char *)VK_XLSX_STATUS_TABLE(x);
		vk_xlsx_check(
		    x,
		    worksheet_add_table(ws, 0, 0, (lxw_row_t)(nitems ? nitems : 1), cols - 1, &opt),
		    ws, 0, 0);
	} else {
		/* constant-memory mode has no tables: a plain header with a filter */
		for (lxw_col_t c = 0; c < cols; c++)
			vk_xlsx_string(x, ws, 0, c, names[c], x->head);
		vk_xlsx_check(x, worksheet_autofilter(ws, 0, 0, (lxw_row_t)nitems, cols - 1), ws, 0,
			      0);
	}
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	worksheet_freeze_panes(ws, 1, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 20, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 1, 44, NULL), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 2, 3, 22, NULL), ws, 0, 2);
	vk_xlsx_check(x, worksheet_set_column(ws, 4, 5, 13, NULL), ws, 0, 4);
	vk_xlsx_check(x, worksheet_set_column(ws, 6, 6, 60, NULL), ws, 0, 6);
	vk_xlsx_check(x, worksheet_set_column(ws, 7, 7, 11, x->mnok), ws, 0, 7);
	if (cols > 8)
		vk_xlsx_check(x, worksheet_set_column(ws, 8, cols - 1, 10, NULL), ws, 0, 8);
	/* next period's template: the status column takes only the three words */
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = valid;
	dv.input_title = (char *)VK_TR(x->in->lang, "Status", "Status");
	dv.input_message = (char *)VK_TR(x->in->lang, "grønn, gul eller rød", "grønn, gul or rød");
	vk_xlsx_check(
	    x, worksheet_data_validation_range(ws, 1, 5, (lxw_row_t)(nitems ? nitems : 1), 5, &dv),
	    ws, 1, 5);
	status_colours(x, ws, 5, 5);
	if (cols > 8)
		status_colours(x, ws, 8, cols - 1);
	for (size_t i = 0; i < nitems; i++) {
		const struct vk_item *it = vk_xlsx_row_item(x, i);
		const struct vk_report *rep = x->current[i];
		lxw_row_t r = (lxw_row_t)(i + 1);
		bool archived = i >= pf->items_n;
		lxw_format *ink = archived ? x->muted : NULL;

		vk_xlsx_string(x, ws, r, 0, it->code, ink);
		vk_xlsx_string(x, ws, r, 1, it->name, ink);
		vk_xlsx_string(x, ws, r, 2, it->owner ? it->owner : "", ink);
		vk_xlsx_string(x, ws, r, 3, it->parent ? it->parent : "", ink);
		if (archived)
			vk_xlsx_string(x, ws, r, 4, vk_word(VK_WORD_ARCHIVED, x->in->lang),
				       x->muted);
		else
			vk_xlsx_string(
			    x, ws, r, 4,
			    phase_name(pf, today != VK_DATE_NONE ? phase_at(it, today) : NULL),
			    NULL);
		status_cell(x, ws, r, 5, rep ? rep->colour : VK_COLOUR_NONE);
		if (rep && rep->comment && vk_xlsx_chars(rep->comment) > 32767)
			vk_xlsx_fail(x, ws, r, 6,
				     "the comment of %s for %s has %zu characters; an Excel cell "
				     "holds at most 32,767 (shorten it: veikart status set)",
				     it->code, rep->period.code, vk_xlsx_chars(rep->comment));
		else
			vk_xlsx_string(x, ws, r, 6, rep && rep->comment ? rep->comment : "", NULL);
		if (rep && rep->budget >= 0)
			vk_xlsx_number(x, ws, r, 7, rep->budget, x->mnok);
		else
			vk_xlsx_blank(x, ws, r, 7, NULL);
		for (lxw_col_t c = 8; c < cols; c++)
			status_cell(x, ws, r, c, x->colour[i * np + (x->last - (c - 7))]);
	}
	for (lxw_col_t c = 0; c < cols; c++)
		free(names[c]);
	free(names);
	free(tcs);
	free(tc);
}

/* Oppsummering: counts per colour per period as formulas over Status, with their
 * values; shares, changes and the budget; a stacked column chart. The counts refer to
 * the Status table's columns by name (Statustabell[Status 2025-T1]), so rows added to
 * the table count; without a table (constant-memory mode) to whole columns, which count
 * added rows too (the header is no status word and no number). */
/* The Status sheet's column `c` in a formula: the table column, or the whole column. */
static void column_ref(const struct vk_xlsx_book *x, const char *sheetref, lxw_col_t c, char *buf,
		       size_t size)
{
	char cl[8], name[600];

	if (x->table) {
		char *head = status_head(x, c);
		table_column(head, name, sizeof(name));
		snprintf(buf, size, "%s[%s]", VK_XLSX_STATUS_TABLE(x), name);
		free(head);
	} else {
		vk_xlsx_col_name(c, cl);
		snprintf(buf, size, "%s!%s:%s", sheetref, cl, cl);
	}
}

/* Per period, how many items ran in it without a report, as vk_status_summarise counts
 * them (archived ones too, where they were part of the plan). Caller frees. */
static size_t *silent_counts(const struct vk_xlsx_book *x)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n ? set->periods_n : 1;
	size_t *silent = vk_xcalloc(np, sizeof(*silent));

	for (size_t p = 0; p < set->periods_n; p++)
		for (size_t i = 0; i < pf->items_n + pf->archived_n; i++)
			silent[p] += x->colour[i * np + p] == VK_COLOUR_NONE &&
				     vk_status_expected(vk_xlsx_row_item(x, i), i >= pf->items_n,
							&set->periods[p]);
	return silent;
}

void vk_xlsx_sheet_summary(struct vk_xlsx_book *x, lxw_worksheet *ws, const char *status_sheet)
{
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n, n = x->rows;
	enum vk_lang lang = x->in->lang;
	const char *const head[] = {VK_TR(lang, "Periode", "Period"),
				    vk_word(VK_WORD_GRONN_CAP, lang),
				    vk_word(VK_WORD_GUL_CAP, lang),
				    vk_word(VK_WORD_ROD_CAP, lang),
				    VK_TR(lang, "Rapporter", "Reports"),
				    VK_TR(lang, "Andel grønn", "Share green"),
				    VK_TR(lang, "Andel gul", "Share yellow"),
				    VK_TR(lang, "Andel rød", "Share red"),
				    VK_TR(lang, "Endring gul", "Change yellow"),
				    VK_TR(lang, "Endring rød", "Change red"),
				    VK_TR(lang, "Budsjett (MNOK)", "Budget (MNOK)"),
				    vk_word(VK_WORD_NO_REPORT_CAP, lang),
				    VK_TR(lang, "Andel uten rapport", "Share no report"),
				    VK_TR(lang, "Endring uten rapport", "Change no report")};
	static const char *const notes_nb[] = {
	    "Fargene telles med formler over Status-arket, der arkiverte programmer og "
	    "prosjekter står nederst (grå, «arkivert»): rapportene deres teller i sine perioder, "
	    "som i veikart status.",
	    "Uten rapport: programmer og prosjekter som løp i perioden (etter fasene) uten å "
	    "rapportere, regnet av veikart (verdier). Andelene er av rapportene og dem uten "
	    "rapport til sammen; endringen er mot forrige periode av samme slag.",
	    "Budsjett: den viste periodens er summen av Status-arkets budsjettkolonne; "
	    "tidligere perioders er summen av periodens rapporter i veikart (veikart status "
	    "--period P), som verdier. Tom når ingen av periodens rapporter oppgir budsjett."};
	static const char *const notes_en[] = {
	    "The colours are counted by formulas over the Status sheet, where archived "
	    "programmes and projects come last (grey, \"archived\"): their reports count in "
	    "their periods, as in veikart status.",
	    "No report: programmes and projects that ran in the period (by their phases) "
	    "without reporting, counted by veikart (values). The shares are of the reports and "
	    "those without one together; the change is against the previous period of the same "
	    "kind.",
	    "Budget: the shown period's is the sum of the Status sheet's budget column; earlier "
	    "periods' are the sum of the period's reports in veikart (veikart status --period "
	    "P), as values. Empty when none of the period's reports gives a budget."};
	lxw_chart *chart;
	char f[1600], sheetref[64], range[700];
	size_t *silent = silent_counts(x);
	const size_t cols = sizeof(head) / sizeof(head[0]), notes = 3;

	snprintf(sheetref, sizeof(sheetref), "'%s'", status_sheet);
	for (lxw_col_t c = 0; c < cols; c++)
		vk_xlsx_string(x, ws, 0, c, head[c], x->head);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 12, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, cols - 1, 11, NULL), ws, 0, 1);
	worksheet_freeze_panes(ws, 1, 1);
	for (size_t p = 0; p <= x->last && np; p++) {
		lxw_row_t r = (lxw_row_t)(p + 1);
		/* the shown period is Status!F, earlier ones go right from I, newest first */
		lxw_col_t sc = p == x->last ? 5 : (lxw_col_t)(8 + (x->last - 1 - p));
		const struct vk_period *prev = vk_status_previous(set, p);
		size_t counts[4] = {0}, q = prev ? (size_t)(prev - set->periods) : 0;
		double budget = x->in->budgets[p], all;

		for (size_t i = 0; i < n; i++)
			counts[x->colour[i * np + p]]++;
		vk_xlsx_string(x, ws, r, 0, set->periods[p].code, NULL);
		column_ref(x, sheetref, sc, range, sizeof(range));
		for (int c = VK_GRONN; c <= VK_ROD; c++) {
			snprintf(f, sizeof(f), "=COUNTIF(%s,\"%s\")", range,
				 vk_colour_name((enum vk_colour)c, VK_LANG_NB));
			vk_xlsx_formula_num(x, ws, r, (lxw_col_t)c, f, x->int_fmt,
					    (double)counts[c]);
		}
		snprintf(f, sizeof(f), "=SUM(B%u:D%u)", r + 1, r + 1);
		size_t total = counts[1] + counts[2] + counts[3];
		vk_xlsx_formula_num(x, ws, r, 4, f, x->int_fmt, (double)total);
		vk_xlsx_number(x, ws, r, 11, (double)silent[p], x->int_fmt);
		/* shares of the reports and the silent items together, as veikart status */
		all = (double)(total + silent[p]);
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			char cl = c > VK_ROD ? 'L' : (char)('A' + c);
			size_t k = c > VK_ROD ? silent[p] : counts[c];
			snprintf(f, sizeof(f), "=IF(E%u+L%u=0,0,%c%u/(E%u+L%u))", r + 1, r + 1, cl,
				 r + 1, r + 1, r + 1);
			vk_xlsx_formula_num(x, ws, r, c > VK_ROD ? 12 : (lxw_col_t)(4 + c), f,
					    x->pct, all > 0 ? (double)k / all : 0);
		}
		if (prev) {
			/* against the previous period of the same kind (vk_status_previous) */
			size_t before[4] = {0};
			lxw_row_t rq = (lxw_row_t)(q + 2);
			for (size_t i = 0; i < n; i++)
				before[x->colour[i * np + q]]++;
			snprintf(f, sizeof(f), "=C%u-C%u", r + 1, rq);
			vk_xlsx_formula_num(x, ws, r, 8, f, x->int_fmt,
					    (double)counts[VK_GUL] - (double)before[VK_GUL]);
			snprintf(f, sizeof(f), "=D%u-D%u", r + 1, rq);
			vk_xlsx_formula_num(x, ws, r, 9, f, x->int_fmt,
					    (double)counts[VK_ROD] - (double)before[VK_ROD]);
			snprintf(f, sizeof(f), "=L%u-L%u", r + 1, rq);
			vk_xlsx_formula_num(x, ws, r, 13, f, x->int_fmt,
					    (double)silent[p] - (double)silent[q]);
		} else {
			vk_xlsx_blank(x, ws, r, 8, NULL);
			vk_xlsx_blank(x, ws, r, 9, NULL);
			vk_xlsx_blank(x, ws, r, 13, NULL);
		}
		if (p == x->last) {
			/* the Status sheet's budget column: live and archived rows; empty
			 * while the column holds no number (no budget is not 0 MNOK) */
			column_ref(x, sheetref, 7, range, sizeof(range));
			snprintf(f, sizeof(f), "=IF(COUNT(%s)=0,\"\",SUM(%s))", range, range);
			if (budget < 0)
				vk_xlsx_formula_str(x, ws, r, 10, f, x->mnok, "");
			else
				vk_xlsx_formula_num(x, ws, r, 10, f, x->mnok, budget);
		} else if (budget < 0) {
			/* no report in the period gives a budget: none, as veikart status */
			vk_xlsx_blank(x, ws, r, 10, x->mnok);
		} else {
			/* earlier periods' budgets are not on the Status sheet: values (the note)
			 */
			vk_xlsx_number(x, ws, r, 10, budget, x->mnok);
		}
	}
	free(silent);
	if (!np)
		return;
	/* what the numbers are, under the table (column B: column A lists the periods) */
	for (size_t k = 0; k < notes; k++)
		vk_xlsx_string(x, ws, (lxw_row_t)(x->last + 3 + k), 1,
			       x->in->lang == VK_LANG_EN ? notes_en[k] : notes_nb[k], x->muted);
	if (!(chart = workbook_add_chart(x->wb, LXW_CHART_COLUMN_STACKED))) {
		vk_xlsx_fail(x, ws, 0, 0, "cannot add the chart");
		return;
	}
	/* grønn, gul, rød, then uten rapport on top in grey, as the status slide */
	for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
		char sheet[64];
		lxw_chart_series *s;
		lxw_chart_fill fill = {.color =
					   c > VK_ROD ? VK_RGB_SILENT : vk_xlsx_status_fill[c]};
		lxw_chart_line line = {.color = VK_RGB_MUTED, .width = 0.75};
		lxw_col_t col = c > VK_ROD ? 11 : (lxw_col_t)c;

		snprintf(sheet, sizeof(sheet), "%s", VK_TR(x->in->lang, "Oppsummering", "Summary"));
		if (!(s = chart_add_series(chart, NULL, NULL))) {
			vk_xlsx_fail(x, ws, 0, 0, "cannot add a series to the chart");
			return;
		}
		chart_series_set_categories(s, sheet, 1, 0, (lxw_row_t)(x->last + 1), 0);
		chart_series_set_values(s, sheet, 1, col, (lxw_row_t)(x->last + 1), col);
		chart_series_set_name_range(s, sheet, 0, col);
		chart_series_set_fill(s, &fill);
		if (c > VK_ROD)
			chart_series_set_line(s, &line);
	}
	chart_title_set_name(chart, VK_TR(x->in->lang, "Status per periode", "Status per period"));
	vk_xlsx_check(x, worksheet_insert_chart(ws, (lxw_row_t)(x->last + 3 + notes + 1), 0, chart),
		      ws, (lxw_row_t)(x->last + 3 + notes + 1), 0);
}

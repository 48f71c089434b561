/* The workbook, written with libxlsxwriter. Every sheet is written top to bottom, row
 * by row, so a large portfolio can go out in constant-memory mode, where memory does
 * not grow with the row count; a smaller one gets its Status sheet as an Excel table,
 * which that mode cannot write. Each formula is written with the value veikart computed
 * for it.
 *
 * Status colours come as a matrix (item × period, live items then archived ones, whose
 * reports count in their periods as in `veikart status`) and the budgets as a sum per period,
 * both read by the store in one pass (vk_db_load_colours), so years of reports are never
 * all in memory. */
#include "xlsx.h"
#include "xlsx-int.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zlib.h>

#include "alloc.h"
#include "atomic.h"
#include "date.h"

static const uint32_t status_fill[] = {0, 0x2E7D32, 0xE8A800, 0xC62828};
static const uint32_t status_ink[] = {0, 0xFFFFFF, 0x1F2933, 0xFFFFFF};

/* The item of Status row `i` (0 the first below the header): the live items, then the
 * archived ones, whose reports count in their periods as `veikart status` counts them. */
static const struct vk_item *row_item(const struct book *x, size_t i)
{
	const struct vk_portfolio *pf = x->in->pf;
	return i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
}

struct coded {
	const char *code;
	size_t row;
};

static int by_code(const void *a, const void *b)
{
	return strcmp(((const struct coded *)a)->code, ((const struct coded *)b)->code);
}

/* The shown period's report of each row, from the reports given (those of that period). */
static void index_reports(struct book *x)
{
	const struct vk_status_set *set = x->in->status;
	struct coded *sorted = vk_xcalloc(x->rows + 1, sizeof(*sorted));

	x->current = vk_xcalloc(x->rows + 1, sizeof(*x->current));
	for (size_t i = 0; i < x->rows; i++)
		sorted[i] = (struct coded){row_item(x, i)->code, i};
	qsort(sorted, x->rows, sizeof(*sorted), by_code);
	for (size_t r = 0; r < set->reports_n; r++) {
		const struct vk_report *rep = &set->reports[r];
		struct coded key = {.code = rep->code}, *hit;

		if (!set->periods_n || strcmp(rep->period.code, set->periods[x->last].code) != 0)
			continue;
		hit = bsearch(&key, sorted, x->rows, sizeof(*sorted), by_code);
		if (hit)
			x->current[hit->row] = rep;
	}
	free(sorted);
}

static lxw_format *fmt(struct book *x)
{
	lxw_format *f = workbook_add_format(x->wb);

	if (!f)
		abort(); /* libxlsxwriter's only failure here is memory: as vk_xmalloc */
	return f;
}

static void formats(struct book *x)
{
	const struct vk_portfolio *pf = x->in->pf;

	x->head = fmt(x);
	format_set_bold(x->head);
	format_set_font_color(x->head, 0xFFFFFF);
	format_set_bg_color(x->head, 0x1F4E79);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->text = fmt(x);
	x->wrap = fmt(x);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	x->mnok = fmt(x);
	format_set_num_format(x->mnok, VK_XLSX_MNOK_FORMAT);
	x->pct = fmt(x);
	format_set_num_format(x->pct, "0.0%");
	x->date = fmt(x);
	format_set_num_format(x->date, x->in->lang == VK_LANG_EN ? "yyyy-mm-dd" : "dd.mm.yyyy");
	x->int_fmt = fmt(x);
	format_set_num_format(x->int_fmt, "0");
	x->title = fmt(x);
	format_set_bold(x->title);
	format_set_font_size(x->title, 13);
	x->muted = fmt(x);
	format_set_font_color(x->muted, 0x616E7C);
	format_set_italic(x->muted);
	x->status_cell = fmt(x);
	format_set_bold(x->status_cell);
	format_set_align(x->status_cell, LXW_ALIGN_CENTER);
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		/* a conditional format (a dxf): only fill and font count there */
		x->status[c] = fmt(x);
		format_set_bg_color(x->status[c], status_fill[c]);
		format_set_font_color(x->status[c], status_ink[c]);
	}
	x->phase = vk_xcalloc(pf->phases_n + 1, sizeof(*x->phase));
	for (size_t i = 0; i < pf->phases_n; i++) {
		uint32_t c = (uint32_t)strtoul(pf->phases[i].colour + 1, NULL, 16);
		x->phase[i] = fmt(x);
		format_set_bg_color(x->phase[i], c);
		format_set_font_size(x->phase[i], 8);
		format_set_align(x->phase[i], LXW_ALIGN_CENTER);
		format_set_border(x->phase[i], LXW_BORDER_THIN);
		format_set_border_color(x->phase[i], 0xFFFFFF);
	}
}

/* The number of characters (code points) in UTF-8 text, as libxlsxwriter counts them
 * against Excel's limit of 32,767 per cell. */
static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

void vk_xlsx_fail(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *fmt, ...)
{
	char what[200], cl[8];
	va_list ap;

	if (x->rc)
		return;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	x->rc = VK_ECANTCREAT;
	if (ws)
		snprintf(x->msg, sizeof(x->msg), "sheet %s, cell %s%lu: %s", ws->name,
			 xlsx_col_name(c, cl), (unsigned long)r + 1, what);
	else
		snprintf(x->msg, sizeof(x->msg), "%s", what);
}

bool vk_xlsx_check(struct book *x, lxw_error e, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c)
{
	if (e == LXW_NO_ERROR)
		return true;
	if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
		vk_xlsx_fail(x, ws, r, c,
			     "past Excel's last row (1,048,576) or column (16,384, XFD), or a "
			     "row already written in constant-memory mode");
	else if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
		vk_xlsx_fail(x, ws, r, c,
			     "text longer than an Excel cell holds (32,767 characters)");
	else
		vk_xlsx_fail(x, ws, r, c, "%s", lxw_strerror(e));
	return false;
}

void vk_xlsx_string(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
		    lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_string(ws, r, c, s, f), ws, r, c);
}

void vk_xlsx_number(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v,
		    lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_number(ws, r, c, v, f), ws, r, c);
}

void vk_xlsx_blank(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_blank(ws, r, c, f), ws, r, c);
}

void vk_xlsx_formula_num(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, double value)
{
	vk_xlsx_check(x, worksheet_write_formula_num(ws, r, c, formula, f, value), ws, r, c);
}

void vk_xlsx_formula_str(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, const char *value)
{
	vk_xlsx_check(x, worksheet_write_formula_str(ws, r, c, formula, f, value), ws, r, c);
}

/* "B" for column 1 and so on, into buf. */
const char *xlsx_col_name(lxw_col_t col, char buf[8])
{
	char tmp[8];
	int n = 0;

	for (unsigned c = col + 1; c > 0; c = (c - 1) / 26)
		tmp[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
	return buf;
}

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

static void status_cell(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
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
static void status_colours(struct book *x, lxw_worksheet *ws, lxw_col_t first, lxw_col_t last)
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
static char *status_head(const struct book *x, lxw_col_t c)
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
static void sheet_status(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n ? set->periods_n : 1, nitems = x->rows;
	lxw_col_t cols = (lxw_col_t)(8 + (set->periods_n ? x->last : 0));
	lxw_table_column **tc = vk_xcalloc(cols + 1, sizeof(*tc));
	lxw_table_column *tcs = vk_xcalloc(cols, sizeof(*tcs));
	char **names = vk_xcalloc(cols, sizeof(*names));
	lxw_table_options opt = {0};
	char *valid[] = {"grønn", "gul", "rød", NULL};
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
		opt.name = (char *)XLSX_STATUS_TABLE(x);
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
		const struct vk_item *it = row_item(x, i);
		const struct vk_report *rep = x->current[i];
		lxw_row_t r = (lxw_row_t)(i + 1);
		bool archived = i >= pf->items_n;
		lxw_format *ink = archived ? x->muted : NULL;

		vk_xlsx_string(x, ws, r, 0, it->code, ink);
		vk_xlsx_string(x, ws, r, 1, it->name, ink);
		vk_xlsx_string(x, ws, r, 2, it->owner ? it->owner : "", ink);
		vk_xlsx_string(x, ws, r, 3, it->parent ? it->parent : "", ink);
		if (archived)
			vk_xlsx_string(x, ws, r, 4, VK_TR(x->in->lang, "arkivert", "archived"),
				       x->muted);
		else
			vk_xlsx_string(
			    x, ws, r, 4,
			    phase_name(pf, today != VK_DATE_NONE ? phase_at(it, today) : NULL),
			    NULL);
		status_cell(x, ws, r, 5, rep ? rep->colour : VK_COLOUR_NONE);
		if (rep && rep->comment && utf8_chars(rep->comment) > 32767)
			vk_xlsx_fail(x, ws, r, 6,
				     "the comment of %s for %s has %zu characters; an Excel cell "
				     "holds at most 32,767 (shorten it: veikart status set)",
				     it->code, rep->period.code, utf8_chars(rep->comment));
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
static void column_ref(const struct book *x, const char *sheetref, lxw_col_t c, char *buf,
		       size_t size)
{
	char cl[8], name[600];

	if (x->table) {
		char *head = status_head(x, c);
		table_column(head, name, sizeof(name));
		snprintf(buf, size, "%s[%s]", XLSX_STATUS_TABLE(x), name);
		free(head);
	} else {
		xlsx_col_name(c, cl);
		snprintf(buf, size, "%s!%s:%s", sheetref, cl, cl);
	}
}

/* Per period, how many items ran in it without a report, as vk_status_summarise counts
 * them (archived ones too, where they were part of the plan). Caller frees. */
static size_t *silent_counts(const struct book *x)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n ? set->periods_n : 1;
	size_t *silent = vk_xcalloc(np, sizeof(*silent));

	for (size_t p = 0; p < set->periods_n; p++)
		for (size_t i = 0; i < pf->items_n + pf->archived_n; i++)
			silent[p] +=
			    x->colour[i * np + p] == VK_COLOUR_NONE &&
			    vk_status_expected(row_item(x, i), i >= pf->items_n, &set->periods[p]);
	return silent;
}

static void sheet_summary(struct book *x, lxw_worksheet *ws, const char *status_sheet)
{
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n, n = x->rows;
	static const char *const head_nb[] = {"Periode",
					      "Grønn",
					      "Gul",
					      "Rød",
					      "Rapporter",
					      "Andel grønn",
					      "Andel gul",
					      "Andel rød",
					      "Endring gul",
					      "Endring rød",
					      "Budsjett (MNOK)",
					      "Uten rapport",
					      "Andel uten rapport",
					      "Endring uten rapport"};
	static const char *const head_en[] = {
	    "Period",	       "Green",		  "Yellow",	   "Red",
	    "Reports",	       "Share green",	  "Share yellow",  "Share red",
	    "Change yellow",   "Change red",	  "Budget (MNOK)", "No report",
	    "Share no report", "Change no report"};
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
	const size_t cols = sizeof(head_nb) / sizeof(head_nb[0]), notes = 3;

	snprintf(sheetref, sizeof(sheetref), "'%s'", status_sheet);
	for (lxw_col_t c = 0; c < cols; c++)
		vk_xlsx_string(x, ws, 0, c, x->in->lang == VK_LANG_EN ? head_en[c] : head_nb[c],
			       x->head);
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
		lxw_chart_fill fill = {.color = c > VK_ROD ? 0xD9DDE3 : status_fill[c]};
		lxw_chart_line line = {.color = 0x616E7C, .width = 0.75};
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

static unsigned long le16(const unsigned char *p)
{
	return p[0] | (unsigned long)p[1] << 8;
}

static unsigned long le32(const unsigned char *p)
{
	return p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 |
	       (unsigned long)p[3] << 24;
}

/* Whether an XML part, of which `head` is the start and `tail` the end, ends with the
 * end tag of the element it starts with. */
static bool xml_whole(const char *head, size_t head_n, const char *tail, size_t tail_n)
{
	const char *p = head, *end = head + head_n, *name;
	char want[80];
	size_t n;

	if (head_n >= 5 && memcmp(p, "<?xml", 5) == 0) {
		const char *q = memchr(p, '>', head_n);
		if (!q)
			return false;
		p = q + 1;
	}
	while (p < end && strchr(" \t\r\n", *p))
		p++;
	if (p >= end || *p != '<')
		return false;
	name = ++p;
	while (p < end && !strchr(" \t\r\n/>", *p))
		p++;
	if (p >= end || (size_t)(p - name) + 4 > sizeof(want))
		return false;
	snprintf(want, sizeof(want), "</%.*s>", (int)(p - name), name);
	while (tail_n > 0 && strchr(" \t\r\n", tail[tail_n - 1]))
		tail_n--;
	n = strlen(want);
	return tail_n >= n && memcmp(tail + tail_n - n, want, n) == 0;
}

/* One member of the zip, whose central directory entry is `e` (`name` its name): its
 * data inflates to the size and CRC the directory gives, and an XML part is whole. */
static bool member_whole(FILE *f, const unsigned char *e, const char *name, size_t name_n)
{
	unsigned long method = le16(e + 10), crc = le32(e + 16), csize = le32(e + 20);
	unsigned long usize = le32(e + 24), off = le32(e + 42), got_crc = crc32(0, NULL, 0);
	unsigned long long got = 0;
	unsigned char local[30], in[16384], out[32768];
	char head[512], tail[256];
	size_t head_n = 0, tail_n = 0;
	z_stream z = {0};
	int zr = Z_OK;
	bool ok = false, xml = (name_n > 4 && memcmp(name + name_n - 4, ".xml", 4) == 0) ||
			       (name_n > 5 && memcmp(name + name_n - 5, ".rels", 5) == 0);

	if ((method != 0 && method != 8) || fseek(f, (long)off, SEEK_SET) != 0 ||
	    fread(local, 1, 30, f) != 30 || le32(local) != 0x04034b50 ||
	    fseek(f, (long)(le16(local + 26) + le16(local + 28)), SEEK_CUR) != 0 ||
	    (method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK))
		return false;
	for (;;) {
		unsigned char *data = out;
		size_t made;

		if (z.avail_in == 0 && csize > 0) {
			size_t want = csize < sizeof(in) ? csize : sizeof(in);
			if (fread(in, 1, want, f) != want)
				goto out;
			csize -= (unsigned long)want;
			z.next_in = in;
			z.avail_in = (uInt)want;
		}
		if (method == 0) {
			if (z.avail_in == 0)
				break;
			data = in;
			made = z.avail_in;
			z.avail_in = 0;
		} else {
			z.next_out = out;
			z.avail_out = sizeof(out);
			zr = inflate(&z, Z_NO_FLUSH);
			if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
				goto out;
			made = sizeof(out) - z.avail_out;
		}
		got_crc = crc32(got_crc, data, (uInt)made);
		got += made;
		for (size_t k = 0; k < made && head_n < sizeof(head); k++)
			head[head_n++] = (char)data[k];
		if (made >= sizeof(tail)) {
			memcpy(tail, data + made - sizeof(tail), sizeof(tail));
			tail_n = sizeof(tail);
		} else if (made > 0) {
			size_t keep = tail_n + made > sizeof(tail) ? sizeof(tail) - made : tail_n;
			memmove(tail, tail + tail_n - keep, keep);
			memcpy(tail + keep, data, made);
			tail_n = keep + made;
		}
		if (method == 8 &&
		    (zr == Z_STREAM_END || (made == 0 && z.avail_in == 0 && csize == 0)))
			break; /* the end, or input that ends before the stream does */
	}
	ok = (method == 0 || zr == Z_STREAM_END) && got == usize && got_crc == crc &&
	     (!xml || xml_whole(head, head_n, tail, tail_n));
out:
	if (method == 8)
		inflateEnd(&z);
	return ok;
}

/* libxlsxwriter 1.1.4 notices neither a failed write of the zip (a full disk) nor one of
 * the temporary files it writes each part to first (which it then zips as it is, cut
 * short), so the finished file is read back: it ends with the zip's end-of-central-
 * directory record, whose directory ends where the record starts, and every member
 * inflates to its size and CRC, each XML part ending with its root element's end tag.
 * NULL when whole, else what is wrong. */
static const char *zip_damage(const char *path)
{
	unsigned char end[22], e[46];
	char name[256];
	const char *bad = NULL;
	FILE *f = fopen(path, "rb");
	long size;
	unsigned long entries, cd_size, cd_offset, at;

	if (!f)
		return "it cannot be read back";
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 22 || fseek(f, -22, SEEK_END) != 0 ||
	    fread(end, 1, 22, f) != 22 || le32(end) != 0x06054b50) {
		bad = "it was cut short (disk full?)";
		goto out;
	}
	entries = le16(end + 10);
	cd_size = le32(end + 12);
	cd_offset = le32(end + 16);
	if (cd_offset + cd_size != (unsigned long)(size - 22)) {
		bad = "it was cut short (disk full?)";
		goto out;
	}
	at = cd_offset;
	for (unsigned long k = 0; k < entries; k++) {
		size_t n;
		if (fseek(f, (long)at, SEEK_SET) != 0 || fread(e, 1, 46, f) != 46 ||
		    le32(e) != 0x02014b50) {
			bad = "its zip directory is damaged (disk full?)";
			goto out;
		}
		n = le16(e + 28);
		if (n >= sizeof(name) || fread(name, 1, n, f) != n) {
			bad = "its zip directory is damaged (disk full?)";
			goto out;
		}
		name[n] = '\0';
		at += 46 + n + le16(e + 30) + le16(e + 32);
		if (!member_whole(f, e, name, n)) {
			bad = "a part of it was cut short while it was written (disk full?)";
			goto out;
		}
	}
out:
	fclose(f);
	return bad;
}

/* Printing: landscape A4, one page wide, the header row on every page. NULL (and the
 * failure recorded) when the sheet cannot be added. */
static lxw_worksheet *sheet(struct book *x, const char *name, bool header)
{
	lxw_worksheet *ws = x->rc ? NULL : workbook_add_worksheet(x->wb, name);

	if (!ws) {
		vk_xlsx_fail(x, NULL, 0, 0, "cannot add the sheet %s", name);
		return NULL;
	}
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	if (header)
		vk_xlsx_check(x, worksheet_repeat_rows(ws, 0, 0), ws, 0, 0);
	return ws;
}

/* The bytes of `s` (may be NULL) in XML at most: escapes (&amp; _x0001_) counted as 7. */
static unsigned long long xml_size(const char *s)
{
	unsigned long long n = 0;

	for (; s && *s; s++)
		n += strchr("&<>\"'", *s) || (unsigned char)*s < 0x20 ? 7 : 1;
	return n;
}

/* A generous bound on the bytes the workbook's parts take uncompressed: text with its
 * XML escapes, a fixed size per cell and per formula
 * (about five times what the sample portfolio's parts take). */
static unsigned long long parts_size(const struct book *x)
{
	const struct vk_xlsx_input *in = x->in;
	const struct vk_portfolio *pf = in->pf;
	size_t nc = pf->scoring ? pf->scoring->criteria_n : 0;
	unsigned long long n = 128 * 1024; /* styles, theme, chart, the fixed parts */

#define TEXT(s) xml_size(s)
	for (size_t i = 0; i < x->rows; i++) {
		const struct vk_item *it = row_item(x, i);
		const struct vk_report *rep = x->current[i];
		int y0;

		n += TEXT(it->code) * 3 + TEXT(it->name) * 3 + TEXT(it->owner) * 2 +
		     TEXT(it->parent) * 2 + TEXT(it->description);
		n += 1024 + (unsigned long long)(it->phases_n + it->budgets_n) * 256;
		for (size_t k = 0; k < it->deps_n; k++)
			n += 8 + TEXT(it->deps[k].code);
		n += 512 + (unsigned long long)(x->last + 1) * 64;
		n += rep ? TEXT(rep->comment) : 0;
		for (size_t k = 0; k < it->milestones_n; k++)
			n += 512 + TEXT(it->milestones[k].name) + TEXT(it->name);
		if (it->rollouts_n)
			/* the cells, and a comment where phases overlap (at most one per
			 * quarter and phase) */
			n += (unsigned long long)(vk_xlsx_rollout_quarters(it, &y0) + 1) *
			     ((pf->areas_n + pf->regions_n + 3) * 64 + it->rollouts_n * 1024);
	}
	n += (unsigned long long)(x->last + 1) * 2048;
	for (size_t k = 0; k < in->scores_n; k++)
		n += 2048 + TEXT(in->scores[k].measure->name) * 2 + (unsigned long long)nc * 256;
	n += (unsigned long long)nc * 512; /* the weights */
	for (size_t i = 0; in->costs && i < in->costs->costs_n; i++)
		n += 512 + TEXT(in->costs->costs[i].solution);
#undef TEXT
	return n;
}

/* The room DESIGN.md asks for before libxlsxwriter starts: it writes every part of the
 * workbook uncompressed to a temporary file in `dir`, zips it into the output there, and
 * (1.1.4) does not notice a failed write of a part, which would give a whole-looking but
 * damaged workbook. So the free space must hold the parts and the output (each at most
 * parts_size), and the file size limit (ulimit -f) one of them. */
static enum vk_code check_room(const struct book *x, const char *path, const char *dir,
			       struct vk_error *err)
{
	unsigned long long need = parts_size(x), room;
	struct statvfs fs;
	struct rlimit lim;

	if (statvfs(dir, &fs) != 0)
		return vk_error_set(err, VK_ECANTCREAT, "%s: cannot see the free space: %s", path,
				    strerror(errno));
	room = (unsigned long long)fs.f_bavail * fs.f_frsize;
	if (room / 2 < need)
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: not enough room: writing the workbook may take up to "
				    "%llu KB and %s has %llu KB free",
				    path, 2 * need / 1024, dir, room / 1024);
	if (getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY &&
	    (unsigned long long)lim.rlim_cur < need)
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: the file size limit (ulimit -f) is %llu KB; a part of the "
				    "workbook may take up to %llu KB",
				    path, (unsigned long long)lim.rlim_cur / 1024, need / 1024);
	return VK_OK;
}

/* libxlsxwriter 1.1.4 prints its errors to stderr as well as returning them, and veikart
 * prints one line. While it works, stderr goes into a pipe (non-blocking, so a flood of
 * messages cannot hang the writer); what it said is read back and its last line goes
 * into veikart's message when the export fails. fd 2 is always put back. */
struct hush {
	int saved, rd;
};

static void hush_begin(struct hush *h)
{
	int p[2];

	h->saved = h->rd = -1;
	fflush(stderr);
	if (pipe(p) != 0)
		return; /* then its messages stay visible: better than losing them */
	if (fcntl(p[1], F_SETFL, O_NONBLOCK) != 0 || fcntl(p[0], F_SETFL, O_NONBLOCK) != 0 ||
	    (h->saved = dup(2)) < 0 || dup2(p[1], 2) < 0) {
		if (h->saved >= 0)
			close(h->saved);
		h->saved = -1;
		close(p[0]);
		close(p[1]);
		return;
	}
	close(p[1]);
	h->rd = p[0];
}

/* Puts stderr back; the last line libxlsxwriter printed (without its "[ERROR]..."
 * prefix) into `said`, or "". */
static void hush_end(struct hush *h, char *said, size_t size)
{
	char buf[4096];
	ssize_t got, len = 0;

	said[0] = '\0';
	if (h->saved < 0)
		return;
	fflush(stderr);
	dup2(h->saved, 2);
	close(h->saved);
	while ((got = read(h->rd, buf + len, sizeof(buf) - 1 - (size_t)len)) > 0) {
		len += got;
		if ((size_t)len == sizeof(buf) - 1) {
			/* keep the last half: the newest lines */
			memmove(buf, buf + len / 2, (size_t)(len - len / 2));
			len -= len / 2;
		}
	}
	close(h->rd);
	buf[len] = '\0';
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	{
		char *line = strrchr(buf, '\n'), *text;
		line = line ? line + 1 : buf;
		text = strstr(line, "]: ");
		text = text ? text + 3 : line;
		if (strncmp(text, "[ERROR] ", 8) == 0)
			text += 8;
		snprintf(said, size, "%s", text);
		for (char *c = said; *c; c++)
			if ((unsigned char)*c < 0x20)
				*c = ' ';
	}
}

enum vk_code vk_xlsx_write(const char *path, const struct vk_xlsx_input *in, struct vk_error *err)
{
	struct book b = {.in = in};
	struct book *x = &b;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? vk_xstrndup(path, (size_t)(slash - path)) : vk_xstrdup(".");
	char *tmp = NULL;
	lxw_workbook_options opt = {.tmpdir = dir};
	lxw_doc_properties props = {0};
	lxw_error lerr;
	enum vk_code rc = VK_OK;
	const char *status_name = VK_TR(x->in->lang, "Status", "Status");
	struct hush hush = {.saved = -1, .rd = -1};
	char said[160];
	const char *damage;
	lxw_worksheet *ws;

	if (slash == path) {
		free(dir);
		dir = vk_xstrdup("/");
		opt.tmpdir = dir;
	}
	b.last = in->period >= 0 ? (size_t)in->period
				 : (in->status->periods_n ? in->status->periods_n - 1 : 0);
	/* what does not fit in a sheet is refused before anything is written */
	if (in->status->periods_n && 8 + b.last > LXW_COL_MAX) {
		rc = vk_error_set(err, VK_ECANTCREAT,
				  "%s: %zu periods up to %s do not fit on the Status sheet: Excel "
				  "has 16,384 columns, room for the colours of %d periods",
				  path, b.last + 1, in->status->periods[b.last].code,
				  LXW_COL_MAX - 7);
		goto out;
	}
	b.rows = in->pf->items_n + in->pf->archived_n;
	if (b.rows >= LXW_ROW_MAX) {
		rc = vk_error_set(
		    err, VK_ECANTCREAT,
		    "%s: %zu programmes and projects (%zu of them archived) do not fit "
		    "on the Status sheet: Excel has 1,048,576 rows, room for 1,048,575",
		    path, b.rows, in->pf->archived_n);
		goto out;
	}
	/* Excel tables need the whole sheet in memory; past this size memory matters more */
	b.table = b.rows <= VK_XLSX_TABLE_MAX;
	opt.constant_memory = !b.table;
	b.colour = in->colours;
	index_reports(x);
	/* the temporary file proves the directory is writable before libxlsxwriter starts */
	if ((rc = vk_atomic_begin(path, &tmp, err)) || (rc = check_room(x, path, dir, err)))
		goto fail;
	hush_begin(&hush);
	b.wb = workbook_new_opt(tmp, &opt);
	if (!b.wb) {
		hush_end(&hush, said, sizeof(said));
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot start the workbook%s%s", path,
				  said[0] ? ": " : "", said);
		goto fail;
	}
	props.title = (char *)(in->pf->title ? in->pf->title : "veikart");
	props.author = (char *)"veikart";
	/* repeatable files: the workbook says it was made on the status date */
	props.created =
	    in->pf->status_date != VK_DATE_NONE ? (time_t)in->pf->status_date * 86400 : 0;
	vk_xlsx_check(x, workbook_set_properties(b.wb, &props), NULL, 0, 0);
	formats(x);
	/* each sheet only while all went well: the first failure is the one reported */
	if ((ws = sheet(x, status_name, true)))
		sheet_status(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Oppsummering", "Summary"), true)))
		sheet_summary(x, ws, status_name);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Utrulling", "Rollout"), false)))
		sheet_rollout(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Milepæler", "Milestones"), true)))
		sheet_milestones(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Prioritering", "Priorities"), true)))
		sheet_scores(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Kostnader", "Costs"), true)))
		sheet_costs(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Portefølje", "Portfolio"), true)))
		sheet_portfolio(x, ws);
	/* closed even after a failure, which frees the book; the file is removed below */
	lerr = workbook_close(b.wb);
	hush_end(&hush, said, sizeof(said));
	if (b.rc) {
		rc = vk_error_set(err, b.rc, "%s: %s", path, b.msg);
		goto fail;
	}
	/* every call veikart makes is meant to succeed: a warning is a failure too */
	if (lerr == LXW_NO_ERROR && said[0]) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: libxlsxwriter: %s", path, said);
		goto fail;
	}
	if (lerr != LXW_NO_ERROR) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot write the workbook: %s", path,
				  said[0] ? said : lxw_strerror(lerr));
		goto fail;
	}
	if ((damage = zip_damage(tmp))) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: the workbook is not whole: %s", path,
				  damage);
		goto fail;
	}
	rc = vk_atomic_commit(tmp, path, err);
	tmp = NULL;
	goto out;
fail:
	vk_atomic_abort(tmp);
	tmp = NULL;
out:
	vk_atomic_abort(tmp);
	free(b.current);
	free(b.phase);
	free(dir);
	return rc;
}

/* The workbook, written with libxlsxwriter. Every sheet is written top to bottom, row
 * by row, so a large portfolio can go out in constant-memory mode, where memory does
 * not grow with the row count; a smaller one gets its Status sheet as an Excel table,
 * which that mode cannot write. Each formula is written with the value veikart computed
 * for it.
 *
 * Status colours come as a matrix (item × period) and the budgets as a sum per period,
 * both read by the store in one pass (vk_db_load_colours), so years of reports are never
 * all in memory. */
#include "xlsx.h"
#include "xlsx-int.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "alloc.h"
#include "atomic.h"
#include "date.h"

static const uint32_t status_fill[] = {0, 0x2E7D32, 0xE8A800, 0xC62828};
static const uint32_t status_ink[] = {0, 0xFFFFFF, 0x1F2933, 0xFFFFFF};

static int by_code(const void *a, const void *b)
{
	const struct vk_item *const *x = a, *const *y = b;
	return strcmp((*x)->code, (*y)->code);
}

/* The shown period's report of each item, from the reports given (those of that period). */
static void index_reports(struct book *x)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	const struct vk_item **sorted = vk_xcalloc(pf->items_n + 1, sizeof(*sorted));

	x->current = vk_xcalloc(pf->items_n + 1, sizeof(*x->current));
	for (size_t i = 0; i < pf->items_n; i++)
		sorted[i] = &pf->items[i];
	qsort(sorted, pf->items_n, sizeof(*sorted), by_code);
	for (size_t r = 0; r < set->reports_n; r++) {
		const struct vk_report *rep = &set->reports[r];
		struct vk_item key = {.code = rep->code};
		const struct vk_item *kp = &key, **hit;

		if (!set->periods_n || strcmp(rep->period.code, set->periods[x->last].code) != 0)
			continue;
		hit = bsearch(&kp, sorted, pf->items_n, sizeof(*sorted), by_code);
		if (hit)
			x->current[*hit - pf->items] = rep;
	}
	free(sorted);
}

static lxw_format *fmt(struct book *x)
{
	return workbook_add_format(x->wb);
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
	format_set_num_format(x->mnok, "#,##0.0");
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
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		x->status[c] = fmt(x);
		format_set_bg_color(x->status[c], status_fill[c]);
		format_set_font_color(x->status[c], status_ink[c]);
		format_set_bold(x->status[c]);
		format_set_align(x->status[c], LXW_ALIGN_CENTER);
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
		worksheet_write_blank(ws, r, c, NULL);
	else
		worksheet_write_string(ws, r, c, vk_colour_name(colour, VK_LANG_NB),
				       x->status[colour]);
}

/* Status: one row per programme and project; the shown period's colour, comment and
 * budget, then the earlier periods' colours, newest first. */
static void sheet_status(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n ? set->periods_n : 1, nitems = pf->items_n;
	lxw_col_t cols = (lxw_col_t)(8 + (set->periods_n ? x->last : 0));
	lxw_table_column **tc = vk_xcalloc(cols + 1, sizeof(*tc));
	lxw_table_column *tcs = vk_xcalloc(cols, sizeof(*tcs));
	char **names = vk_xcalloc(cols, sizeof(*names));
	lxw_table_options opt = {0};
	char *valid[] = {"grønn", "gul", "rød", NULL};
	lxw_data_validation dv = {0};
	int today = pf->status_date;

	names[0] = vk_xstrdup(TR("Kode", "Code"));
	names[1] = vk_xstrdup(TR("Navn", "Name"));
	names[2] = vk_xstrdup(TR("Eier", "Owner"));
	names[3] = vk_xstrdup(TR("Program", "Programme"));
	names[4] = vk_xstrdup(TR("Fase nå", "Phase now"));
	names[5] = set->periods_n ? vk_xasprintf("Status %s", set->periods[x->last].code)
				  : vk_xstrdup("Status");
	names[6] = vk_xstrdup(TR("Kommentar", "Comment"));
	names[7] = vk_xstrdup(TR("Budsjett (MNOK)", "Budget (MNOK)"));
	for (lxw_col_t c = 8; c < cols; c++)
		names[c] = vk_xstrdup(set->periods[x->last - (c - 7)].code);
	for (lxw_col_t c = 0; c < cols; c++) {
		tcs[c].header = names[c];
		tcs[c].header_format = x->head;
		tc[c] = &tcs[c];
	}
	if (x->table) {
		opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
		opt.style_type_number = 2;
		opt.columns = tc;
		worksheet_add_table(ws, 0, 0, (lxw_row_t)(nitems ? nitems : 1), cols - 1, &opt);
	} else {
		/* constant-memory mode has no tables: a plain header with a filter */
		for (lxw_col_t c = 0; c < cols; c++)
			worksheet_write_string(ws, 0, c, names[c], x->head);
		worksheet_autofilter(ws, 0, 0, (lxw_row_t)nitems, cols - 1);
	}
	worksheet_set_row(ws, 0, 30, NULL);
	worksheet_freeze_panes(ws, 1, 1);
	worksheet_set_column(ws, 0, 0, 20, NULL);
	worksheet_set_column(ws, 1, 1, 44, NULL);
	worksheet_set_column(ws, 2, 3, 22, NULL);
	worksheet_set_column(ws, 4, 5, 13, NULL);
	worksheet_set_column(ws, 6, 6, 60, NULL);
	worksheet_set_column(ws, 7, 7, 11, x->mnok);
	if (cols > 8)
		worksheet_set_column(ws, 8, cols - 1, 10, NULL);
	/* next period's template: the status column takes only the three words */
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = valid;
	dv.input_title = (char *)TR("Status", "Status");
	dv.input_message = (char *)TR("grønn, gul eller rød", "grønn, gul or rød");
	worksheet_data_validation_range(ws, 1, 5, (lxw_row_t)(nitems ? nitems : 1), 5, &dv);
	for (size_t i = 0; i < nitems; i++) {
		const struct vk_item *it = &pf->items[i];
		const struct vk_report *rep = x->current[i];
		lxw_row_t r = (lxw_row_t)(i + 1);

		worksheet_write_string(ws, r, 0, it->code, NULL);
		worksheet_write_string(ws, r, 1, it->name, NULL);
		worksheet_write_string(ws, r, 2, it->owner ? it->owner : "", NULL);
		worksheet_write_string(ws, r, 3, it->parent ? it->parent : "", NULL);
		worksheet_write_string(
		    ws, r, 4, phase_name(pf, today != VK_DATE_NONE ? phase_at(it, today) : NULL),
		    NULL);
		status_cell(x, ws, r, 5, rep ? rep->colour : VK_COLOUR_NONE);
		worksheet_write_string(ws, r, 6, rep && rep->comment ? rep->comment : "", NULL);
		if (rep && rep->budget >= 0)
			worksheet_write_number(ws, r, 7, rep->budget, x->mnok);
		else
			worksheet_write_blank(ws, r, 7, NULL);
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
 * values; shares, changes and the budget; a stacked column chart. */
static void sheet_summary(struct book *x, lxw_worksheet *ws, const char *status_sheet)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_status_set *set = x->in->status;
	size_t np = set->periods_n, n = pf->items_n;
	static const char *const head_nb[] = {
	    "Periode",	 "Grønn",     "Gul",	     "Rød",	    "Totalt",	      "Andel grønn",
	    "Andel gul", "Andel rød", "Endring gul", "Endring rød", "Budsjett (MNOK)"};
	static const char *const head_en[] = {"Period",	      "Green",	      "Yellow",
					      "Red",	      "Total",	      "Share green",
					      "Share yellow", "Share red",    "Change yellow",
					      "Change red",   "Budget (MNOK)"};
	lxw_chart *chart;
	char f[256], cl[8], sheetref[64];

	snprintf(sheetref, sizeof(sheetref), "'%s'", status_sheet);
	for (lxw_col_t c = 0; c < 11; c++)
		worksheet_write_string(
		    ws, 0, c, x->in->lang == VK_LANG_EN ? head_en[c] : head_nb[c], x->head);
	worksheet_set_row(ws, 0, 30, NULL);
	worksheet_set_column(ws, 0, 0, 12, NULL);
	worksheet_set_column(ws, 1, 10, 11, NULL);
	worksheet_freeze_panes(ws, 1, 1);
	for (size_t p = 0; p <= x->last && np; p++) {
		lxw_row_t r = (lxw_row_t)(p + 1);
		/* the shown period is Status!F, earlier ones go right from I, newest first */
		lxw_col_t sc = p == x->last ? 5 : (lxw_col_t)(8 + (x->last - 1 - p));
		size_t counts[4] = {0};
		double budget = 0;

		for (size_t i = 0; i < n; i++)
			counts[x->colour[i * np + p]]++;
		budget = x->in->budgets[p];
		worksheet_write_string(ws, r, 0, set->periods[p].code, NULL);
		for (int c = VK_GRONN; c <= VK_ROD; c++) {
			snprintf(f, sizeof(f), "=COUNTIF(%s!%s2:%s%zu,\"%s\")", sheetref,
				 xlsx_col_name(sc, cl), cl, n + 1,
				 vk_colour_name((enum vk_colour)c, VK_LANG_NB));
			worksheet_write_formula_num(ws, r, (lxw_col_t)c, f, x->int_fmt,
						    (double)counts[c]);
		}
		snprintf(f, sizeof(f), "=SUM(B%u:D%u)", r + 1, r + 1);
		size_t total = counts[1] + counts[2] + counts[3];
		worksheet_write_formula_num(ws, r, 4, f, x->int_fmt, (double)total);
		for (int c = VK_GRONN; c <= VK_ROD; c++) {
			snprintf(f, sizeof(f), "=IF(E%u=0,0,%c%u/E%u)", r + 1, 'A' + c, r + 1,
				 r + 1);
			worksheet_write_formula_num(ws, r, (lxw_col_t)(4 + c), f, x->pct,
						    total ? (double)counts[c] / (double)total : 0);
		}
		if (p > 0) {
			size_t before[4] = {0};
			for (size_t i = 0; i < n; i++)
				before[x->colour[i * np + p - 1]]++;
			snprintf(f, sizeof(f), "=C%u-C%u", r + 1, r);
			worksheet_write_formula_num(ws, r, 8, f, x->int_fmt,
						    (double)counts[VK_GUL] -
							(double)before[VK_GUL]);
			snprintf(f, sizeof(f), "=D%u-D%u", r + 1, r);
			worksheet_write_formula_num(ws, r, 9, f, x->int_fmt,
						    (double)counts[VK_ROD] -
							(double)before[VK_ROD]);
		} else {
			worksheet_write_blank(ws, r, 8, NULL);
			worksheet_write_blank(ws, r, 9, NULL);
		}
		if (p == x->last) {
			snprintf(f, sizeof(f), "=SUM(%s!H2:H%zu)", sheetref, n + 1);
			worksheet_write_formula_num(ws, r, 10, f, x->mnok, budget);
		} else {
			/* earlier periods' budgets are not on the Status sheet: values */
			worksheet_write_number(ws, r, 10, budget, x->mnok);
		}
	}
	if (!np)
		return;
	chart = workbook_add_chart(x->wb, LXW_CHART_COLUMN_STACKED);
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		char sheet[64];
		lxw_chart_series *s;
		lxw_chart_fill fill = {.color = status_fill[c]};

		snprintf(sheet, sizeof(sheet), "%s", TR("Oppsummering", "Summary"));
		s = chart_add_series(chart, NULL, NULL);
		chart_series_set_categories(s, sheet, 1, 0, (lxw_row_t)(x->last + 1), 0);
		chart_series_set_values(s, sheet, 1, (lxw_col_t)c, (lxw_row_t)(x->last + 1),
					(lxw_col_t)c);
		chart_series_set_name_range(s, sheet, 0, (lxw_col_t)c);
		chart_series_set_fill(s, &fill);
	}
	chart_title_set_name(chart, TR("Status per periode", "Status per period"));
	worksheet_insert_chart(ws, (lxw_row_t)(x->last + 3), 0, chart);
}

/* libxlsxwriter's zip writer does not notice a write that fails (a full disk), so the
 * finished file is checked: a whole xlsx ends with the zip's end-of-central-directory
 * record, and that record's directory ends where the record starts. */
static bool zip_complete(const char *path)
{
	unsigned char end[22];
	FILE *f = fopen(path, "rb");
	long size;
	bool ok = false;

	if (!f)
		return false;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 22 && fseek(f, -22, SEEK_END) == 0 &&
	    fread(end, 1, 22, f) == 22 && end[0] == 0x50 && end[1] == 0x4b && end[2] == 0x05 &&
	    end[3] == 0x06) {
		unsigned long cd_size = end[12] | end[13] << 8 | (unsigned long)end[14] << 16 |
					(unsigned long)end[15] << 24;
		unsigned long cd_offset = end[16] | end[17] << 8 | (unsigned long)end[18] << 16 |
					  (unsigned long)end[19] << 24;
		ok = cd_offset + cd_size == (unsigned long)(size - 22);
	}
	fclose(f);
	return ok;
}

/* Printing: landscape A4, one page wide, the header row on every page. */
static lxw_worksheet *sheet(struct book *x, const char *name, bool header)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);

	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	if (header)
		worksheet_repeat_rows(ws, 0, 0);
	return ws;
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
	const char *status_name = TR("Status", "Status");

	/* the temporary file proves the directory is writable before libxlsxwriter starts */
	if ((rc = vk_atomic_begin(path, &tmp, err)))
		goto out;
	/* Excel tables need the whole sheet in memory; past this size memory matters more */
	b.table = in->pf->items_n <= VK_XLSX_TABLE_MAX;
	opt.constant_memory = !b.table;
	b.last = in->period >= 0 ? (size_t)in->period
				 : (in->status->periods_n ? in->status->periods_n - 1 : 0);
	b.colour = in->colours;
	index_reports(x);
	b.wb = workbook_new_opt(tmp, &opt);
	if (!b.wb) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot start the workbook", path);
		goto fail;
	}
	props.title = (char *)(in->pf->title ? in->pf->title : "veikart");
	props.author = (char *)"veikart";
	/* repeatable files: the workbook says it was made on the status date */
	props.created =
	    in->pf->status_date != VK_DATE_NONE ? (time_t)in->pf->status_date * 86400 : 0;
	workbook_set_properties(b.wb, &props);
	formats(x);
	sheet_status(x, sheet(x, status_name, true));
	sheet_summary(x, sheet(x, TR("Oppsummering", "Summary"), true), status_name);
	sheet_rollout(x, sheet(x, TR("Utrulling", "Rollout"), false));
	sheet_milestones(x, sheet(x, TR("Milepæler", "Milestones"), true));
	sheet_scores(x, sheet(x, TR("Prioritering", "Priorities"), true));
	sheet_costs(x, sheet(x, TR("Kostnader", "Costs"), true));
	if ((lerr = workbook_close(b.wb)) != LXW_NO_ERROR) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot write the workbook: %s", path,
				  lxw_strerror(lerr));
		goto fail;
	}
	if (!zip_complete(tmp)) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: the workbook was cut short (disk full?)",
				  path);
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

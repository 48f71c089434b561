/* What the workbook's files share (not a public header): the book being written, its
 * formats, and the sheets written by xlsx-plans.c. */
#ifndef VK_XLSX_INT_H
#define VK_XLSX_INT_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "xlsx.h"

#define VK_XLSX_TABLE_MAX 5000 /* items; above this, constant-memory mode */
/* MNOK as stored: one decimal at least, as many as the amount has (up to 15, the
 * significant digits veikart accepts), so no cell shows 0,05 as 0,1 */
#define VK_XLSX_MNOK_FORMAT "#,##0.0##############"
/* the Status sheet's Excel table, named for formulas (structured references) */
#define XLSX_STATUS_TABLE(x) ((x)->in->lang == VK_LANG_EN ? "StatusTable" : "Statustabell")

struct book {
	const struct vk_xlsx_input *in;
	lxw_workbook *wb;
	bool table;  /* the Status sheet as an Excel table (not in constant-memory mode) */
	size_t last; /* index of the period shown */
	size_t rows; /* the Status sheet's rows: live items, then archived ones */
	const unsigned char *colour;	  /* [row * periods + period], enum vk_colour */
	const struct vk_report **current; /* the shown period's report per row, or NULL */
	lxw_format *head, *text, *wrap, *mnok, *pct, *date, *int_fmt, *title, *muted;
	lxw_format *status[4];	 /* conditional formats: the fill that follows the word */
	lxw_format *status_cell; /* the status cells themselves: bold, centred */
	lxw_format **phase;	 /* per phase kind */
	/* the first libxlsxwriter call that failed: every call goes through vk_xlsx_check,
	 * and the export fails when this is set (as cairo's status, checked once per sheet) */
	enum vk_code rc;
	char msg[256];
};

/* Records `e` (the result of a libxlsxwriter call at cell r, c of `ws`) in x->rc and
 * x->msg unless an earlier failure is already there; returns whether `e` is success. */
bool vk_xlsx_check(struct book *x, lxw_error e, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c);
/* Records a failure of veikart's own (text too long, a sheet too large) at cell r, c. */
void vk_xlsx_fail(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The cell writers: worksheet_write_* with the result checked. */
void vk_xlsx_string(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
		    lxw_format *f);
void vk_xlsx_number(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v,
		    lxw_format *f);
void vk_xlsx_blank(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, lxw_format *f);
void vk_xlsx_formula_num(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, double value);
void vk_xlsx_formula_str(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, const char *value);

/* "B" for column 1, "AA" for column 26, into buf. */
const char *xlsx_col_name(lxw_col_t col, char buf[8]);

/* The quarters the rollout of `p` spans (whole years from its first start's year to its
 * last end's), the first year into *y0. */
size_t vk_xlsx_rollout_quarters(const struct vk_item *p, int *y0);

/* Milepæler, Utrulling, Prioritering, Kostnader and Portefølje (xlsx-plans.c). */
void sheet_milestones(struct book *x, lxw_worksheet *ws);
void sheet_rollout(struct book *x, lxw_worksheet *ws);
void sheet_scores(struct book *x, lxw_worksheet *ws);
void sheet_costs(struct book *x, lxw_worksheet *ws);
void sheet_portfolio(struct book *x, lxw_worksheet *ws);

#endif

/* What the workbook's files share (not a public header): the book being written, its
 * formats, the cell writers and the sheets, one group of sheets per file. */
#ifndef VK_XLSX_INT_H
#define VK_XLSX_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <xlsxwriter.h>

#include "xlsx.h"

#define VK_XLSX_TABLE_MAX 5000 /* items; above this, constant-memory mode */
/* MNOK as stored: one decimal at least, as many as the amount has (up to 15, the
 * significant digits veikart accepts), so no cell shows 0,05 as 0,1 */
#define VK_XLSX_MNOK_FORMAT "#,##0.0##############"
/* the Status sheet's Excel table, named for formulas (structured references) */
#define VK_XLSX_STATUS_TABLE(x) ((x)->in->lang == VK_LANG_EN ? "StatusTable" : "Statustabell")

struct vk_xlsx_book {
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
bool vk_xlsx_check(struct vk_xlsx_book *x, lxw_error e, lxw_worksheet *ws, lxw_row_t r,
		   lxw_col_t c);
/* Records a failure of veikart's own (text too long, a sheet too large) at cell r, c. */
void vk_xlsx_fail(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The cell writers: worksheet_write_* with the result checked. */
void vk_xlsx_string(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		    const char *s, lxw_format *f);
void vk_xlsx_number(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v,
		    lxw_format *f);
void vk_xlsx_blank(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		   lxw_format *f);
void vk_xlsx_formula_num(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, double value);
void vk_xlsx_formula_str(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, const char *value);

/* "B" for column 1, "AA" for column 26, into buf. */
const char *vk_xlsx_col_name(lxw_col_t col, char buf[8]);

/* The quarters the rollout of `p` spans (whole years from its first start's year to its
 * last end's), the first year into *y0. */
size_t vk_xlsx_rollout_quarters(const struct vk_item *p, int *y0);

/* The sheets, each written top to bottom: Status and Oppsummering (xlsx-status.c),
 * Milepæler and Utrulling (xlsx-plans.c), Prioritering (xlsx-scores.c), Kostnader and
 * Portefølje (xlsx-portfolio.c). */
void vk_xlsx_sheet_status(struct vk_xlsx_book *x, lxw_worksheet *ws);
void vk_xlsx_sheet_summary(struct vk_xlsx_book *x, lxw_worksheet *ws, const char *status_sheet);
void vk_xlsx_sheet_milestones(struct vk_xlsx_book *x, lxw_worksheet *ws);
void vk_xlsx_sheet_rollout(struct vk_xlsx_book *x, lxw_worksheet *ws);
void vk_xlsx_sheet_scores(struct vk_xlsx_book *x, lxw_worksheet *ws);
void vk_xlsx_sheet_costs(struct vk_xlsx_book *x, lxw_worksheet *ws);
void vk_xlsx_sheet_portfolio(struct vk_xlsx_book *x, lxw_worksheet *ws);

/* The fill of each status colour (by enum vk_colour; [VK_COLOUR_NONE] unused). */
extern const uint32_t vk_xlsx_status_fill[4];

/* The item of Status row `i` (0 the first below the header): the live items, then the
 * archived ones. */
const struct vk_item *vk_xlsx_row_item(const struct vk_xlsx_book *x, size_t i);

/* The characters of `s` as Excel counts them (UTF-16 units). */
size_t vk_xlsx_chars(const char *s);

/* A formula (or other text) being built, as long as it needs to be; the caller frees
 * `s`. _start empties it first. */
struct vk_xlsx_text {
	char *s;
	size_t n, cap;
};
void vk_xlsx_text_add(struct vk_xlsx_text *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void vk_xlsx_text_start(struct vk_xlsx_text *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Writes formula `f` with its computed value, or the value alone when the formula is
 * longer than Excel takes (8,192 characters). */
void vk_xlsx_text_num(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		      const struct vk_xlsx_text *f, lxw_format *fmt, double value);
void vk_xlsx_text_str(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		      const struct vk_xlsx_text *f, lxw_format *fmt, const char *value);

/* What is wrong with the written workbook at `path` (a zip member or an XML part cut
 * short), or NULL when it reads back whole (xlsx-zip.c). */
const char *vk_xlsx_zip_damage(const char *path);

#endif

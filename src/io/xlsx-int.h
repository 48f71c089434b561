/* What the workbook's files share (not a public header): the book being written, its
 * formats, and the sheets written by xlsx-plans.c. */
#ifndef VK_XLSX_INT_H
#define VK_XLSX_INT_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "xlsx.h"

#define VK_XLSX_TABLE_MAX 5000 /* items; above this, constant-memory mode */
#define TR(nb, en)	  (x->in->lang == VK_LANG_EN ? (en) : (nb))

struct book {
	const struct vk_xlsx_input *in;
	lxw_workbook *wb;
	bool table;  /* the Status sheet as an Excel table (not in constant-memory mode) */
	size_t last; /* index of the period shown */
	const unsigned char *colour;	  /* [item * periods + period], enum vk_colour */
	const struct vk_report **current; /* the shown period's report per item, or NULL */
	lxw_format *head, *text, *wrap, *mnok, *pct, *date, *int_fmt, *title, *muted;
	lxw_format *status[4];
	lxw_format **phase; /* per phase kind */
};

/* "B" for column 1, "AA" for column 26, into buf. */
const char *xlsx_col_name(lxw_col_t col, char buf[8]);

/* Milepæler, Utrulling, Prioritering and Kostnader (xlsx-plans.c). */
void sheet_milestones(struct book *x, lxw_worksheet *ws);
void sheet_rollout(struct book *x, lxw_worksheet *ws);
void sheet_scores(struct book *x, lxw_worksheet *ws);
void sheet_costs(struct book *x, lxw_worksheet *ws);

#endif

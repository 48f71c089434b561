/* The Excel workbook for the portfolio office (`veikart export xlsx`). The only module
 * that includes libxlsxwriter. */
#ifndef VK_XLSX_H
#define VK_XLSX_H

#include "cost.h"
#include "error.h"
#include "lang.h"
#include "model.h"
#include "score.h"
#include "status.h"

struct vk_xlsx_input {
	const struct vk_portfolio *pf; /* with its scoring model */
	/* every period, and the reports of the period shown (vk_db_load_periods and
	 * vk_db_load_colours) */
	const struct vk_status_set *status;
	/* [row * max(1, periods) + period], enum vk_colour; rows pf->items, then pf->archived */
	const unsigned char *colours;
	const double *budgets;	       /* per period, MNOK; -1: no report gives one */
	const struct vk_score *scores; /* ranked (vk_score_rank); may be NULL */
	size_t scores_n;
	const struct vk_cost_file *costs; /* may be NULL */
	long period; /* index into status->periods of the period shown; -1 for the latest */
	enum vk_lang lang;
};

/* Writes the workbook to `path`: sheets Status, Oppsummering, Utrulling, Milepæler,
 * Prioritering, Kostnader and Portefølje (English names with VK_LANG_EN). The Status sheet has a
 * row per live item, then one per archived item (pf->archived, marked "arkivert"), so the
 * Oppsummering counts and budgets of every period are those of vk_status_summarise, with
 * "uten rapport" (live items running without a report) as values beside them; Utrulling
 * and Milepæler are plans, of live items only: Utrulling shows every phase that runs in
 * a quarter, each by the shortest prefix of its name that no other phase kind's shares
 * ("Utp/Inn" where two overlap, with a comment giving their dates), Milepæler
 * whether each is reached ("Nådd"). Portefølje has what the file says of each live item
 * that the others do not: kind, priority, span, phases with dates, dependencies,
 * description and budget per year. Prioritering's ranks break exact ties by the names'
 * bytes (a hidden column), as veikart does. Formulas carry their
 * computed values, so readers that do not recalculate show the right numbers. The
 * created date is the portfolio's status date, so the same store gives the same bytes.
 * Portfolios of more than 5,000 items go out in constant-memory mode (the Status sheet
 * then has a filter instead of an Excel table). The file is written to a temporary file
 * beside `path` and renamed into place. Every libxlsxwriter call is checked, and the
 * written file is read back; VK_ECANTCREAT, with nothing left at `path` changed, when
 * anything fails: a cell that cannot be written (text over 32,767 characters, more
 * periods than the Status sheet has columns, a sheet past 1,048,576 rows), too little
 * room in the directory or under the file size limit, or a write that failed. Nothing of
 * libxlsxwriter's own reaches stderr: what it said is in the message. */
enum vk_code vk_xlsx_write(const char *path, const struct vk_xlsx_input *in, struct vk_error *err);

#endif

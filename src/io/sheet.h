/* Spreadsheets saved as CSV: the generic reader (sheet.c, the only file that includes
 * libcsv and iconv) and what veikart reads with it: status sheets (sheet-status.c) and
 * score sheets (sheet-scores.c) and cost sheets (sheet-costs.c). */
#ifndef VK_SHEET_H
#define VK_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "cost.h"
#include "score.h"
#include "status.h"

/* One data row of a sheet and the line it starts on. */
struct vk_row {
	int line;
	char **fields; /* trimmed, NUL-terminated; a reader may take one (and leave NULL) */
	size_t n;
};

/* A sheet: the header (its first non-empty row) and the data rows, blank rows left out. */
struct vk_table {
	const char *file; /* borrowed */
	bool converted;	  /* it was Windows-1252 */
	char **header;
	size_t header_n;
	int header_line;
	bool *used; /* header_n flags: the column was taken by vk_sheet_find */
	struct vk_row *rows;
	size_t rows_n, rows_cap;
};

/* The most characters a text field may hold: an Excel cell's limit, counted as Excel
 * counts them (UTF-16 units: a character beyond U+FFFF counts two). */
#define VK_SHEET_CELL_MAX VK_UTF8_CELL_MAX

/* Reads a sheet as Excel writes CSV: ';', ',' or tab (whichever the header line uses
 * most), a UTF-8 BOM or Windows-1252 text (converted), CRLF, quoted fields with
 * separators, quotes and line breaks. Refused (VK_EDATA "FILE:LINE: message"): text
 * that is neither UTF-8 nor Windows-1252, a file that mixes the two, a field longer
 * than VK_SHEET_CELL_MAX, CSV that does not parse. On success the caller frees `*out`
 * with vk_sheet_table_free. */
enum vk_code vk_sheet_read_table(const char *name, const char *data, size_t size,
				 struct vk_table **out, struct vk_error *err);
void vk_sheet_table_free(struct vk_table *t);

/* Finds the column whose header is one of `names` (NULL-terminated, any case) once a
 * trailing unit or label in brackets is removed: "Budsjett (MNOK)" and "budsjett [mnok]"
 * are "budsjett". `unit`, when not NULL, is the unit the column is read in: a bracket
 * naming another unit is refused ("Budsjett (NOK)"). Sets `*col` to the column, or -1
 * when there is none, and marks it used. VK_EDATA "FILE:LINE: message" when two columns
 * match (naming both) or the unit differs. */
enum vk_code vk_sheet_find(struct vk_table *t, const char *const *names, const char *unit, int *col,
			   struct vk_error *err);
/* VK_EDATA "FILE:LINE: no 'X' column (expected EXPECTED)" for the first of the `n`
 * columns `cols` (found by vk_sheet_find) that is missing, X its label in `labels`;
 * VK_OK when every one is there. */
enum vk_code vk_sheet_require(const struct vk_table *t, const int *cols, const char *const *labels,
			      size_t n, const char *expected, struct vk_error *err);
/* The field of `row` in `column`, "" when the row is short or the column absent. */
const char *vk_sheet_field(const struct vk_row *row, int column);
/* Adds to `*notes` (an array of `*n` strings, `*cap` allocated; the caller frees each and
 * the array) one note "column N 'X' is not used" for every column vk_sheet_find did not
 * take, except a column without a header and without values (a trailing separator). */
void vk_sheet_unused(const struct vk_table *t, char ***notes, size_t *n, size_t *cap);

/* Reads the number in `column` of `row` with vk_number_parse into `*out`; `what` names
 * it in messages ("budget"). VK_EDATA "FILE:LINE: invalid WHAT 'TEXT' in column N: why"
 * when it is not a number, is ambiguous, or lies outside [min, max]. */
enum vk_code vk_sheet_number(const struct vk_table *t, const struct vk_row *row, int column,
			     const char *what, double min, double max, double *out,
			     struct vk_error *err);

/* True when the first line has a column named one of `names` (NULL-terminated, any case). */
bool vk_sheet_has_column(const char *data, size_t size, const char *const *names);

/* True when the first line of `data` is a status sheet's header: a period column and
 * a status column among fields separated by ';', ',' or tab. */
bool vk_sheet_is_status(const char *data, size_t size);

/* Reads status reports from `size` bytes at `data`, named `name` in messages (borrowed
 * by the result). Columns are found by their header (vk_sheet_find), in any order and
 * case: periode|period, kode|code, status, and optional kommentar|comment and
 * budsjett|budget (MNOK). Without a kode|code column, a prosjekt|project column is the
 * code column if it holds codes, and refused if it holds names. Other columns are named
 * in `(*out)->notes`. Errors are VK_EDATA "FILE:LINE: message". On success `*out` is
 * freed by the caller with vk_status_file_free. */
enum vk_code vk_sheet_read_status(const char *name, const char *data, size_t size,
				  struct vk_status_file **out, struct vk_error *err);

/* True when the first line of `data` has a tiltak (measure) column. */
bool vk_sheet_is_scores(const char *data, size_t size);

/* Reads a score sheet: a tiltak|measure column with the measure's name, an optional
 * kode|code column linking it to a programme or project, and one column per criterion
 * (checked against the model on import, vk_score_file_validate). Values are 0-10 with a
 * decimal comma or point; an empty cell is a missing value. Errors are VK_EDATA
 * "FILE:LINE: message". On success the caller frees `*out` with vk_score_file_free. */
enum vk_code vk_sheet_read_scores(const char *name, const char *data, size_t size,
				  struct vk_score_file **out, struct vk_error *err);

/* One measure once: the second of two with the same name is VK_EDATA "FILE:LINE: a
 * second row for 'NAME' (the first is on line N)". Score sheets and the portfolio
 * file's scores: section both check it. */
enum vk_code vk_sheet_check_measures(const struct vk_score_file *f, struct vk_error *err);

/* True when the first line of `data` has a løsning (solution) column. */
bool vk_sheet_is_costs(const char *data, size_t size);

/* Reads a cost sheet: løsning|solution, år|year, type|kind (budsjett, forskrift,
 * estimat, faktisk) and mnok|beløp|amount (in MNOK) columns, one figure a row; other
 * columns are named in `(*out)->notes`. Errors are
 * VK_EDATA "FILE:LINE: message", also for a second figure of the same solution, year and
 * kind. On success the caller frees `*out` with vk_cost_file_free. */
enum vk_code vk_sheet_read_costs(const char *name, const char *data, size_t size,
				 struct vk_cost_file **out, struct vk_error *err);

#endif

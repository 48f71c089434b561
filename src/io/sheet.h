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
	struct vk_row *rows;
	size_t rows_n, rows_cap;
};

/* Reads a sheet as Excel writes CSV: ';', ',' or tab (whichever the header line uses
 * most), a UTF-8 BOM or Windows-1252 text (converted), CRLF, quoted fields with
 * separators, quotes and line breaks. Errors are VK_EDATA "FILE:LINE: message". On
 * success the caller frees `*out` with vk_sheet_table_free. */
enum vk_code vk_sheet_read_table(const char *name, const char *data, size_t size,
				 struct vk_table **out, struct vk_error *err);
void vk_sheet_table_free(struct vk_table *t);

/* The index of the first column whose header is one of `names` (NULL-terminated, any
 * case), or -1. */
int vk_sheet_column(const struct vk_table *t, const char *const *names);
/* The field of `row` in `column`, "" when the row is short or the column absent. */
const char *vk_sheet_field(const struct vk_row *row, int column);

/* The fields of the first line, for recognising a sheet before reading it; free them
 * with vk_sheet_free_fields. */
size_t vk_sheet_peek_header(const char *data, size_t size, char ***fields);
void vk_sheet_free_fields(char **fields, size_t n);
/* True when the first line has a column named one of `names` (NULL-terminated, any case). */
bool vk_sheet_has_column(const char *data, size_t size, const char *const *names);

/* A number as a Norwegian sheet writes it: "1 723,5" (spaces or no-break spaces between
 * thousands, decimal comma) or "1723.5"; >= 0. False when it is not one. */
bool vk_sheet_number(const char *s, double *out);

/* True when the first line of `data` is a status sheet's header: a period column and
 * a status column among fields separated by ';', ',' or tab. */
bool vk_sheet_is_status(const char *data, size_t size);

/* Reads status reports from `size` bytes at `data`, named `name` in messages (borrowed
 * by the result). Columns are found by their header, in any order and case:
 * periode|period, kode|code|prosjekt|project, status, and optional kommentar|comment and
 * budsjett|budget (MNOK); other columns are ignored. Errors are VK_EDATA "FILE:LINE:
 * message". On success `*out` is freed by the caller with vk_status_file_free. */
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

/* True when the first line of `data` has a løsning (solution) column. */
bool vk_sheet_is_costs(const char *data, size_t size);

/* Reads a cost sheet: løsning|solution, år|year, type|kind (budsjett, forskrift,
 * estimat, faktisk) and mnok|beløp|amount columns, one figure a row. Errors are
 * VK_EDATA "FILE:LINE: message", also for a second figure of the same solution, year and
 * kind. On success the caller frees `*out` with vk_cost_file_free. */
enum vk_code vk_sheet_read_costs(const char *name, const char *data, size_t size,
				 struct vk_cost_file **out, struct vk_error *err);

#endif

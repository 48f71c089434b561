/* Score sheets: tiltak;M1;M2;...;I, one row per measure, columns by name; every column
 * but the measure's name and code is a criterion, checked against the model when the
 * sheet is imported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "number.h"
#include "sheet.h"

static const char *const name_names[] = {"tiltak", "measure", NULL};
static const char *const code_names[] = {"kode", "code", NULL};

static int by_name_then_line(const void *a, const void *b)
{
	const struct vk_candidate *x = *(const struct vk_candidate *const *)a;
	const struct vk_candidate *y = *(const struct vk_candidate *const *)b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* One row per measure: sorted by name, so a sheet of 100,000 rows is checked in
 * n log n; of all repeats, the one earliest in the file is named. */
enum vk_code vk_sheet_check_measures(const struct vk_score_file *f, struct vk_error *err)
{
	const struct vk_candidate **s = vk_xcalloc(f->measures_n, sizeof(*s));
	const struct vk_candidate *dup = NULL, *first = NULL;

	for (size_t i = 0; i < f->measures_n; i++)
		s[i] = &f->measures[i];
	qsort(s, f->measures_n, sizeof(*s), by_name_then_line);
	for (size_t i = 1; i < f->measures_n; i++)
		/* the second of a run: the first is just before it */
		if (strcmp(s[i]->name, s[i - 1]->name) == 0 && (!dup || s[i]->line < dup->line)) {
			dup = s[i];
			first = s[i - 1];
		}
	free(s);
	if (dup) {
		char at[300];
		return vk_error_set(err, VK_EDATA,
				    "%s: a second %s for '%s' (the first is on line %d)",
				    vk_error_place(at, sizeof(at), f->file, dup->line, dup->col),
				    dup->col ? "entry" : "row", dup->name, first->line);
	}
	return VK_OK;
}

bool vk_sheet_is_scores(const char *data, size_t size)
{
	return vk_sheet_has_column(data, size, name_names);
}

enum vk_code vk_sheet_read_scores(const char *name, const char *data, size_t size,
				  struct vk_score_file **out, struct vk_error *err)
{
	struct vk_table *t;
	struct vk_score_file *f;
	int name_col, code_col;
	enum vk_code rc;

	*out = NULL;
	if ((rc = vk_sheet_read_table(name, data, size, &t, err)))
		return rc;
	f = vk_xcalloc(1, sizeof(*f));
	f->file = name;
	f->converted = t->converted;
	f->header_line = t->header_line;
	if ((rc = vk_sheet_find(t, name_names, NULL, &name_col, err)) ||
	    (rc = vk_sheet_find(t, code_names, NULL, &code_col, err)))
		goto out;
	if ((rc = vk_sheet_require(t, &name_col, (const char *const[]){"tiltak"}, 1,
				   "a header such as tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I", err)))
		goto out;
	for (size_t c = 0; c < t->header_n; c++) {
		if ((int)c == name_col || (int)c == code_col)
			continue;
		if (!*t->header[c]) {
			rc = vk_error_set(err, VK_EDATA, "%s:%d: column %zu has no name", name,
					  t->header_line, c + 1);
			goto out;
		}
		for (size_t k = 0; k < f->columns_n; k++)
			if (strcasecmp(f->columns[k], t->header[c]) == 0) {
				rc =
				    vk_error_set(err, VK_EDATA, "%s:%d: column '%s' is there twice",
						 name, t->header_line, t->header[c]);
				goto out;
			}
		*VK_PUSH(f->columns) = vk_xstrdup(t->header[c]);
	}
	if (f->columns_n == 0) {
		rc = vk_error_set(
		    err, VK_EDATA,
		    "%s:%d: no criterion columns (expected M1, M2, K1, ... after tiltak)", name,
		    t->header_line);
		goto out;
	}
	if (t->rows_n == 0) {
		rc = vk_error_set(err, VK_EDATA, "%s:%d: no measures below the header", name,
				  t->header_line + 1);
		goto out;
	}
	for (size_t i = 0; i < t->rows_n && !rc; i++) {
		const struct vk_row *row = &t->rows[i];
		const char *mname = vk_sheet_field(row, name_col);
		struct vk_candidate *m;

		if (!*mname) {
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: no measure name in the 'tiltak' column", name,
					  row->line);
			break;
		}
		m = VK_PUSH(f->measures);
		m->name = vk_xstrdup(mname);
		m->code = *vk_sheet_field(row, code_col) ? vk_xstrdup(vk_sheet_field(row, code_col))
							 : NULL;
		m->line = row->line;
		for (size_t c = 0, k = 0; c < t->header_n && !rc; c++) {
			const char *cell;
			struct vk_error why;
			double v;

			if ((int)c == name_col || (int)c == code_col)
				continue;
			cell = vk_sheet_field(row, (int)c);
			if (*cell) {
				/* an empty cell is a missing value, left out of its group's mean */
				if (vk_number_parse(cell, &v, &why))
					rc = vk_error_set(err, VK_EDATA,
							  "%s:%d: %s of '%s' is '%.20s' in column "
							  "%zu: %s",
							  name, row->line, f->columns[k], mname,
							  cell, c + 1, why.msg);
				else if (v < 0 || v > 10)
					rc = vk_error_set(
					    err, VK_EDATA,
					    "%s:%d: %s of '%s' is '%.20s' (expected a "
					    "value from 0 to 10, or an empty cell)",
					    name, row->line, f->columns[k], mname, cell);
				else
					*VK_PUSH(m->values) =
					    (struct vk_value){vk_xstrdup(f->columns[k]), v};
			}
			k++;
		}
	}
	if (!rc)
		rc = vk_sheet_check_measures(f, err);
out:
	vk_sheet_table_free(t);
	if (rc) {
		vk_score_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

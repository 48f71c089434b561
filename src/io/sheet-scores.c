/* Score sheets: tiltak;M1;M2;...;I, one row per measure, columns by name; every column
 * but the measure's name and code is a criterion, checked against the model when the
 * sheet is imported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "sheet.h"

static const char *const name_names[] = {"tiltak", "measure", NULL};
static const char *const code_names[] = {"kode", "code", NULL};

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
	name_col = vk_sheet_column(t, name_names);
	code_col = vk_sheet_column(t, code_names);
	if (name_col < 0) {
		rc = vk_error_set(err, VK_EDATA,
				  "%s:%d: no 'tiltak' column (expected a header such as "
				  "tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I)",
				  name, t->header_line);
		goto out;
	}
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
		for (size_t k = 0; k < f->measures_n; k++)
			if (strcmp(f->measures[k].name, mname) == 0) {
				rc = vk_error_set(
				    err, VK_EDATA,
				    "%s:%d: a second row for '%s' (the first is on line %d)", name,
				    row->line, mname, f->measures[k].line);
				break;
			}
		if (rc)
			break;
		m = VK_PUSH(f->measures);
		m->name = vk_xstrdup(mname);
		m->code = *vk_sheet_field(row, code_col) ? vk_xstrdup(vk_sheet_field(row, code_col))
							 : NULL;
		m->line = row->line;
		for (size_t c = 0, k = 0; c < t->header_n && !rc; c++) {
			const char *cell;
			double v;

			if ((int)c == name_col || (int)c == code_col)
				continue;
			cell = vk_sheet_field(row, (int)c);
			if (*cell) {
				/* an empty cell is a missing value, left out of its group's mean */
				if (!vk_sheet_number(cell, &v) || v > 10)
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
out:
	vk_sheet_table_free(t);
	if (rc) {
		vk_score_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

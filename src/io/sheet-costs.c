/* Cost sheets: løsning;år;type;mnok, one figure a row, columns by name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "sheet.h"

static const char *const solution_names[] = {"løsning", "LØSNING", "Løsning", "solution", NULL};
static const char *const year_names[] = {"år", "ÅR", "År", "year", NULL};
static const char *const kind_names[] = {"type", "kind", NULL};
static const char *const amount_names[] = {"mnok", "beløp", "Beløp", "BELØP", "amount", NULL};
/* the columns a cost sheet needs, as its messages name them */
static const char *const labels[] = {"løsning", "år", "type", "mnok"};

bool vk_sheet_is_costs(const char *data, size_t size)
{
	return vk_sheet_has_column(data, size, solution_names);
}

enum vk_code vk_sheet_read_costs(const char *name, const char *data, size_t size,
				 struct vk_cost_file **out, struct vk_error *err)
{
	struct vk_table *t;
	struct vk_cost_file *f;
	int sol, year, kind, amount;
	enum vk_code rc = VK_OK;

	*out = NULL;
	if ((rc = vk_sheet_read_table(name, data, size, &t, err)))
		return rc;
	f = vk_xcalloc(1, sizeof(*f));
	f->file = name;
	f->converted = t->converted;
	if ((rc = vk_sheet_find(t, solution_names, NULL, &sol, err)) ||
	    (rc = vk_sheet_find(t, year_names, NULL, &year, err)) ||
	    (rc = vk_sheet_find(t, kind_names, NULL, &kind, err)) ||
	    (rc = vk_sheet_find(t, amount_names, "MNOK", &amount, err)))
		; /* rc says why */
	else if ((rc = vk_sheet_require(t, (const int[]){sol, year, kind, amount}, labels, 4,
					"a header løsning;år;type;mnok", err)))
		; /* rc says why */
	else if (t->rows_n == 0)
		rc = vk_error_set(err, VK_EDATA, "%s:%d: no costs below the header", name,
				  t->header_line + 1);
	for (size_t i = 0; i < t->rows_n && !rc; i++) {
		const struct vk_row *row = &t->rows[i];
		struct vk_cost c = {.line = row->line};
		const char *s = vk_sheet_field(row, sol), *y = vk_sheet_field(row, year);
		const char *k = vk_sheet_field(row, kind);
		char *end;
		long yv = strtol(y, &end, 10);

		if (!*s)
			rc = vk_error_set(err, VK_EDATA, "%s:%d: no solution name", name, c.line);
		else if (!*y || *end || yv < 1900 || yv > 2200)
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: invalid year '%.20s' (1900 to 2200)", name,
					  c.line, y);
		else if (!vk_cost_kind_parse(k, &c.kind))
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: unknown kind '%.20s' (expected budsjett, forskrift, "
			    "estimat or faktisk)",
			    name, c.line, k);
		else if (vk_sheet_number(t, row, amount, "amount", 0, 1e12, &c.mnok, err))
			rc = VK_EDATA;
		if (rc)
			break;
		c.year = (int)yv;
		c.solution = vk_xstrdup(s);
		*VK_PUSH(f->costs) = c;
	}
	if (!rc)
		rc = vk_cost_file_validate(f, err);
	if (!rc)
		vk_sheet_unused(t, &f->notes, &f->notes_n, &f->notes_cap);
	vk_sheet_table_free(t);
	if (rc) {
		vk_cost_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

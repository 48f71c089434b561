/* Status sheets: periode;kode;status;kommentar;budsjett, columns by name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "model.h"
#include "sheet.h"

static const char *const period_names[] = {"periode", "period", NULL};
static const char *const code_names[] = {"kode", "code", NULL};
/* taken as the code column only when there is no kode column and it holds codes */
static const char *const item_names[] = {"prosjekt", "project", NULL};
static const char *const status_names[] = {"status", NULL};
static const char *const comment_names[] = {"kommentar", "comment", NULL};
static const char *const budget_names[] = {"budsjett", "budget", NULL};
/* the columns a status sheet needs, as its messages name them */
static const char *const labels[] = {"periode", "kode", "status"};

bool vk_sheet_is_status(const char *data, size_t size)
{
	return vk_sheet_has_column(data, size, period_names) &&
	       vk_sheet_has_column(data, size, status_names);
}

enum vk_code vk_sheet_read_status(const char *name, const char *data, size_t size,
				  struct vk_status_file **out, struct vk_error *err)
{
	struct vk_table *t;
	struct vk_status_file *f;
	int period, code, status, comment, budget;
	const char *last_period = "";
	bool by_item = false;
	enum vk_code rc;

	*out = NULL;
	if ((rc = vk_sheet_read_table(name, data, size, &t, err)))
		return rc;
	f = vk_xcalloc(1, sizeof(*f));
	f->file = name;
	f->converted = t->converted;
	if ((rc = vk_sheet_find(t, period_names, NULL, &period, err)) ||
	    (rc = vk_sheet_find(t, code_names, NULL, &code, err)) ||
	    (code < 0 && (by_item = true) &&
	     (rc = vk_sheet_find(t, item_names, NULL, &code, err))) ||
	    (rc = vk_sheet_find(t, status_names, NULL, &status, err)) ||
	    (rc = vk_sheet_find(t, comment_names, NULL, &comment, err)) ||
	    (rc = vk_sheet_find(t, budget_names, "MNOK", &budget, err)))
		goto out;
	if ((rc = vk_sheet_require(t, (const int[]){period, code, status}, labels, 3,
				   "a header with periode, kode and status", err)))
		goto out;
	/* a prosjekt column may hold names: it is the code column only if it holds codes
	 * as a portfolio file writes them (a name with spaces or an 'ø' is not one) */
	for (size_t i = 0; i < t->rows_n && by_item; i++)
		if (*vk_sheet_field(&t->rows[i], code) &&
		    !vk_model_code_valid(vk_sheet_field(&t->rows[i], code))) {
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: column %d '%.40s' holds '%.40s', not a programme or "
			    "project code (add a 'kode' column with the codes)",
			    name, t->rows[i].line, code + 1, t->header[code],
			    vk_sheet_field(&t->rows[i], code));
			goto out;
		}
	if (t->rows_n == 0) {
		rc = vk_error_set(err, VK_EDATA, "%s:%d: no status reports below the header", name,
				  t->header_line + 1);
		goto out;
	}
	for (size_t i = 0; i < t->rows_n && !rc; i++) {
		struct vk_row *row = &t->rows[i]; /* its code and comment are taken */
		struct vk_report r = {.budget = -1, .line = row->line};
		const char *p = vk_sheet_field(row, period), *c = vk_sheet_field(row, code);
		const char *s = vk_sheet_field(row, status), *b = vk_sheet_field(row, budget);
		struct vk_error perr;
		/* rows come period by period: parse each period once */
		bool again = f->reports_n && strcmp(p, last_period) == 0;

		if (again)
			r.period = f->reports[f->reports_n - 1].period;
		if (!*p)
			rc = vk_error_set(err, VK_EDATA, "%s:%d: no period", name, r.line);
		else if (!again && vk_period_parse(p, &r.period, &perr))
			rc = vk_error_set(err, VK_EDATA, "%s:%d: %s", name, r.line, perr.msg);
		else if (!*c)
			rc = vk_error_set(err, VK_EDATA, "%s:%d: no programme or project code",
					  name, r.line);
		else if (!vk_colour_parse(s, &r.colour))
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: unknown status '%.40s' (expected grønn, gul or rød)", name,
			    r.line, s);
		else if (*b && vk_sheet_number(t, row, budget, "budget", 0, 1e12, &r.budget, err))
			rc = VK_EDATA;
		if (rc)
			break;
		last_period = p;
		/* the report takes the row's strings, which the table then does not free */
		r.code = row->fields[code];
		row->fields[code] = NULL;
		if (*vk_sheet_field(row, comment)) {
			r.comment = row->fields[comment];
			row->fields[comment] = NULL;
		}
		*VK_PUSH(f->reports) = r;
	}
	if (!rc)
		vk_sheet_unused(t, &f->notes, &f->notes_n, &f->notes_cap);
	/* a column the sheet does not have leaves the stored values alone (the import
	 * says so), while an empty cell in a column it has clears them */
	f->no_comment = comment < 0;
	f->no_budget = budget < 0;
out:
	vk_sheet_table_free(t);
	if (rc) {
		vk_status_file_free(f);
		return rc;
	}
	*out = f;
	return VK_OK;
}

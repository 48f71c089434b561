/* Spreadsheets saved as CSV, the way Excel writes them: libcsv splits the fields, iconv
 * converts Windows-1252, and rows keep the line they start on. The parser is fed one
 * physical line at a time and reports every line end (blank lines too), which is how a
 * row knows its line. What the columns mean is up to sheet-status.c and sheet-scores.c. */
#include "sheet.h"

#include <csv.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "input.h"
#include "number.h"
#include "utf8.h"

struct reading {
	struct vk_table *t;
	char **fields; /* of the row being collected */
	size_t fields_n, fields_cap;
	int row_line; /* where the row being collected starts */
	int line;     /* the physical line being fed */
};

/* The separator the header line uses most: ';', ',' or tab. */
static char separator_of(const char *line, size_t n)
{
	size_t counts[3] = {0};
	static const char seps[] = {';', ',', '\t'};
	bool quoted = false;

	/* the header is the first line with something on it */
	while (n > 0 && (*line == '\n' || *line == '\r' || *line == ' ' || *line == '\t')) {
		line++;
		n--;
	}
	for (size_t i = 0; i < n && line[i] != '\n' && line[i] != '\r'; i++) {
		if (line[i] == '"')
			quoted = !quoted;
		for (int k = 0; k < 3 && !quoted; k++)
			counts[k] += line[i] == seps[k];
	}
	return counts[0] >= counts[1] && counts[0] >= counts[2] ? ';'
	       : counts[1] >= counts[2]				? ','
								: '\t';
}

static void trim(char *s)
{
	size_t n = strlen(s), i = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	memmove(s, s + i, n - i + 1);
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct reading *r = ctx;
	/* libcsv drops the spaces and tabs around an unquoted field and keeps those inside
	 * quotes: a quoted "  text " is the user's text as written */
	*VK_PUSH(r->fields) = vk_xstrndup(data ? data : "", data ? len : 0);
}

static void on_row(int term, void *ctx)
{
	struct reading *r = ctx;
	bool empty = true;

	(void)term;
	for (size_t i = 0; i < r->fields_n; i++)
		empty &= r->fields[i][0] == '\0';
	if (empty) {
		for (size_t i = 0; i < r->fields_n; i++)
			free(r->fields[i]);
	} else if (!r->t->header) {
		r->t->header = r->fields;
		r->t->header_n = r->fields_n;
		r->t->header_line = r->row_line;
		r->fields = NULL;
		r->fields_cap = 0;
	} else {
		struct vk_row *row = VK_PUSH(r->t->rows);
		row->line = r->row_line;
		row->fields = r->fields;
		row->n = r->fields_n;
		r->fields = NULL;
		r->fields_cap = 0;
	}
	r->fields_n = 0;
	/* the next row starts on the line after the one that ended this row */
	r->row_line = r->line + 1;
}

/* Converts Windows-1252 text to UTF-8; caller frees. */
static char *from_cp1252(const char *data, size_t size, size_t *out_size)
{
	iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
	size_t cap = size * 3 + 1, left = cap;
	char *out = vk_xmalloc(cap), *dst = out, *src = (char *)data;
	size_t in_left = size;

	if (cd == (iconv_t)-1 || iconv(cd, &src, &in_left, &dst, &left) == (size_t)-1) {
		if (cd != (iconv_t)-1)
			iconv_close(cd);
		free(out);
		return NULL;
	}
	iconv_close(cd);
	*out_size = cap - left;
	out[*out_size] = '\0';
	return out;
}

/* The line of the first character beyond ASCII that is valid UTF-8, or 0: in a file
 * that is not UTF-8 as a whole, such a line is UTF-8 text among Windows-1252 lines. */
static int utf8_text_line(const char *data, size_t size)
{
	int line = 1;

	for (size_t i = 0; i < size; i++) {
		const unsigned char *u = (const unsigned char *)data + i;
		size_t len = (u[0] >> 5) == 6	 ? 2
			     : (u[0] >> 4) == 14 ? 3
			     : (u[0] >> 3) == 30 ? 4
						 : 0;
		int l, c;

		if (u[0] == '\n')
			line++;
		if (len && i + len <= size && !vk_input_bad_utf8(data + i, len, &l, &c))
			return line;
	}
	return 0;
}

/* Line ends in the first `n` bytes of `s` as the reader counts them: LF, CRLF or a lone
 * CR. */
static int line_ends(const char *s, size_t n)
{
	int ends = 0;

	for (size_t i = 0; i < n; i++)
		ends += s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'));
	return ends;
}

/* Every field is text veikart takes and fits a spreadsheet cell, so what was read can be
 * written out again. A line break in a quoted field written as CRLF (as Excel writes a
 * file's line ends) is a line break, LF, as everywhere else; any other control character,
 * a lone CR too (Excel and LibreOffice write a cell's line break as LF), is refused at its
 * line, as in YAML files and on the command line. */
static enum vk_code check_cells(const struct vk_table *t, struct vk_error *err)
{
	for (size_t r = 0; r <= t->rows_n; r++) {
		char *const *f = r ? t->rows[r - 1].fields : t->header;
		size_t n = r ? t->rows[r - 1].n : t->header_n, len, at;
		int line = r ? t->rows[r - 1].line : t->header_line;

		for (size_t i = 0; i < n; i++) {
			char *w = f[i], buf[128];
			const char *problem;

			for (const char *c = f[i]; *c; c++)
				if (!(c[0] == '\r' && c[1] == '\n'))
					*w++ = *c;
			*w = '\0';
			if ((problem = vk_utf8_problem(f[i], strlen(f[i]), buf, sizeof(buf)))) {
				vk_utf8_check(f[i], strlen(f[i]), &at);
				return vk_error_set(err, VK_EDATA,
						    "%s:%d: the text in column %zu %s", t->file,
						    line + line_ends(f[i], at), i + 1, problem);
			}
			if ((len = vk_utf8_cell_length(f[i])) > VK_SHEET_CELL_MAX)
				return vk_error_set(
				    err, VK_EDATA,
				    "%s:%d: the text in column %zu has %zu characters, more than "
				    "a spreadsheet cell holds (%d)",
				    t->file, r ? t->rows[r - 1].line : t->header_line, i + 1, len,
				    VK_SHEET_CELL_MAX);
			line += line_ends(f[i], strlen(f[i]));
		}
	}
	return VK_OK;
}

static const char *skip_bom(const char *data, size_t *size)
{
	if (*size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		*size -= 3;
		return data + 3;
	}
	return data;
}

/* The fields of the first line, for recognising a sheet before reading it; free them
 * with free_fields. */
static size_t peek_header(const char *data, size_t size, char ***fields)
{
	char *line;
	size_t n = 0, cap = 0, len = 0;
	char **out = NULL, sep;

	int bad_line, bad_col;

	data = skip_bom(data, &size);
	while (size > 0 && (*data == '\n' || *data == '\r' || *data == ' ' || *data == '\t')) {
		data++;
		size--;
	}
	while (len < size && len < 4096 && data[len] != '\n' && data[len] != '\r')
		len++;
	line = NULL;
	if (vk_input_bad_utf8(data, len, &bad_line, &bad_col)) {
		size_t conv_n;
		line = from_cp1252(data, len, &conv_n); /* the header of a Windows-1252 sheet */
		len = line ? conv_n : 0;
	}
	if (!line)
		line = vk_xstrndup(data, len);
	sep = separator_of(line, len);
	for (char *f = line, *end; f; f = end ? end + 1 : NULL) {
		if ((end = strchr(f, sep)))
			*end = '\0';
		if (*f == '"' && strlen(f) >= 2 && f[strlen(f) - 1] == '"') {
			f[strlen(f) - 1] = '\0';
			f++;
		}
		trim(f);
		*(char **)vk_xpush(&out, &n, &cap, sizeof(*out)) = vk_xstrdup(f);
	}
	free(line);
	*fields = out;
	return n;
}

static void free_fields(char **fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

void vk_sheet_table_free(struct vk_table *t)
{
	if (!t)
		return;
	free_fields(t->header, t->header_n);
	free(t->used);
	for (size_t i = 0; i < t->rows_n; i++)
		free_fields(t->rows[i].fields, t->rows[i].n);
	free(t->rows);
	free(t);
}

enum vk_code vk_sheet_read_table(const char *name, const char *data, size_t size,
				 struct vk_table **out, struct vk_error *err)
{
	struct reading r = {.row_line = 1, .line = 1};
	struct csv_parser parser;
	char *converted = NULL;
	enum vk_code rc = VK_OK;
	int line, col, utf8_line;
	bool bom;

	*out = NULL;
	r.t = vk_xcalloc(1, sizeof(*r.t));
	r.t->file = name;
	bom = size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0;
	data = skip_bom(data, &size);
	if (vk_input_bad_utf8(data, size, &line, &col)) {
		/* not UTF-8: Excel's other "CSV" is Windows-1252, but never mixed with UTF-8
		 * lines (two files pasted together): converting those would store mojibake */
		bool nul = memchr(data, '\0', size) != NULL; /* not text: said below */

		if (bom && !nul) {
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: this line is not UTF-8, though the file starts "
					  "with a UTF-8 byte-order mark (save it again as UTF-8)",
					  name, line);
			goto out;
		}
		if (!nul && (utf8_line = utf8_text_line(data, size)) > 0) {
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: this line is not UTF-8, but line %d is: the file "
					  "mixes UTF-8 and Windows-1252 (save it again as UTF-8)",
					  name, line, utf8_line);
			goto out;
		}
		if (!(converted = from_cp1252(data, size, &size))) {
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: the file is neither UTF-8 nor Windows-1252 text",
					  name, line);
			goto out;
		}
		data = converted;
		r.t->converted = true;
		if (vk_input_bad_utf8(data, size, &line, &col)) {
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: the file contains a NUL byte or is not text",
					  name, line);
			goto out;
		}
	}
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
		abort();
	csv_set_delim(&parser, (unsigned char)separator_of(data, size));
	for (size_t at = 0; at < size && !rc;) {
		/* a line ends at LF, CRLF, or a lone CR (old Mac files) */
		size_t len = 0;
		while (at + len < size && data[at + len] != '\n' &&
		       !(data[at + len] == '\r' &&
			 (at + len + 1 == size || data[at + len + 1] != '\n')))
			len++;
		len = at + len < size ? len + 1 : len;

		bool short_read = csv_parse(&parser, data + at, len, on_field, on_row, &r) != len;

		if (short_read && csv_error(&parser) == CSV_ENOMEM)
			rc = vk_error_set(err, VK_EIO, "%s:%d: out of memory reading the sheet",
					  name, r.line);
		else if (short_read)
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: not valid CSV: %s (a quote not closed or misplaced?)", name,
			    r.line, csv_strerror(csv_error(&parser)));
		at += len;
		r.line++;
	}
	r.line--;
	if (!rc && csv_fini(&parser, on_field, on_row, &r) != 0)
		rc = vk_error_set(err, VK_EDATA,
				  "%s:%d: not valid CSV: a quoted field is not closed", name,
				  r.row_line);
	csv_free(&parser);
	if (!rc && !r.t->header)
		rc = vk_error_set(err, VK_EDATA, "%s:1: the file is empty (expected a header line)",
				  name);
	if (!rc)
		rc = check_cells(r.t, err);
	if (!rc)
		r.t->used = vk_xcalloc(r.t->header_n, sizeof(*r.t->used));
out:
	free_fields(r.fields, r.fields_n);
	free(converted);
	if (rc) {
		vk_sheet_table_free(r.t);
		return rc;
	}
	*out = r.t;
	return VK_OK;
}

/* The length of header `h` without a trailing "(...)" or "[...]" and the spaces before
 * it; what the brackets hold goes to `*unit` and `*unit_n` (0 when there are none). */
static size_t header_base(const char *h, const char **unit, size_t *unit_n)
{
	size_t n = strlen(h);
	const char *open;

	*unit = "";
	*unit_n = 0;
	if (n < 2 || (h[n - 1] != ')' && h[n - 1] != ']'))
		return n;
	open = strrchr(h, h[n - 1] == ')' ? '(' : '[');
	if (!open || open == h)
		return n;
	*unit = open + 1;
	*unit_n = (size_t)(h + n - 1 - *unit);
	while (open > h && (open[-1] == ' ' || open[-1] == '\t'))
		open--;
	return (size_t)(open - h);
}

static bool header_is(const char *h, const char *const *names)
{
	const char *unit;
	size_t unit_n, n = header_base(h, &unit, &unit_n);

	for (size_t k = 0; names[k]; k++)
		if (strlen(names[k]) == n && strncasecmp(h, names[k], n) == 0)
			return true;
	return false;
}

enum vk_code vk_sheet_require(const struct vk_table *t, const int *cols, const char *const *labels,
			      size_t n, const char *expected, struct vk_error *err)
{
	for (size_t i = 0; i < n; i++)
		if (cols[i] < 0)
			return vk_error_set(err, VK_EDATA, "%s:%d: no '%s' column (expected %s)",
					    t->file, t->header_line, labels[i], expected);
	return VK_OK;
}

enum vk_code vk_sheet_find(struct vk_table *t, const char *const *names, const char *unit, int *col,
			   struct vk_error *err)
{
	*col = -1;
	for (size_t i = 0; i < t->header_n; i++) {
		const char *u;
		size_t un;

		if (!header_is(t->header[i], names))
			continue;
		if (*col >= 0)
			return vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: columns %d '%.40s' and %zu '%.40s' are both the "
			    "%s column (keep one)",
			    t->file, t->header_line, *col + 1, t->header[*col], i + 1, t->header[i],
			    names[0]);
		header_base(t->header[i], &u, &un);
		if (unit && un && (strlen(unit) != un || strncasecmp(u, unit, un) != 0))
			return vk_error_set(
			    err, VK_EDATA,
			    "%s:%d: column %zu '%.40s' is in %.*s, but veikart reads "
			    "it in %s",
			    t->file, t->header_line, i + 1, t->header[i], (int)un, u, unit);
		*col = (int)i;
		t->used[i] = true;
	}
	return VK_OK;
}

void vk_sheet_unused(const struct vk_table *t, char ***notes, size_t *n, size_t *cap)
{
	for (size_t i = 0; i < t->header_n; i++) {
		bool values = t->header[i][0] != '\0';
		char buf[160];

		if (t->used[i])
			continue; /* a reader may have taken its fields */
		for (size_t r = 0; r < t->rows_n && !values; r++)
			values = *vk_sheet_field(&t->rows[r], (int)i) != '\0';
		if (!values)
			continue;
		if (t->header[i][0])
			snprintf(buf, sizeof(buf), "column %zu '%.100s' is not used", i + 1,
				 t->header[i]);
		else
			snprintf(buf, sizeof(buf), "column %zu (no header) is not used", i + 1);
		*(char **)vk_xpush(notes, n, cap, sizeof(**notes)) = vk_xstrdup(buf);
	}
}

enum vk_code vk_sheet_number(const struct vk_table *t, const struct vk_row *row, int column,
			     const char *what, double min, double max, double *out,
			     struct vk_error *err)
{
	const char *cell = vk_sheet_field(row, column);
	struct vk_error why;
	char lo[32], hi[32];

	if (vk_number_parse(cell, out, &why))
		return vk_error_set(err, VK_EDATA, "%s:%d: invalid %s '%.40s' in column %d: %s",
				    t->file, row->line, what, cell, column + 1, why.msg);
	if (*out < min || *out > max)
		return vk_error_set(err, VK_EDATA,
				    "%s:%d: invalid %s '%.40s' in column %d: outside %s to %s",
				    t->file, row->line, what, cell, column + 1,
				    vk_number_format(min, 0, VK_LANG_NB, lo, sizeof(lo)),
				    vk_number_format(max, 0, VK_LANG_NB, hi, sizeof(hi)));
	return VK_OK;
}

const char *vk_sheet_field(const struct vk_row *row, int column)
{
	return column >= 0 && (size_t)column < row->n ? row->fields[column] : "";
}

bool vk_sheet_has_column(const char *data, size_t size, const char *const *names)
{
	char **fields;
	size_t n = peek_header(data, size, &fields);
	bool yes = false;

	for (size_t i = 0; i < n && !yes; i++)
		yes = header_is(fields[i], names);
	free_fields(fields, n);
	return yes;
}

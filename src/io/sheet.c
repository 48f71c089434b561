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

/* "1 723,5", "1723.5", "1 723,5" with a no-break space: a number >= 0, or false. */
bool vk_sheet_number(const char *s, double *out)
{
	char buf[64];
	size_t n = 0;
	bool comma = strchr(s, ',') != NULL;
	char *end;

	for (const char *p = s; *p; p++) {
		if (*p == ' ')
			continue;
		if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) { /* U+00A0 */
			p++;
			continue;
		}
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    (unsigned char)p[2] == 0xAF) { /* U+202F */
			p += 2;
			continue;
		}
		if (n + 1 >= sizeof(buf))
			return false;
		/* with a decimal comma, a point can only be a thousands separator */
		if (comma && *p == '.')
			continue;
		buf[n++] = *p == ',' ? '.' : *p;
	}
	buf[n] = '\0';
	if (n == 0)
		return false;
	*out = strtod(buf, &end);
	return *end == '\0' && *out >= 0 && *out < 1e12;
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct reading *r = ctx;
	char *f = vk_xstrndup(data ? data : "", data ? len : 0);

	trim(f);
	*VK_PUSH(r->fields) = f;
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

static const char *skip_bom(const char *data, size_t *size)
{
	if (*size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		*size -= 3;
		return data + 3;
	}
	return data;
}

size_t vk_sheet_peek_header(const char *data, size_t size, char ***fields)
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

void vk_sheet_free_fields(char **fields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

void vk_sheet_table_free(struct vk_table *t)
{
	if (!t)
		return;
	vk_sheet_free_fields(t->header, t->header_n);
	for (size_t i = 0; i < t->rows_n; i++)
		vk_sheet_free_fields(t->rows[i].fields, t->rows[i].n);
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
	int line, col;

	*out = NULL;
	r.t = vk_xcalloc(1, sizeof(*r.t));
	r.t->file = name;
	data = skip_bom(data, &size);
	if (vk_input_bad_utf8(data, size, &line, &col)) {
		/* not UTF-8: Excel's other "CSV" is Windows-1252 */
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

		if (csv_parse(&parser, data + at, len, on_field, on_row, &r) != len)
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
out:
	vk_sheet_free_fields(r.fields, r.fields_n);
	free(converted);
	if (rc) {
		vk_sheet_table_free(r.t);
		return rc;
	}
	*out = r.t;
	return VK_OK;
}

int vk_sheet_column(const struct vk_table *t, const char *const *names)
{
	for (size_t i = 0; i < t->header_n; i++)
		for (size_t k = 0; names[k]; k++)
			if (strcasecmp(t->header[i], names[k]) == 0)
				return (int)i;
	return -1;
}

const char *vk_sheet_field(const struct vk_row *row, int column)
{
	return column >= 0 && (size_t)column < row->n ? row->fields[column] : "";
}

bool vk_sheet_has_column(const char *data, size_t size, const char *const *names)
{
	char **fields;
	size_t n = vk_sheet_peek_header(data, size, &fields);
	bool yes = false;

	for (size_t i = 0; i < n && !yes; i++)
		for (size_t k = 0; names[k] && !yes; k++)
			yes = strcasecmp(fields[i], names[k]) == 0;
	vk_sheet_free_fields(fields, n);
	return yes;
}

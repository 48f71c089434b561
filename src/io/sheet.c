/* Status sheets in CSV: libcsv splits the fields, iconv converts Windows-1252, and this
 * file maps the columns by header and types the values. The parser is fed one physical
 * line at a time and reports every line end (blank lines too), so every row knows the
 * line it starts on. */
#include "sheet.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "input.h"

enum column { COL_PERIOD, COL_CODE, COL_STATUS, COL_COMMENT, COL_BUDGET, COL_COUNT };

static const char *const column_names[COL_COUNT][4] = {
    [COL_PERIOD] = {"periode", "period", NULL},
    [COL_CODE] = {"kode", "code", "prosjekt", "project"},
    [COL_STATUS] = {"status", NULL},
    [COL_COMMENT] = {"kommentar", "comment", NULL},
    [COL_BUDGET] = {"budsjett", "budget", NULL},
};

struct sheet {
	const char *file;
	struct vk_error *err;
	enum vk_code rc;
	/* the row being collected */
	char **fields;
	size_t fields_n, fields_cap;
	int row_line; /* where the row being collected starts */
	int line;     /* the physical line being fed */
	bool header_done;
	int col[COL_COUNT]; /* field index of each column, -1 when absent */
	struct vk_status_file *out;
};

static enum vk_code fail(struct sheet *s, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum vk_code fail(struct sheet *s, int line, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	if (s->rc)
		return s->rc; /* the first error stands */
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return s->rc = vk_error_set(s->err, VK_EDATA, "%s:%d: %s", s->file, line, msg);
}

/* The first line, without a BOM: is it a status header? Picks the separator too. */
static char separator_of(const char *line, size_t n)
{
	size_t counts[3] = {0};
	static const char seps[] = {';', ',', '\t'};
	bool quoted = false;

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

static int column_of(const char *name)
{
	for (int c = 0; c < COL_COUNT; c++)
		for (int k = 0; k < 4 && column_names[c][k]; k++)
			if (strcasecmp(name, column_names[c][k]) == 0)
				return c;
	return -1;
}

bool vk_sheet_is_status(const char *data, size_t size)
{
	char line[512];
	size_t n = 0;
	char sep;
	bool period = false, status = false;

	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		size -= 3;
	}
	while (n < size && n < sizeof(line) - 1 && data[n] != '\n' && data[n] != '\r') {
		line[n] = data[n];
		n++;
	}
	line[n] = '\0';
	sep = separator_of(line, n);
	for (char *f = line, *end; f; f = end ? end + 1 : NULL) {
		end = strchr(f, sep);
		if (end)
			*end = '\0';
		if (*f == '"' && strlen(f) >= 2 && f[strlen(f) - 1] == '"') {
			f[strlen(f) - 1] = '\0';
			f++;
		}
		trim(f);
		period |= column_of(f) == COL_PERIOD;
		status |= column_of(f) == COL_STATUS;
	}
	return period && status;
}

/* "1 723,5", "1723.5", "1 723,5" with a no-break space: a number >= 0, or false. */
static bool parse_mnok(const char *s, double *out)
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

static const char *field(const struct sheet *s, enum column c)
{
	int i = s->col[c];
	return i >= 0 && (size_t)i < s->fields_n ? s->fields[i] : "";
}

static void header_row(struct sheet *s)
{
	for (int c = 0; c < COL_COUNT; c++)
		s->col[c] = -1;
	for (size_t i = 0; i < s->fields_n; i++) {
		int c = column_of(s->fields[i]);
		if (c >= 0 && s->col[c] < 0)
			s->col[c] = (int)i;
	}
	for (int c = COL_PERIOD; c <= COL_STATUS; c++)
		if (s->col[c] < 0) {
			fail(s, s->row_line,
			     "no '%s' column (expected a header with %s, %s and %s)",
			     column_names[c][0], "periode", "kode", "status");
			return;
		}
	s->header_done = true;
}

static void data_row(struct sheet *s)
{
	struct vk_report r = {.budget = -1, .line = s->row_line};
	struct vk_error perr;
	const char *period = field(s, COL_PERIOD), *code = field(s, COL_CODE);
	const char *status = field(s, COL_STATUS), *budget = field(s, COL_BUDGET);

	if (!*period)
		fail(s, r.line, "no period");
	else if (vk_period_parse(period, &r.period, &perr))
		fail(s, r.line, "%s", perr.msg);
	else if (!*code)
		fail(s, r.line, "no programme or project code");
	else if (!vk_colour_parse(status, &r.colour))
		fail(s, r.line, "unknown status '%.40s' (expected grønn, gul or rød)", status);
	else if (*budget && !parse_mnok(budget, &r.budget))
		fail(s, r.line, "invalid budget '%.40s' (expected MNOK, e.g. 1 723,5)", budget);
	if (s->rc)
		return;
	r.code = vk_xstrdup(code);
	r.comment = *field(s, COL_COMMENT) ? vk_xstrdup(field(s, COL_COMMENT)) : NULL;
	*VK_PUSH(s->out->reports) = r;
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct sheet *s = ctx;
	char *f = vk_xstrndup(data ? data : "", data ? len : 0);

	trim(f);
	*VK_PUSH(s->fields) = f;
}

static void on_row(int term, void *ctx)
{
	struct sheet *s = ctx;
	bool empty = true;

	(void)term;
	for (size_t i = 0; i < s->fields_n; i++)
		empty &= s->fields[i][0] == '\0';
	if (!empty && !s->rc) {
		if (s->header_done)
			data_row(s);
		else
			header_row(s);
	}
	for (size_t i = 0; i < s->fields_n; i++)
		free(s->fields[i]);
	s->fields_n = 0;
	/* the next row starts on the line after the one that ended this row */
	s->row_line = s->line + 1;
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

enum vk_code vk_sheet_read_status(const char *name, const char *data, size_t size,
				  struct vk_status_file **out, struct vk_error *err)
{
	struct sheet s = {.file = name, .err = err, .row_line = 1, .line = 1};
	struct csv_parser parser;
	char *converted = NULL;
	int line, col;

	*out = NULL;
	s.out = vk_xcalloc(1, sizeof(*s.out));
	s.out->file = name;
	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		size -= 3;
	} else if (vk_input_bad_utf8(data, size, &line, &col)) {
		/* not UTF-8: Excel's other "CSV" is Windows-1252 */
		if (!(converted = from_cp1252(data, size, &size))) {
			fail(&s, line, "the file is neither UTF-8 nor Windows-1252 text");
			goto out;
		}
		data = converted;
		s.out->converted = true;
	}
	if (vk_input_bad_utf8(data, size, &line, &col)) {
		fail(&s, line, "the file contains a NUL byte or is not text");
		goto out;
	}
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
		abort();
	csv_set_delim(&parser, (unsigned char)separator_of(data, size));
	for (size_t at = 0; at < size && !s.rc;) {
		const char *nl = memchr(data + at, '\n', size - at);
		size_t len = nl ? (size_t)(nl - (data + at)) + 1 : size - at;

		if (csv_parse(&parser, data + at, len, on_field, on_row, &s) != len)
			fail(&s, s.line, "not valid CSV: %s (a quote not closed or misplaced?)",
			     csv_strerror(csv_error(&parser)));
		at += len;
		s.line++;
	}
	s.line--;
	if (!s.rc && csv_fini(&parser, on_field, on_row, &s) != 0)
		fail(&s, s.row_line, "not valid CSV: a quoted field is not closed");
	csv_free(&parser);
	if (!s.rc && !s.header_done)
		fail(&s, 1, "the file is empty (expected a header: periode;kode;status;kommentar)");
	else if (!s.rc && s.out->reports_n == 0)
		fail(&s, 2, "no status reports below the header");
out:
	for (size_t i = 0; i < s.fields_n; i++)
		free(s.fields[i]);
	free(s.fields);
	free(converted);
	if (s.rc) {
		vk_status_file_free(s.out);
		return s.rc;
	}
	*out = s.out;
	return VK_OK;
}

/* The limit for `veikart export xlsx`: only the work no exporter can skip. It reads the
 * cells of veikart's Status and Milepæler sheets from the generator's TSV files
 * (tests/bench/gen.c) and writes them, with veikart's formats, to a workbook in
 * libxlsxwriter's constant-memory mode, row by row: no database, no model, no sorting,
 * no other sheets. The Python peer is tests/bench/peer_xlsxwriter.py.
 *
 *   bench_xlsx DIR OUT.xlsx
 *
 * reads DIR/sheet.tsv (code, name, owner, programme, phase now, latest colour, comment,
 * budget, then the earlier colours, newest first) and DIR/milestones.tsv (ISO date,
 * kind, code, programme name, milestone name). Lines are split on tabs in place; no cell
 * is copied or allocated on its own. The history columns are headed P-1, P-2, … as the
 * TSV does not name its periods.
 *
 * Build: gcc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L tests/bench/limit_xlsx.c \
 *            $(pkg-config --cflags --libs xlsxwriter) -o bench_xlsx */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define STATUS_Y     2025 /* the generator's status date, 2025-06-30 */
#define STATUS_M     6
#define STATUS_D     30
#define STATUS_FIXED 8 /* Status columns before the earlier colours */
#define MAX_FIELDS   LXW_COL_MAX

static const char *const colour_word[] = {"grønn", "gul", "rød"};
static const uint32_t colour_fill[] = {0x2E7D32, 0xE8A800, 0xC62828};
static const uint32_t colour_ink[] = {0xFFFFFF, 0x1F2933, 0xFFFFFF};

struct formats {
	lxw_format *head, *mnok, *date, *int_fmt, *status[3];
};

/* One input file read line by line; `field` points into `line`. */
struct tsv {
	const char *path;
	FILE *f;
	char *line;
	size_t cap;
	unsigned long lineno;
	size_t n;
	char *field[MAX_FIELDS];
};

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("bench_xlsx: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void tsv_open(struct tsv *t, const char *dir, const char *name, char *path, size_t size)
{
	if ((size_t)snprintf(path, size, "%s/%s", dir, name) >= size)
		die("%s/%s: path too long", dir, name);
	t->path = path;
	t->f = fopen(path, "r");
	if (!t->f)
		die("%s: %s", path, strerror(errno));
}

/* The next non-empty line, split on tabs in place; false at the end of the file. */
static int tsv_next(struct tsv *t)
{
	ssize_t len;
	char *p;

	for (;;) {
		errno = 0;
		len = getline(&t->line, &t->cap, t->f);
		if (len < 0) {
			if (ferror(t->f))
				die("%s: %s", t->path, strerror(errno));
			return 0;
		}
		t->lineno++;
		while (len > 0 && (t->line[len - 1] == '\n' || t->line[len - 1] == '\r'))
			t->line[--len] = '\0';
		if (len > 0)
			break;
	}
	t->n = 0;
	for (p = t->line;;) {
		char *tab = memchr(p, '\t', (size_t)(t->line + len - p));

		if (t->n == MAX_FIELDS)
			die("%s:%lu: more than %d fields", t->path, t->lineno, MAX_FIELDS);
		t->field[t->n++] = p;
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return 1;
}

static void tsv_close(struct tsv *t)
{
	free(t->line);
	fclose(t->f);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static long days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static void parse_date(const struct tsv *t, const char *s, lxw_datetime *dt)
{
	int y = digits(s, 4), m, d;

	if (y < 0 || s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12 || s[7] != '-' ||
	    (d = digits(s + 8, 2)) < 1 || d > 31 || s[10] != '\0')
		die("%s:%lu: not an ISO date: %s", t->path, t->lineno, s);
	*dt = (lxw_datetime){.year = y, .month = m, .day = d};
}

static void formats(lxw_workbook *wb, struct formats *x)
{
	x->head = workbook_add_format(wb);
	format_set_bold(x->head);
	format_set_font_color(x->head, 0xFFFFFF);
	format_set_bg_color(x->head, 0x1F4E79);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->mnok = workbook_add_format(wb);
	format_set_num_format(x->mnok, "#,##0.0");
	x->date = workbook_add_format(wb);
	format_set_num_format(x->date, "dd.mm.yyyy");
	x->int_fmt = workbook_add_format(wb);
	format_set_num_format(x->int_fmt, "0");
	for (int c = 0; c < 3; c++) {
		x->status[c] = workbook_add_format(wb);
		format_set_bg_color(x->status[c], colour_fill[c]);
		format_set_font_color(x->status[c], colour_ink[c]);
		format_set_bold(x->status[c]);
		format_set_align(x->status[c], LXW_ALIGN_CENTER);
	}
}

/* Landscape A4, one page wide, the header row on every page. */
static lxw_worksheet *sheet(lxw_workbook *wb, const char *name)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, name);

	if (!ws)
		die("cannot add the sheet %s", name);
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_repeat_rows(ws, 0, 0);
	return ws;
}

static void status_cell(const struct formats *x, const struct tsv *t, lxw_worksheet *ws,
			lxw_row_t r, lxw_col_t c, const char *word)
{
	if (!*word) {
		worksheet_write_blank(ws, r, c, NULL);
		return;
	}
	for (int k = 0; k < 3; k++)
		if (strcmp(word, colour_word[k]) == 0) {
			worksheet_write_string(ws, r, c, word, x->status[k]);
			return;
		}
	die("%s:%lu: not a colour: %s", t->path, t->lineno, word);
}

static void sheet_status(const struct formats *x, lxw_worksheet *ws, const char *dir)
{
	static const char *const head[STATUS_FIXED] = {
	    "Kode", "Navn", "Eier", "Program", "Fase nå", "Status", "Kommentar", "Budsjett (MNOK)"};
	char *valid[] = {"grønn", "gul", "rød", NULL};
	lxw_data_validation dv = {0};
	char path[4096], name[16];
	struct tsv t = {0};
	lxw_row_t r = 0;
	lxw_col_t cols = STATUS_FIXED;
	int more;

	tsv_open(&t, dir, "sheet.tsv", path, sizeof(path));
	/* the first line says how many periods there are */
	more = tsv_next(&t);
	if (more) {
		if (t.n < STATUS_FIXED)
			die("%s:%lu: %zu fields, want at least %d", t.path, t.lineno, t.n,
			    STATUS_FIXED);
		cols = (lxw_col_t)t.n;
	}
	for (lxw_col_t c = 0; c < cols; c++) {
		if (c < STATUS_FIXED)
			worksheet_write_string(ws, 0, c, head[c], x->head);
		else {
			snprintf(name, sizeof(name), "P-%u", (unsigned)(c - STATUS_FIXED + 1));
			worksheet_write_string(ws, 0, c, name, x->head);
		}
	}
	worksheet_set_row(ws, 0, 30, NULL);
	worksheet_freeze_panes(ws, 1, 1);
	worksheet_set_column(ws, 0, 0, 20, NULL);
	worksheet_set_column(ws, 1, 1, 44, NULL);
	worksheet_set_column(ws, 2, 3, 22, NULL);
	worksheet_set_column(ws, 4, 5, 13, NULL);
	worksheet_set_column(ws, 6, 6, 60, NULL);
	worksheet_set_column(ws, 7, 7, 11, x->mnok);
	if (cols > STATUS_FIXED)
		worksheet_set_column(ws, STATUS_FIXED, cols - 1, 10, NULL);
	for (; more; more = tsv_next(&t)) {
		char **f = t.field, *end;
		double budget;

		if (t.n != cols)
			die("%s:%lu: %zu fields, want %u", t.path, t.lineno, t.n, (unsigned)cols);
		if (r == LXW_ROW_MAX - 1)
			die("%s: more rows than a sheet holds", t.path);
		r++;
		for (lxw_col_t c = 0; c < 5; c++)
			worksheet_write_string(ws, r, c, f[c], NULL);
		status_cell(x, &t, ws, r, 5, f[5]);
		worksheet_write_string(ws, r, 6, f[6], NULL);
		if (*f[7]) {
			budget = strtod(f[7], &end);
			if (*end)
				die("%s:%lu: not a number: %s", t.path, t.lineno, f[7]);
			worksheet_write_number(ws, r, 7, budget, x->mnok);
		} else
			worksheet_write_blank(ws, r, 7, NULL);
		for (lxw_col_t c = STATUS_FIXED; c < cols; c++)
			status_cell(x, &t, ws, r, c, f[c]);
	}
	/* both are kept until the sheet is closed, so the row count can come last */
	worksheet_autofilter(ws, 0, 0, r, cols - 1);
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = valid;
	dv.input_title = "Status";
	dv.input_message = "grønn, gul eller rød";
	worksheet_data_validation_range(ws, 1, 5, r ? r : 1, 5, &dv);
	tsv_close(&t);
}

static void sheet_milestones(const struct formats *x, lxw_worksheet *ws, const char *dir)
{
	static const char *const head[] = {"Dato",    "Type",	  "Kode", "Program / prosjekt",
					   "Milepæl", "Dager til"};
	const long status_day = days_from_civil(STATUS_Y, STATUS_M, STATUS_D);
	char path[4096], formula[64];
	struct tsv t = {0};
	lxw_row_t r = 0;

	tsv_open(&t, dir, "milestones.tsv", path, sizeof(path));
	for (lxw_col_t c = 0; c < 6; c++)
		worksheet_write_string(ws, 0, c, head[c], x->head);
	worksheet_set_column(ws, 0, 0, 12, x->date);
	worksheet_set_column(ws, 1, 2, 16, NULL);
	worksheet_set_column(ws, 3, 3, 40, NULL);
	worksheet_set_column(ws, 4, 4, 70, NULL);
	worksheet_set_column(ws, 5, 5, 10, NULL);
	worksheet_freeze_panes(ws, 1, 0);
	while (tsv_next(&t)) {
		lxw_datetime dt;

		if (t.n != 5)
			die("%s:%lu: %zu fields, want 5", t.path, t.lineno, t.n);
		if (r == LXW_ROW_MAX - 1)
			die("%s: more rows than a sheet holds", t.path);
		r++;
		parse_date(&t, t.field[0], &dt);
		worksheet_write_datetime(ws, r, 0, &dt, x->date);
		for (lxw_col_t c = 1; c < 5; c++)
			worksheet_write_string(ws, r, c, t.field[c], NULL);
		snprintf(formula, sizeof(formula), "=A%u-DATE(%d,%d,%d)", (unsigned)r + 1, STATUS_Y,
			 STATUS_M, STATUS_D);
		worksheet_write_formula_num(
		    ws, r, 5, formula, x->int_fmt,
		    (double)(days_from_civil(dt.year, dt.month, dt.day) - status_day));
	}
	worksheet_autofilter(ws, 0, 0, r, 5);
	tsv_close(&t);
}

int main(int argc, char **argv)
{
	lxw_workbook_options opt = {.constant_memory = LXW_TRUE};
	lxw_workbook *wb;
	struct formats x;
	lxw_error err;

	if (argc != 3) {
		fprintf(stderr, "usage: bench_xlsx DIR OUT.xlsx\n");
		return 2;
	}
	wb = workbook_new_opt(argv[2], &opt);
	if (!wb)
		die("%s: cannot start the workbook", argv[2]);
	formats(wb, &x);
	sheet_status(&x, sheet(wb, "Status"), argv[1]);
	sheet_milestones(&x, sheet(wb, "Milepæler"), argv[1]);
	if ((err = workbook_close(wb)) != LXW_NO_ERROR)
		die("%s: cannot write the workbook: %s", argv[2], lxw_strerror(err));
	return 0;
}

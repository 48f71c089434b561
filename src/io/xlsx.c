/* The workbook, written with libxlsxwriter. Every sheet is written top to bottom, row
 * by row, so a large portfolio can go out in constant-memory mode, where memory does
 * not grow with the row count; a smaller one gets its Status sheet as an Excel table,
 * which that mode cannot write. Each formula is written with the value veikart computed
 * for it.
 *
 * Status colours come as a matrix (item × period, live items then archived ones, whose
 * reports count in their periods as in `veikart status`) and the budgets as a sum per period,
 * both read by the store in one pass (vk_db_load_colours), so years of reports are never
 * all in memory. */
#include "xlsx.h"
#include "xlsx-int.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "alloc.h"
#include "atomic.h"
#include "date.h"
#include "palette.h"

/* by enum vk_colour: the status colours and the ink that reads on each */
const uint32_t vk_xlsx_status_fill[4] = {0, VK_RGB_GRONN, VK_RGB_GUL, VK_RGB_ROD};
static const uint32_t status_ink[] = {0, VK_RGB_ON_GRONN, VK_RGB_ON_GUL, VK_RGB_ON_ROD};

/* The item of Status row `i` (0 the first below the header): the live items, then the
 * archived ones, whose reports count in their periods as `veikart status` counts them. */
const struct vk_item *vk_xlsx_row_item(const struct vk_xlsx_book *x, size_t i)
{
	const struct vk_portfolio *pf = x->in->pf;
	return i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
}

struct coded {
	const char *code;
	size_t row;
};

static int by_code(const void *a, const void *b)
{
	return strcmp(((const struct coded *)a)->code, ((const struct coded *)b)->code);
}

/* The shown period's report of each row, from the reports given (those of that period). */
static void index_reports(struct vk_xlsx_book *x)
{
	const struct vk_status_set *set = x->in->status;
	struct coded *sorted = vk_xcalloc(x->rows + 1, sizeof(*sorted));

	x->current = vk_xcalloc(x->rows + 1, sizeof(*x->current));
	for (size_t i = 0; i < x->rows; i++)
		sorted[i] = (struct coded){vk_xlsx_row_item(x, i)->code, i};
	qsort(sorted, x->rows, sizeof(*sorted), by_code);
	for (size_t r = 0; r < set->reports_n; r++) {
		const struct vk_report *rep = &set->reports[r];
		struct coded key = {.code = rep->code}, *hit;

		if (!set->periods_n || strcmp(rep->period.code, set->periods[x->last].code) != 0)
			continue;
		hit = bsearch(&key, sorted, x->rows, sizeof(*sorted), by_code);
		if (hit)
			x->current[hit->row] = rep;
	}
	free(sorted);
}

static lxw_format *fmt(struct vk_xlsx_book *x)
{
	lxw_format *f = workbook_add_format(x->wb);

	if (!f)
		abort(); /* libxlsxwriter's only failure here is memory: as vk_xmalloc */
	return f;
}

static void formats(struct vk_xlsx_book *x)
{
	const struct vk_portfolio *pf = x->in->pf;

	x->head = fmt(x);
	format_set_bold(x->head);
	format_set_font_color(x->head, VK_RGB_WHITE);
	format_set_bg_color(x->head, VK_RGB_HEAD);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->text = fmt(x);
	x->wrap = fmt(x);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
	x->mnok = fmt(x);
	format_set_num_format(x->mnok, VK_XLSX_MNOK_FORMAT);
	x->pct = fmt(x);
	format_set_num_format(x->pct, "0.0%");
	x->date = fmt(x);
	format_set_num_format(x->date, x->in->lang == VK_LANG_EN ? "yyyy-mm-dd" : "dd.mm.yyyy");
	x->int_fmt = fmt(x);
	format_set_num_format(x->int_fmt, "0");
	x->title = fmt(x);
	format_set_bold(x->title);
	format_set_font_size(x->title, 13);
	x->muted = fmt(x);
	format_set_font_color(x->muted, VK_RGB_MUTED);
	format_set_italic(x->muted);
	x->status_cell = fmt(x);
	format_set_bold(x->status_cell);
	format_set_align(x->status_cell, LXW_ALIGN_CENTER);
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		/* a conditional format (a dxf): only fill and font count there */
		x->status[c] = fmt(x);
		format_set_bg_color(x->status[c], vk_xlsx_status_fill[c]);
		format_set_font_color(x->status[c], status_ink[c]);
	}
	x->phase = vk_xcalloc(pf->phases_n + 1, sizeof(*x->phase));
	for (size_t i = 0; i < pf->phases_n; i++) {
		uint32_t c = (uint32_t)strtoul(pf->phases[i].colour + 1, NULL, 16);
		x->phase[i] = fmt(x);
		format_set_bg_color(x->phase[i], c);
		format_set_font_size(x->phase[i], 8);
		format_set_align(x->phase[i], LXW_ALIGN_CENTER);
		format_set_border(x->phase[i], LXW_BORDER_THIN);
		format_set_border_color(x->phase[i], VK_RGB_WHITE);
	}
}

/* The number of characters (code points) in UTF-8 text, as libxlsxwriter counts them
 * against Excel's limit of 32,767 per cell. */
size_t vk_xlsx_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

void vk_xlsx_fail(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		  const char *fmt, ...)
{
	char what[200], cl[8];
	va_list ap;

	if (x->rc)
		return;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	x->rc = VK_ECANTCREAT;
	if (ws)
		snprintf(x->msg, sizeof(x->msg), "sheet %s, cell %s%lu: %s", ws->name,
			 vk_xlsx_col_name(c, cl), (unsigned long)r + 1, what);
	else
		snprintf(x->msg, sizeof(x->msg), "%s", what);
}

bool vk_xlsx_check(struct vk_xlsx_book *x, lxw_error e, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c)
{
	if (e == LXW_NO_ERROR)
		return true;
	if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
		vk_xlsx_fail(x, ws, r, c,
			     "past Excel's last row (1,048,576) or column (16,384, XFD), or a "
			     "row already written in constant-memory mode");
	else if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
		vk_xlsx_fail(x, ws, r, c,
			     "text longer than an Excel cell holds (32,767 characters)");
	else
		vk_xlsx_fail(x, ws, r, c, "%s", lxw_strerror(e));
	return false;
}

void vk_xlsx_string(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		    const char *s, lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_string(ws, r, c, s, f), ws, r, c);
}

void vk_xlsx_number(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v,
		    lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_number(ws, r, c, v, f), ws, r, c);
}

void vk_xlsx_blank(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		   lxw_format *f)
{
	vk_xlsx_check(x, worksheet_write_blank(ws, r, c, f), ws, r, c);
}

void vk_xlsx_formula_num(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, double value)
{
	vk_xlsx_check(x, worksheet_write_formula_num(ws, r, c, formula, f, value), ws, r, c);
}

void vk_xlsx_formula_str(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			 const char *formula, lxw_format *f, const char *value)
{
	vk_xlsx_check(x, worksheet_write_formula_str(ws, r, c, formula, f, value), ws, r, c);
}

/* "B" for column 1 and so on, into buf. */
const char *vk_xlsx_col_name(lxw_col_t col, char buf[8])
{
	char tmp[8];
	int n = 0;

	for (unsigned c = col + 1; c > 0; c = (c - 1) / 26)
		tmp[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
	return buf;
}

/* Printing: landscape A4, one page wide, the header row on every page. NULL (and the
 * failure recorded) when the sheet cannot be added. */
static lxw_worksheet *sheet(struct vk_xlsx_book *x, const char *name, bool header)
{
	lxw_worksheet *ws = x->rc ? NULL : workbook_add_worksheet(x->wb, name);

	if (!ws) {
		vk_xlsx_fail(x, NULL, 0, 0, "cannot add the sheet %s", name);
		return NULL;
	}
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9); /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	if (header)
		vk_xlsx_check(x, worksheet_repeat_rows(ws, 0, 0), ws, 0, 0);
	return ws;
}

/* The bytes of `s` (may be NULL) in XML at most: escapes (&amp; _x0001_) counted as 7. */
static unsigned long long xml_size(const char *s)
{
	unsigned long long n = 0;

	for (; s && *s; s++)
		n += strchr("&<>\"'", *s) || (unsigned char)*s < 0x20 ? 7 : 1;
	return n;
}

/* A generous bound on the bytes the workbook's parts take uncompressed: text with its
 * XML escapes, a fixed size per cell and per formula
 * (about five times what the sample portfolio's parts take). */
static unsigned long long parts_size(const struct vk_xlsx_book *x)
{
	const struct vk_xlsx_input *in = x->in;
	const struct vk_portfolio *pf = in->pf;
	size_t nc = pf->scoring ? pf->scoring->criteria_n : 0;
	unsigned long long n = 128 * 1024; /* styles, theme, chart, the fixed parts */

#define TEXT(s) xml_size(s)
	for (size_t i = 0; i < x->rows; i++) {
		const struct vk_item *it = vk_xlsx_row_item(x, i);
		const struct vk_report *rep = x->current[i];
		int y0;

		n += TEXT(it->code) * 3 + TEXT(it->name) * 3 + TEXT(it->owner) * 2 +
		     TEXT(it->parent) * 2 + TEXT(it->description);
		n += 1024 + (unsigned long long)(it->phases_n + it->budgets_n) * 256;
		for (size_t k = 0; k < it->deps_n; k++)
			n += 8 + TEXT(it->deps[k].code);
		n += 512 + (unsigned long long)(x->last + 1) * 64;
		n += rep ? TEXT(rep->comment) : 0;
		for (size_t k = 0; k < it->milestones_n; k++)
			n += 512 + TEXT(it->milestones[k].name) + TEXT(it->name);
		if (it->rollouts_n)
			/* the cells, and a comment where phases overlap (at most one per
			 * quarter and phase) */
			n += (unsigned long long)(vk_xlsx_rollout_quarters(it, &y0) + 1) *
			     ((pf->areas_n + pf->regions_n + 3) * 64 + it->rollouts_n * 1024);
	}
	n += (unsigned long long)(x->last + 1) * 2048;
	for (size_t k = 0; k < in->scores_n; k++)
		n += 2048 + TEXT(in->scores[k].measure->name) * 2 + (unsigned long long)nc * 256;
	n += (unsigned long long)nc * 512; /* the weights */
	for (size_t i = 0; in->costs && i < in->costs->costs_n; i++)
		n += 512 + TEXT(in->costs->costs[i].solution);
#undef TEXT
	return n;
}

/* The room DESIGN.md asks for before libxlsxwriter starts: it writes every part of the
 * workbook uncompressed to a temporary file in `dir`, zips it into the output there, and
 * (1.1.4) does not notice a failed write of a part, which would give a whole-looking but
 * damaged workbook. So the free space must hold the parts and the output (each at most
 * parts_size), and the file size limit (ulimit -f) one of them. */
static enum vk_code check_room(const struct vk_xlsx_book *x, const char *path, const char *dir,
			       struct vk_error *err)
{
	unsigned long long need = parts_size(x), room;
	struct statvfs fs;
	struct rlimit lim;

	if (statvfs(dir, &fs) != 0)
		return vk_error_set(err, VK_ECANTCREAT, "%s: cannot see the free space: %s", path,
				    strerror(errno));
	room = (unsigned long long)fs.f_bavail * fs.f_frsize;
	if (room / 2 < need)
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: not enough room: writing the workbook may take up to "
				    "%llu KB and %s has %llu KB free",
				    path, 2 * need / 1024, dir, room / 1024);
	if (getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY &&
	    (unsigned long long)lim.rlim_cur < need)
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: the file size limit (ulimit -f) is %llu KB; a part of the "
				    "workbook may take up to %llu KB",
				    path, (unsigned long long)lim.rlim_cur / 1024, need / 1024);
	return VK_OK;
}

/* libxlsxwriter 1.1.4 prints its errors to stderr as well as returning them, and veikart
 * prints one line. While it works, stderr goes into a pipe (non-blocking, so a flood of
 * messages cannot hang the writer); what it said is read back and its last line goes
 * into veikart's message when the export fails. fd 2 is always put back. */
struct hush {
	int saved, rd;
};

static void hush_begin(struct hush *h)
{
	int p[2];

	h->saved = h->rd = -1;
	fflush(stderr);
	if (pipe(p) != 0)
		return; /* then its messages stay visible: better than losing them */
	if (fcntl(p[1], F_SETFL, O_NONBLOCK) != 0 || fcntl(p[0], F_SETFL, O_NONBLOCK) != 0 ||
	    (h->saved = dup(2)) < 0 || dup2(p[1], 2) < 0) {
		if (h->saved >= 0)
			close(h->saved);
		h->saved = -1;
		close(p[0]);
		close(p[1]);
		return;
	}
	close(p[1]);
	h->rd = p[0];
}

/* Puts stderr back; the last line libxlsxwriter printed (without its "[ERROR]..."
 * prefix) into `said`, or "". */
static void hush_end(struct hush *h, char *said, size_t size)
{
	char buf[4096];
	ssize_t got, len = 0;

	said[0] = '\0';
	if (h->saved < 0)
		return;
	fflush(stderr);
	dup2(h->saved, 2);
	close(h->saved);
	while ((got = read(h->rd, buf + len, sizeof(buf) - 1 - (size_t)len)) > 0) {
		len += got;
		if ((size_t)len == sizeof(buf) - 1) {
			/* keep the last half: the newest lines */
			memmove(buf, buf + len / 2, (size_t)(len - len / 2));
			len -= len / 2;
		}
	}
	close(h->rd);
	buf[len] = '\0';
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		buf[--len] = '\0';
	{
		char *line = strrchr(buf, '\n'), *text;
		line = line ? line + 1 : buf;
		text = strstr(line, "]: ");
		text = text ? text + 3 : line;
		if (strncmp(text, "[ERROR] ", 8) == 0)
			text += 8;
		snprintf(said, size, "%s", text);
		for (char *c = said; *c; c++)
			if ((unsigned char)*c < 0x20)
				*c = ' ';
	}
}

enum vk_code vk_xlsx_write(const char *path, const struct vk_xlsx_input *in, struct vk_error *err)
{
	struct vk_xlsx_book b = {.in = in};
	struct vk_xlsx_book *x = &b;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? vk_xstrndup(path, (size_t)(slash - path)) : vk_xstrdup(".");
	char *tmp = NULL;
	lxw_workbook_options opt = {.tmpdir = dir};
	lxw_doc_properties props = {0};
	lxw_error lerr;
	enum vk_code rc = VK_OK;
	const char *status_name = VK_TR(x->in->lang, "Status", "Status");
	struct hush hush = {.saved = -1, .rd = -1};
	char said[160];
	const char *damage;
	lxw_worksheet *ws;

	if (slash == path) {
		free(dir);
		dir = vk_xstrdup("/");
		opt.tmpdir = dir;
	}
	b.last = in->period >= 0 ? (size_t)in->period
				 : (in->status->periods_n ? in->status->periods_n - 1 : 0);
	/* what does not fit in a sheet is refused before anything is written */
	if (in->status->periods_n && 8 + b.last > LXW_COL_MAX) {
		rc = vk_error_set(err, VK_ECANTCREAT,
				  "%s: %zu periods up to %s do not fit on the Status sheet: Excel "
				  "has 16,384 columns, room for the colours of %d periods",
				  path, b.last + 1, in->status->periods[b.last].code,
				  LXW_COL_MAX - 7);
		goto out;
	}
	b.rows = in->pf->items_n + in->pf->archived_n;
	if (b.rows >= LXW_ROW_MAX) {
		rc = vk_error_set(
		    err, VK_ECANTCREAT,
		    "%s: %zu programmes and projects (%zu of them archived) do not fit "
		    "on the Status sheet: Excel has 1,048,576 rows, room for 1,048,575",
		    path, b.rows, in->pf->archived_n);
		goto out;
	}
	/* Excel tables need the whole sheet in memory; past this size memory matters more */
	b.table = b.rows <= VK_XLSX_TABLE_MAX;
	opt.constant_memory = !b.table;
	b.colour = in->colours;
	index_reports(x);
	/* the temporary file proves the directory is writable before libxlsxwriter starts */
	if ((rc = vk_atomic_begin(path, &tmp, err)) || (rc = check_room(x, path, dir, err)))
		goto fail;
	hush_begin(&hush);
	b.wb = workbook_new_opt(tmp, &opt);
	if (!b.wb) {
		hush_end(&hush, said, sizeof(said));
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot start the workbook%s%s", path,
				  said[0] ? ": " : "", said);
		goto fail;
	}
	props.title = (char *)(in->pf->title ? in->pf->title : "veikart");
	props.author = (char *)"veikart";
	/* repeatable files: the workbook says it was made on the status date */
	props.created =
	    in->pf->status_date != VK_DATE_NONE ? (time_t)in->pf->status_date * 86400 : 0;
	vk_xlsx_check(x, workbook_set_properties(b.wb, &props), NULL, 0, 0);
	formats(x);
	/* each sheet only while all went well: the first failure is the one reported */
	if ((ws = sheet(x, status_name, true)))
		vk_xlsx_sheet_status(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Oppsummering", "Summary"), true)))
		vk_xlsx_sheet_summary(x, ws, status_name);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Utrulling", "Rollout"), false)))
		vk_xlsx_sheet_rollout(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Milepæler", "Milestones"), true)))
		vk_xlsx_sheet_milestones(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Prioritering", "Priorities"), true)))
		vk_xlsx_sheet_scores(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Kostnader", "Costs"), true)))
		vk_xlsx_sheet_costs(x, ws);
	if ((ws = sheet(x, VK_TR(x->in->lang, "Portefølje", "Portfolio"), true)))
		vk_xlsx_sheet_portfolio(x, ws);
	/* closed even after a failure, which frees the book; the file is removed below */
	lerr = workbook_close(b.wb);
	hush_end(&hush, said, sizeof(said));
	if (b.rc) {
		rc = vk_error_set(err, b.rc, "%s: %s", path, b.msg);
		goto fail;
	}
	/* every call veikart makes is meant to succeed: a warning is a failure too */
	if (lerr == LXW_NO_ERROR && said[0]) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: libxlsxwriter: %s", path, said);
		goto fail;
	}
	if (lerr != LXW_NO_ERROR) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot write the workbook: %s", path,
				  said[0] ? said : lxw_strerror(lerr));
		goto fail;
	}
	if ((damage = vk_xlsx_zip_damage(tmp))) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: the workbook is not whole: %s", path,
				  damage);
		goto fail;
	}
	rc = vk_atomic_commit(tmp, path, err);
	tmp = NULL;
	goto out;
fail:
	vk_atomic_abort(tmp);
	tmp = NULL;
out:
	vk_atomic_abort(tmp);
	free(b.current);
	free(b.phase);
	free(dir);
	return rc;
}

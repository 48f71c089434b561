/* The limit of the roadmap render: only the work the chart cannot do without, for the
 * benchmarks to measure veikart's `render roadmap` against (tests/bench/README.md).
 *
 *   bench_render roadmap.tsv OUT.pdf
 *   bench_render roadmap.tsv OUT.png
 *
 * reads the roadmap.tsv of bench_gen (gen.c) and draws veikart's roadmap with bare cairo and
 * pango: A4 landscape pages of 21 programme rows under a title, a subtitle and a year axis,
 * each row a status mark, a bold label cut with "…" to the label column, three phase bars
 * with their names where they fit between the milestones, two milestone diamonds; the year
 * grid, alternate row bands, the dashed status-date line, a legend and "Side N av M".
 * Geometry, colours and fonts are veikart's (render/layout*.c, render/text.c); what the
 * limit leaves out is the work in between: no store, no scene, no measuring of every
 * label for a column width (the column is the widest veikart allows, 30 % of the content),
 * no binary search for a cut (pango's ellipsis does it while drawing), one PangoLayout
 * for all text.
 *
 * PNG is 150 dpi: the pages stacked in one image while that is at most 32767 pixels tall,
 * else one image a page: OUT-01.png … OUT-48.png, as many digits as the page count has. */
#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Page and frame, in points (render/layout.c). */
#define PAGE_W	      841.89
#define PAGE_H	      595.28
#define MARGIN	      30.0
#define GAP	      14.0 /* between the label column and the chart */
#define TITLE_H	      24.0
#define SUBTITLE_H    16.0
#define TIER_H	      16.0
#define LEGEND_LINE_H 14.0
#define FOOTER_H      12.0
#define ROW_H	      20.0 /* a programme row */
#define BAR_H	      11.0
#define STATUS_W      14.0 /* room for the status mark before a label */
#define ROWS_PER_PAGE 21
#define AXIS_TOP      (MARGIN + TITLE_H + SUBTITLE_H + 8)
#define ROWS_TOP      (AXIS_TOP + TIER_H)
#define CONTENT_W     (PAGE_W - 2 * MARGIN)
#define LABEL_W	      (0.30 * CONTENT_W)
#define CHART_X	      (MARGIN + LABEL_W + GAP)
#define CHART_W	      (PAGE_W - MARGIN - CHART_X)

#define PNG_DPI	    150.0
#define PNG_MAX_PX  32767
#define STATUS_DATE "2025-06-30"
#define FAMILY	    "DejaVu Sans"

/* Palette (render/layout-int.h), and the built-in phase colours (db/migrations). */
#define INK	    0x1F2933
#define MUTED	    0x616E7C
#define RULE	    0xCBD2D9
#define BAND	    0xF3F5F8
#define STATUS_LINE 0xB8322A
#define WHITE	    0xFFFFFF
#define GOAL	    0xD55E00
#define GRONN	    0x2E7D32
#define GUL	    0xE8A800
#define ROD	    0xC62828

#define N_PHASES 3
#define N_MS	 2
#define N_FIELDS 16

static const char *const phase_codes[N_PHASES] = {"planlegging", "utproving", "innforing"};
static const char *const phase_names[N_PHASES] = {"Planlegging", "Utprøving", "Innføring"};
/* all three are light enough for ink (render/layout-marks.c text_on) */
static const unsigned phase_colours[N_PHASES] = {0x56B4E9, 0xE69F00, 0x009E73};

enum ms_kind { MS_DECISION, MS_GOAL };
enum status { ST_GRONN, ST_GUL, ST_ROD };

/* The fonts of the chart: weight and absolute size in points. */
enum font { F_TITLE, F_SUBTITLE, F_AXIS, F_LABEL, F_SMALL, N_FONTS };
static const struct {
	bool bold;
	double size;
} font_specs[N_FONTS] = {
    [F_TITLE] = {true, 17},  [F_SUBTITLE] = {false, 9.5}, [F_AXIS] = {false, 8},
    [F_LABEL] = {true, 8.5}, [F_SMALL] = {false, 7.5}, /* bar names, legend, footer */
};

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static int days_from_civil(int y, int m, int d)
{
	int era, yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static int year_of(int days)
{
	/* civil_from_days, the year only */
	int z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;

	return yoe + era * 400 + (mp >= 10);
}

/* Parses an ISO date YYYY-MM-DD into days; false if it is not one. */
static bool parse_date(const char *s, int *days)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y, m, d, n = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || s[n] || m < 1 || m > 12 ||
	    d < 1 || d > mdays[m - 1] ||
	    (m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400))))
		return false;
	*days = days_from_civil(y, m, d);
	return true;
}

struct span {
	int phase; /* index into phase_codes */
	int start, end;
};

struct row {
	const char *name; /* into the file's text */
	struct span phases[N_PHASES];
	int ms_date[N_MS];
	enum ms_kind ms_kind[N_MS];
	enum status status;
};

struct chart {
	char *text; /* the whole file, split in place */
	struct row *rows;
	size_t rows_n;
	int from, to;	    /* the axis, whole years, days inclusive */
	int year_1, year_n; /* its first and last years */
	int pages;
	int status_date;
	char subtitle[64];
};

/* Prints the message and exits with status 1. */
static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("bench_render: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f)
		die("%s: %s", path, strerror(errno));
	do {
		if (cap - len < 65536) {
			cap = cap ? 2 * cap : 1 << 20;
			if (!(buf = realloc(buf, cap + 1)))
				die("out of memory");
		}
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	if (ferror(f))
		die("%s: read error", path);
	fclose(f);
	buf[len] = '\0';
	return buf;
}

static int lookup(const char *s, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* Fills `r` from the 16 tab-separated fields of `line` (split in place). */
static void parse_row(char *line, struct row *r, const char *path, size_t lineno)
{
	static const char *const ms_kinds[] = {"decision", "goal"};
	static const char *const colours[] = {"grønn", "gul", "rød"};
	char *f[N_FIELDS];
	int n = 0, k;

	for (char *p = line;; p++) {
		if (n == N_FIELDS)
			die("%s:%zu: more than %d fields", path, lineno, N_FIELDS);
		f[n++] = p;
		if (!(p = strchr(p, '\t')))
			break;
		*p = '\0';
	}
	if (n != N_FIELDS)
		die("%s:%zu: %d fields, not %d", path, lineno, n, N_FIELDS);
	r->name = f[1];
	for (int i = 0; i < N_PHASES; i++) {
		struct span *s = &r->phases[i];
		if ((s->phase = lookup(f[2 + 3 * i], phase_codes, N_PHASES)) < 0 ||
		    !parse_date(f[3 + 3 * i], &s->start) || !parse_date(f[4 + 3 * i], &s->end) ||
		    s->end < s->start)
			die("%s:%zu: bad phase %d", path, lineno, i + 1);
	}
	for (int i = 0; i < N_MS; i++) {
		if (!parse_date(f[11 + 2 * i], &r->ms_date[i]) ||
		    (k = lookup(f[12 + 2 * i], ms_kinds, 2)) < 0)
			die("%s:%zu: bad milestone %d", path, lineno, i + 1);
		r->ms_kind[i] = (enum ms_kind)k;
	}
	if ((k = lookup(f[15], colours, 3)) < 0)
		die("%s:%zu: bad status colour '%s'", path, lineno, f[15]);
	r->status = (enum status)k;
}

/* Reads the rows and sets the axis: whole years around every phase and milestone. */
static void load(struct chart *c, const char *path)
{
	size_t cap = 0, lineno = 0, len;
	int lo = INT_MAX, hi = INT_MIN;

	c->text = read_file(path);
	for (char *line = c->text, *next; *line; line = next) {
		struct row *r;
		lineno++;
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		else
			next = line + strlen(line);
		if ((len = strlen(line)) > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len == 0)
			continue;
		if (c->rows_n == cap) {
			cap = cap ? 2 * cap : 1024;
			if (!(c->rows = realloc(c->rows, cap * sizeof(*c->rows))))
				die("out of memory");
		}
		r = &c->rows[c->rows_n++];
		parse_row(line, r, path, lineno);
		for (int i = 0; i < N_PHASES; i++) {
			lo = r->phases[i].start < lo ? r->phases[i].start : lo;
			hi = r->phases[i].end > hi ? r->phases[i].end : hi;
		}
		for (int i = 0; i < N_MS; i++) {
			lo = r->ms_date[i] < lo ? r->ms_date[i] : lo;
			hi = r->ms_date[i] > hi ? r->ms_date[i] : hi;
		}
	}
	if (!parse_date(STATUS_DATE, &c->status_date))
		die("bad status date");
	if (c->rows_n == 0)
		lo = hi = c->status_date;
	c->from = days_from_civil(year_of(lo), 1, 1);
	c->to = days_from_civil(year_of(hi) + 1, 1, 1) - 1;
	c->year_1 = year_of(lo);
	c->year_n = year_of(hi);
	c->pages = c->rows_n ? (int)((c->rows_n + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE) : 1;
	snprintf(c->subtitle, sizeof(c->subtitle), "Veikart %d–%d · %zu programmer", c->year_1,
		 c->year_n, c->rows_n);
}

static double axis_x(const struct chart *c, int day)
{
	return CHART_X + (double)(day - c->from) * CHART_W / (c->to - c->from + 1);
}

/* The middle of a day on the axis, where milestones and the status line sit. */
static double day_x(const struct chart *c, int day)
{
	return (axis_x(c, day) + axis_x(c, day + 1)) / 2;
}

/* What draws: the cairo context, the one layout all text goes through, its fonts. */
struct pen {
	cairo_t *cr;
	PangoLayout *layout;
	PangoFontDescription *fonts[N_FONTS];
	enum font current;
};

static void pen_open(struct pen *p, cairo_t *cr)
{
	cairo_font_options_t *fo = cairo_font_options_create();

	p->cr = cr;
	p->layout = pango_cairo_create_layout(cr);
	/* as veikart: no metrics hinting, so widths are the same in PDF and PNG */
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pango_layout_get_context(p->layout), fo);
	pango_layout_context_changed(p->layout);
	cairo_font_options_destroy(fo);
	for (int f = 0; f < N_FONTS; f++) {
		p->fonts[f] = pango_font_description_from_string(FAMILY);
		if (font_specs[f].bold)
			pango_font_description_set_weight(p->fonts[f], PANGO_WEIGHT_BOLD);
		pango_font_description_set_absolute_size(p->fonts[f],
							 font_specs[f].size * PANGO_SCALE);
	}
	p->current = N_FONTS;
	pango_layout_set_ellipsize(p->layout, PANGO_ELLIPSIZE_END);
}

static void pen_close(struct pen *p)
{
	for (int f = 0; f < N_FONTS; f++)
		pango_font_description_free(p->fonts[f]);
	g_object_unref(p->layout);
}

static void colour(cairo_t *cr, unsigned c)
{
	cairo_set_source_rgb(cr, (c >> 16 & 0xff) / 255.0, (c >> 8 & 0xff) / 255.0,
			     (c & 0xff) / 255.0);
}

static void fill_rect(cairo_t *cr, double x, double y, double w, double h, unsigned c)
{
	cairo_rectangle(cr, x, y, w, h);
	colour(cr, c);
	cairo_fill(cr);
}

static void line(cairo_t *cr, double x1, double y1, double x2, double y2, unsigned c, double w)
{
	cairo_move_to(cr, x1, y1);
	cairo_line_to(cr, x2, y2);
	colour(cr, c);
	cairo_set_line_width(cr, w);
	cairo_stroke(cr);
}

/* A diamond `size` wide and high centred at (cx, cy): filled, then outlined. */
static void diamond(cairo_t *cr, double cx, double cy, double size, unsigned fill, unsigned stroke)
{
	cairo_move_to(cr, cx, cy - size / 2);
	cairo_line_to(cr, cx + size / 2, cy);
	cairo_line_to(cr, cx, cy + size / 2);
	cairo_line_to(cr, cx - size / 2, cy);
	cairo_close_path(cr);
	colour(cr, fill);
	cairo_fill_preserve(cr);
	colour(cr, stroke);
	cairo_set_line_width(cr, 0.75);
	cairo_stroke(cr);
}

/* The status mark centred at (cx, cy): circle, triangle or square (render/layout-marks.c). */
static void status_mark(cairo_t *cr, enum status s, double cx, double cy)
{
	switch (s) {
	case ST_GRONN:
		cairo_new_sub_path(cr);
		cairo_arc(cr, cx, cy, 4, 0, 2 * G_PI);
		colour(cr, GRONN);
		break;
	case ST_GUL:
		cairo_move_to(cr, cx, cy - 4);
		cairo_line_to(cr, cx + 4.5, cy + 4);
		cairo_line_to(cr, cx - 4.5, cy + 4);
		cairo_close_path(cr);
		colour(cr, GUL);
		break;
	case ST_ROD:
		cairo_rectangle(cr, cx - 3.5, cy - 3.5, 7, 7);
		colour(cr, ROD);
		break;
	}
	cairo_fill(cr);
}

/* Puts `s` in font `f` and at most w wide on the layout; its logical extents. */
static PangoRectangle set_text(struct pen *p, const char *s, enum font f, double w)
{
	PangoRectangle logical;

	if (p->current != f) {
		pango_layout_set_font_description(p->layout, p->fonts[f]);
		p->current = f;
	}
	pango_layout_set_text(p->layout, s, -1);
	pango_layout_set_width(p->layout, w < 0 ? -1 : (int)(w * PANGO_SCALE));
	pango_layout_get_extents(p->layout, NULL, &logical);
	return logical;
}

/* Draws `s` in the box (x, y, w, h), centred in height, cut with "…" to w; its width. */
static double text(struct pen *p, const char *s, enum font f, double x, double y, double w,
		   double h, unsigned c, PangoAlignment align)
{
	PangoRectangle logical;

	pango_layout_set_alignment(p->layout, align);
	logical = set_text(p, s, f, w);
	colour(p->cr, c);
	cairo_move_to(p->cr, x, y + (h - (double)logical.height / PANGO_SCALE) / 2);
	pango_cairo_show_layout(p->cr, p->layout);
	return (double)logical.width / PANGO_SCALE;
}

/* The phase name on the bar from x1 to x2, in the widest gap between the row's milestones,
 * cut to it; nothing where no gap takes a few letters (render/layout-marks.c bar_label). */
static void bar_name(struct pen *p, const struct chart *c, const struct row *r, int phase,
		     double x1, double x2, double y)
{
	double size = font_specs[F_SMALL].size, best_x = x1 + 3, best_w = 0, start = x1 + 3;

	for (;;) {
		double end = x2 - 3, next = x2;
		for (int i = 0; i < N_MS; i++) {
			double mx = day_x(c, r->ms_date[i]);
			if (mx + 6 > start && mx - 6 < end) {
				end = mx - 6;
				next = mx + 6;
			}
		}
		if (end - start > best_w) {
			best_x = start;
			best_w = end - start;
		}
		if (next >= x2)
			break;
		start = next;
	}
	if (best_w >= 4 * size)
		text(p, phase_names[phase], F_SMALL, best_x, y, best_w, BAR_H, INK,
		     PANGO_ALIGN_LEFT);
}

static void draw_row(struct pen *p, const struct chart *c, const struct row *r, double y)
{
	double cy = y + ROW_H / 2, bar_y = cy - BAR_H / 2;

	status_mark(p->cr, r->status, MARGIN + 5, cy);
	text(p, r->name, F_LABEL, MARGIN + STATUS_W, y, LABEL_W - STATUS_W, ROW_H, INK,
	     PANGO_ALIGN_LEFT);
	for (int i = 0; i < N_PHASES; i++) {
		const struct span *s = &r->phases[i];
		double x1 = axis_x(c, s->start), x2 = axis_x(c, s->end + 1);
		fill_rect(p->cr, x1, bar_y, x2 - x1, BAR_H, phase_colours[s->phase]);
		bar_name(p, c, r, s->phase, x1, x2, bar_y);
	}
	for (int i = 0; i < N_MS; i++) {
		double mx = day_x(c, r->ms_date[i]);
		if (r->ms_kind[i] == MS_DECISION)
			diamond(p->cr, mx, cy, 10, INK, WHITE);
		else
			diamond(p->cr, mx, cy, 8, GOAL, INK);
	}
}

/* The legend line at y: swatch and words per item, as add_standard_legend orders them. */
static void legend(struct pen *p, double y)
{
	static const char *const words[] = {"Planlegging", "Utprøving", "Innføring",
					    "Beslutning",  "Mål",	"Grønn",
					    "Gul",	   "Rød",	"Statusdato 30.06.2025"};
	static const double dash[] = {3, 2};
	cairo_t *cr = p->cr;
	double x = MARGIN, cy = y + LEGEND_LINE_H / 2;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (i < N_PHASES)
			fill_rect(cr, x, cy - 4, 14, 8, phase_colours[i]);
		else if (i == 3)
			diamond(cr, x + 7, cy, 10, INK, WHITE);
		else if (i == 4)
			diamond(cr, x + 7, cy, 8, GOAL, INK);
		else if (i == 8) {
			cairo_set_dash(cr, dash, 2, 0);
			line(cr, x + 7, cy - 5, x + 7, cy + 5, STATUS_LINE, 1.2);
			cairo_set_dash(cr, NULL, 0, 0);
		} else
			status_mark(cr, (enum status)(i - 5), x + 7, cy);
		/* the next item goes after these words, which drawing measures anyway */
		x += 14 + 4 +
		     text(p, words[i], F_SMALL, x + 18, cy - 6, CONTENT_W, 12, MUTED,
			  PANGO_ALIGN_LEFT) +
		     14;
	}
}

/* Draws page `page` (from 0) with its top-left corner at the current origin. */
static void draw_page(struct pen *p, const struct chart *c, int page)
{
	static const double dash[] = {3, 2};
	cairo_t *cr = p->cr;
	size_t first = (size_t)page * ROWS_PER_PAGE, last = first + ROWS_PER_PAGE;
	double rows_end, sx, year_w;
	char footer[64];

	last = last < c->rows_n ? last : c->rows_n;
	rows_end = ROWS_TOP + (double)(last - first) * ROW_H;
	fill_rect(cr, 0, 0, PAGE_W, PAGE_H, WHITE);
	text(p, "Nasjonal e-helseportefølje", F_TITLE, MARGIN, MARGIN, CONTENT_W, TITLE_H, INK,
	     PANGO_ALIGN_LEFT);
	text(p, c->subtitle, F_SUBTITLE, MARGIN, MARGIN + TITLE_H, CONTENT_W, SUBTITLE_H, MUTED,
	     PANGO_ALIGN_LEFT);

	/* the year tier: band, white separators, the years that fit whole (one measure
	 * serves them all: the digits are all as wide) */
	fill_rect(cr, CHART_X, AXIS_TOP, CHART_W, TIER_H, BAND);
	year_w = (double)set_text(p, "2000", F_AXIS, -1).width / PANGO_SCALE;
	for (int y = c->year_1; y <= c->year_n; y++) {
		double x1 = axis_x(c, days_from_civil(y, 1, 1));
		double x2 = axis_x(c, days_from_civil(y + 1, 1, 1));
		char label[16];
		if (y > c->year_1)
			line(cr, x1, AXIS_TOP, x1, AXIS_TOP + TIER_H, WHITE, 1);
		snprintf(label, sizeof(label), "%d", y);
		if (year_w <= x2 - x1 - 4)
			text(p, label, F_AXIS, x1 + 2, AXIS_TOP, x2 - x1 - 4, TIER_H, MUTED,
			     PANGO_ALIGN_CENTER);
	}

	/* bands under the grid, so the year lines run through every row */
	for (size_t i = first; i < last; i++)
		if (i % 2 == 1)
			fill_rect(cr, MARGIN, ROWS_TOP + (double)(i - first) * ROW_H, CONTENT_W,
				  ROW_H, BAND);
	for (int y = c->year_1 + 1; y <= c->year_n; y++) {
		double x = axis_x(c, days_from_civil(y, 1, 1));
		line(cr, x, ROWS_TOP, x, rows_end, RULE, 0.5);
	}
	line(cr, MARGIN, ROWS_TOP, PAGE_W - MARGIN, ROWS_TOP, RULE, 0.75);
	line(cr, MARGIN, rows_end, PAGE_W - MARGIN, rows_end, RULE, 0.75);

	for (size_t i = first; i < last; i++)
		draw_row(p, c, &c->rows[i], ROWS_TOP + (double)(i - first) * ROW_H);

	sx = day_x(c, c->status_date);
	if (c->status_date >= c->from && c->status_date <= c->to) {
		cairo_set_dash(cr, dash, 2, 0);
		line(cr, sx, ROWS_TOP, sx, rows_end, STATUS_LINE, 1.2);
		cairo_set_dash(cr, NULL, 0, 0);
	}
	legend(p, rows_end + 10);
	text(p, "Status per 30.06.2025", F_SMALL, MARGIN, PAGE_H - MARGIN - FOOTER_H, CONTENT_W / 2,
	     FOOTER_H, MUTED, PANGO_ALIGN_LEFT);
	snprintf(footer, sizeof(footer), "Side %d av %d", page + 1, c->pages);
	text(p, footer, F_SMALL, MARGIN + CONTENT_W / 2, PAGE_H - MARGIN - FOOTER_H, CONTENT_W / 2,
	     FOOTER_H, MUTED, PANGO_ALIGN_RIGHT);
}

/* Finishes and frees the surface; exits on any cairo error on the way. */
static void finish(cairo_t *cr, cairo_surface_t *surface, const char *path)
{
	cairo_status_t status = cairo_status(cr);

	cairo_destroy(cr);
	cairo_surface_finish(surface);
	if (status == CAIRO_STATUS_SUCCESS)
		status = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	if (status != CAIRO_STATUS_SUCCESS)
		die("%s: %s", path, cairo_status_to_string(status));
}

static void write_pdf(const struct chart *c, const char *path)
{
	cairo_surface_t *surface = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
	cairo_t *cr = cairo_create(surface);
	struct pen p;

	pen_open(&p, cr);
	for (int page = 0; page < c->pages; page++) {
		draw_page(&p, c, page);
		cairo_show_page(cr);
	}
	pen_close(&p);
	finish(cr, surface, path);
}

static void write_png(cairo_surface_t *surface, const char *path)
{
	cairo_status_t status = cairo_surface_write_to_png(surface, path);

	if (status != CAIRO_STATUS_SUCCESS)
		die("%s: %s", path, cairo_status_to_string(status));
}

/* One image of all the pages stacked, or while that would be too tall one a page. */
static void write_pngs(const struct chart *c, const char *path)
{
	double scale = PNG_DPI / 72;
	int w = (int)ceil(PAGE_W * scale), h = (int)ceil(PAGE_H * scale);
	bool stacked = ceil(c->pages * PAGE_H * scale) <= PNG_MAX_PX;
	cairo_surface_t *surface = cairo_image_surface_create(
	    CAIRO_FORMAT_RGB24, w, stacked ? (int)ceil(c->pages * PAGE_H * scale) : h);
	cairo_t *cr = cairo_create(surface);
	size_t stem = strlen(path) - strlen(".png");
	int digits = snprintf(NULL, 0, "%d", c->pages);
	char *name = malloc(stem + (size_t)digits + sizeof("-.png"));
	struct pen p;

	if (!name)
		die("out of memory");
	cairo_scale(cr, scale, scale);
	pen_open(&p, cr); /* after the scale, for pango to see the device resolution */
	for (int page = 0; page < c->pages; page++) {
		if (page == 0 || !stacked) {
			/* white to the last whole pixel, past the page's fractional edge */
			cairo_set_source_rgb(cr, 1, 1, 1);
			cairo_paint(cr);
		}
		if (stacked) {
			cairo_save(cr);
			cairo_translate(cr, 0, page * PAGE_H);
			draw_page(&p, c, page);
			cairo_restore(cr);
			continue;
		}
		draw_page(&p, c, page);
		cairo_surface_flush(surface);
		if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
			die("%s: %s", path, cairo_status_to_string(cairo_status(cr)));
		snprintf(name, stem + (size_t)digits + sizeof("-.png"), "%.*s-%0*d.png", (int)stem,
			 path, digits, page + 1);
		write_png(surface, name);
	}
	pen_close(&p);
	if (stacked && cairo_status(cr) == CAIRO_STATUS_SUCCESS)
		write_png(surface, path);
	free(name);
	finish(cr, surface, path);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

int main(int argc, char **argv)
{
	struct chart c = {0};

	if (argc != 3 || !(ends_with(argv[2], ".pdf") || ends_with(argv[2], ".png"))) {
		fprintf(stderr, "usage: bench_render roadmap.tsv OUT.pdf|OUT.png\n");
		return 2;
	}
	load(&c, argv[1]);
	if (ends_with(argv[2], ".pdf"))
		write_pdf(&c, argv[2]);
	else
		write_pngs(&c, argv[2]);
	free(c.rows);
	free(c.text);
	return 0;
}

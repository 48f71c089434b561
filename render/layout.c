/* The frame every chart shares: header, two-tier time axis, grid, legend and footer on
 * each page, and the pagination of rows between them.
 *
 * Vertical order on a page: margin, title (24 pt) and subtitle (16 pt), axis (one or two
 * 16 pt tiers), rows, legend (14 pt a line), footer (12 pt), margin. Rows never straddle
 * a page; a heading is never the last row on a page; a group that goes on to a new page
 * gets its heading again, marked as continued. */
#include "layout-int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"

#define TITLE_H	      24.0
#define SUBTITLE_H    16.0
#define TIER_H	      16.0
#define LEGEND_LINE_H 14.0
#define FOOTER_H      12.0
#define AXIS_MIN_TICK 30.0 /* narrowest tick that gets its own label */

static const double page_sizes[][2] = {
    [VK_PAGE_A4] = {841.89, 595.28},
    [VK_PAGE_A3] = {1190.55, 841.89},
};

void vk_layout_page_size(const struct vk_lay *l, double *w, double *h)
{
	*w = page_sizes[l->o->page][0];
	*h = page_sizes[l->o->page][1];
}

struct vk_lay_row *vk_layout_add_row(struct vk_lay *l, enum vk_lay_row_kind kind, double height)
{
	struct vk_lay_row *r = VK_PUSH(l->rows);

	r->kind = kind;
	r->height = height;
	return r;
}

void vk_layout_add_legend(struct vk_lay *l, enum vk_shape shape, uint32_t fill, uint32_t stroke,
			  bool dashed, double size, const char *text)
{
	struct vk_lay_legend *it = VK_PUSH(l->legend);

	it->shape = shape;
	it->fill = fill;
	it->stroke = stroke;
	it->dashed = dashed;
	it->size = size;
	it->text = vk_xstrdup(text);
}

uint32_t vk_layout_parse_colour(const char *hex)
{
	return (uint32_t)strtoul(hex + 1, NULL, 16);
}

const char *vk_layout_phase_label(const struct vk_lay *l, const struct vk_phase_kind *ph)
{
	static const char *const defaults[][3] = {
	    {"behov", "Behov", "Needs"},
	    {"planlegging", "Planlegging", "Planning"},
	    {"utproving", "Utprøving", "Trial"},
	    {"innforing", "Innføring", "Rollout"},
	    {"forvaltning", "Forvaltning", "Operation"},
	};

	if (l->o->lang == VK_LANG_EN)
		for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++)
			if (strcmp(ph->code, defaults[i][0]) == 0 &&
			    strcmp(ph->name, defaults[i][1]) == 0)
				return defaults[i][2];
	return ph->name;
}

/* The status colours' legend entries, by enum vk_colour: the marks of
 * vk_layout_add_status_mark. */
static const struct {
	enum vk_shape shape;
	uint32_t fill;
	double size;
	enum vk_word word;
} status_marks[] = {
    [VK_GRONN] = {VK_SHAPE_CIRCLE, VK_RGB_GRONN, 8, VK_WORD_GRONN_CAP},
    [VK_GUL] = {VK_SHAPE_TRIANGLE, VK_RGB_GUL, 8, VK_WORD_GUL_CAP},
    [VK_ROD] = {VK_SHAPE_RECT, VK_RGB_ROD, 7, VK_WORD_ROD_CAP},
};

void vk_layout_add_standard_legend(struct vk_lay *l, unsigned milestone_kinds, unsigned colours,
				   const char *period, bool older)
{
	char buf[64], date[32];

	for (size_t i = 0; i < l->pf->phases_n; i++)
		vk_layout_add_legend(l, VK_SHAPE_RECT,
				     vk_layout_parse_colour(l->pf->phases[i].colour), VK_NO_COLOUR,
				     false, 8, vk_layout_phase_label(l, &l->pf->phases[i]));
	if (milestone_kinds & 1u << VK_MS_DECISION)
		vk_layout_add_legend(l, VK_SHAPE_DIAMOND, VK_RGB_INK, VK_RGB_WHITE, false, 10,
				     VK_TR(l->o->lang, "Beslutning", "Decision"));
	if (milestone_kinds & 1u << VK_MS_DELIVERY)
		vk_layout_add_legend(l, VK_SHAPE_DIAMOND, VK_RGB_WHITE, VK_RGB_INK, false, 8,
				     VK_TR(l->o->lang, "Leveranse", "Delivery"));
	if (milestone_kinds & 1u << VK_MS_GOAL)
		vk_layout_add_legend(l, VK_SHAPE_DIAMOND, VK_RGB_GOAL, VK_RGB_INK, false, 8,
				     VK_TR(l->o->lang, "Mål", "Goal"));
	if (colours && period && *period) {
		snprintf(buf, sizeof(buf), VK_TR(l->o->lang, "Status %s:", "Status %s:"), period);
		vk_layout_add_legend(l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0, buf);
	}
	for (int c = VK_GRONN; c <= VK_ROD; c++)
		if (colours & 1u << c)
			vk_layout_add_legend(l, status_marks[c].shape, status_marks[c].fill,
					     VK_NO_COLOUR, false, status_marks[c].size,
					     vk_word(status_marks[c].word, l->o->lang));
	if (colours && older && period) {
		snprintf(
		    buf, sizeof(buf),
		    VK_TR(l->o->lang, "Hul: siste rapport før %s", "Hollow: last report before %s"),
		    period);
		vk_layout_add_legend(l, VK_SHAPE_CIRCLE, VK_RGB_WHITE, VK_RGB_MUTED, false, 8, buf);
	}
	if (l->o->status_date != VK_DATE_NONE) {
		vk_layout_human_date(l, l->o->status_date, date, sizeof(date));
		snprintf(buf, sizeof(buf), "%s %s", VK_TR(l->o->lang, "Statusdato", "Status date"),
			 date);
		vk_layout_add_legend(l, VK_SHAPE_LINE, VK_NO_COLOUR, VK_RGB_STATUS_LINE, true, 10,
				     buf);
	}
}

void vk_layout_note_label(struct vk_lay *l, struct vk_lay_row *r, const char *text,
			  enum vk_font font, double size, double w)
{
	char *note;

	if (vk_layout_text_width(l, text, font, size) <= w)
		return;
	r->note = ++l->notes;
	note = vk_xasprintf("[%d] %s", r->note, text);
	vk_layout_add_legend(l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0, note);
	l->legend[l->legend_n - 1].row = (size_t)(r - l->rows) + 1;
	free(note);
}

char *vk_layout_row_label(const struct vk_lay *l, const struct vk_lay_row *r, const char *text,
			  enum vk_font font, double size, double w)
{
	char mark[24], *cut, *out;

	if (!r->note)
		return vk_xstrdup(text);
	snprintf(mark, sizeof(mark), " [%d]", r->note);
	cut = vk_layout_fit_text(l, text, font, size,
				 w - vk_layout_text_width(l, mark, font, size) - 0.5);
	out = vk_xasprintf("%s%s", cut, mark);
	free(cut);
	return out;
}

void vk_layout_human_date(const struct vk_lay *l, int date, char *buf, size_t size)
{
	static const char *const months[] = {"January",	  "February", "March",	  "April",
					     "May",	  "June",     "July",	  "August",
					     "September", "October",  "November", "December"};
	int y, m, d;

	vk_date_to_ymd(date, &y, &m, &d);
	if (l->o->lang == VK_LANG_EN)
		snprintf(buf, size, "%d %s %d", d, months[m - 1], y);
	else
		snprintf(buf, size, "%02d.%02d.%d", d, m, y);
}

bool vk_layout_choose_span(struct vk_lay *l, int lo, int hi)
{
	int y;
	int from = l->o->from, to = l->o->to;

	if (from == VK_DATE_NONE && lo != VK_DATE_NONE) {
		vk_date_to_ymd(lo, &y, NULL, NULL);
		from = vk_date_from_ymd(y, 1, 1);
	}
	if (to == VK_DATE_NONE && hi != VK_DATE_NONE) {
		vk_date_to_ymd(hi, &y, NULL, NULL);
		to = vk_date_from_ymd(y, 12, 31);
	}
	/* one bound given and the data all on its other side: a year from the given bound */
	if (l->o->from != VK_DATE_NONE && l->o->to == VK_DATE_NONE &&
	    (to == VK_DATE_NONE || to < from))
		to = from + 364;
	if (l->o->to != VK_DATE_NONE && l->o->from == VK_DATE_NONE &&
	    (from == VK_DATE_NONE || from > to))
		from = to - 364;
	if (from == VK_DATE_NONE || to == VK_DATE_NONE || to < from)
		return false;
	l->has_axis = true;
	l->axis.from = from;
	l->axis.to = to;
	return true;
}

/* Lays the legend out in lines across the content width and returns its height;
 * with page >= 0 it also adds it, starting at y. */
/* Draws the legend on `page` at `y` (page -1: only measures it) and returns its height:
 * the entries every page shows, and the whole labels of the rows from..to-1 that were
 * cut (each on the page of its row, so a long plan does not repeat them all on every
 * page). */
static double legend(struct vk_lay *l, int page, double y, size_t from, size_t to)
{
	double x = VK_MARGIN, right = l->page_w - VK_MARGIN, line = 0;
	bool any = false;

	for (size_t i = 0; i < l->legend_n; i++) {
		const struct vk_lay_legend *it = &l->legend[i];
		double tw, w, cy;

		if (it->row && (it->row - 1 < from || it->row - 1 >= to))
			continue;
		any = true;
		tw = vk_layout_text_width(l, it->text, VK_FONT_REGULAR, 7.5);
		w = 14 + 4 + tw;
		cy = y + line * LEGEND_LINE_H + LEGEND_LINE_H / 2;

		if (x > VK_MARGIN && x + w > right) {
			x = VK_MARGIN;
			line++;
			cy += LEGEND_LINE_H;
		}
		if (page >= 0) {
			if (it->size == 0)
				; /* words only */
			else if (it->shape == VK_SHAPE_LINE && it->arrow)
				vk_layout_add_line(l, page, VK_ROLE_LEGEND, NULL, x, cy, x + 14, cy,
						   it->stroke, 0.8, it->dashed, true);
			else if (it->shape == VK_SHAPE_LINE)
				vk_layout_add_line(l, page, VK_ROLE_LEGEND, NULL, x + 7, cy - 5,
						   x + 7, cy + 5, it->stroke, 1.2, it->dashed,
						   false);
			else if (it->shape == VK_SHAPE_RECT && it->size == 8)
				vk_layout_add_shape(l, page, VK_SHAPE_RECT, VK_ROLE_LEGEND, NULL, x,
						    cy - 4, 14, 8, it->fill, it->stroke);
			else
				vk_layout_add_shape(l, page, it->shape, VK_ROLE_LEGEND, NULL,
						    x + 7 - it->size / 2, cy - it->size / 2,
						    it->size, it->size, it->fill, it->stroke);
			vk_layout_add_text(l, page, VK_ROLE_LEGEND, NULL, x + 18, cy - 6, tw + 1,
					   12, it->text, VK_FONT_REGULAR, 7.5, VK_RGB_MUTED,
					   VK_ALIGN_LEFT);
		}
		x += w + 14;
	}
	return any ? (line + 1) * LEGEND_LINE_H : 0;
}

void vk_layout_add_legend_line(struct vk_lay *l, double y)
{
	legend(l, 0, y, 0, l->rows_n);
}

static void axis_tier(struct vk_lay *l, int page, enum vk_unit unit, bool upper, double y)
{
	struct vk_tick *ticks;
	size_t n = vk_axis_ticks(&l->axis, unit, upper, l->o->lang, &ticks);

	vk_layout_add_shape(l, page, VK_SHAPE_RECT, VK_ROLE_AXIS, NULL, l->chart_x, y, l->chart_w,
			    TIER_H, upper ? VK_RGB_HEAD_BAND : VK_RGB_BAND, VK_NO_COLOUR);
	for (size_t i = 0; i < n; i++) {
		double x1 = vk_axis_x(&l->axis, ticks[i].start);
		double x2 = vk_axis_x(&l->axis, ticks[i].end + 1);
		enum vk_font font = upper ? VK_FONT_BOLD : VK_FONT_REGULAR;

		if (i > 0)
			vk_layout_add_line(l, page, VK_ROLE_AXIS, NULL, x1, y, x1, y + TIER_H,
					   VK_RGB_WHITE, 1, false, false);
		/* a label that does not fit whole is left out, not cut */
		if (vk_layout_text_width(l, ticks[i].label, font, 8) <= x2 - x1 - 4)
			vk_layout_add_text(l, page, VK_ROLE_AXIS_LABEL, NULL, x1 + 2, y,
					   x2 - x1 - 4, TIER_H, ticks[i].label, font, 8,
					   upper ? VK_RGB_INK : VK_RGB_MUTED, VK_ALIGN_CENTER);
	}
	free(ticks);
}

static void grid(struct vk_lay *l, int page, enum vk_unit unit, uint32_t colour, double y1,
		 double y2)
{
	struct vk_tick *ticks;
	size_t n = vk_axis_ticks(&l->axis, unit, false, l->o->lang, &ticks);

	for (size_t i = 1; i < n; i++) {
		double x = vk_axis_x(&l->axis, ticks[i].start);
		vk_layout_add_line(l, page, VK_ROLE_GRID, NULL, x, y1, x, y2, colour, 0.5, false,
				   false);
	}
	free(ticks);
}

/* The title (subtitle) in lines of the content width, never cut: a long one wraps, a
 * word wider than the page breaks. With page >= 0 they are added from y; returns the
 * number of lines. */
static size_t head_lines(struct vk_lay *l, int page, bool title, double y)
{
	const char *text = title ? l->title : l->subtitle;
	enum vk_font font = title ? VK_FONT_BOLD : VK_FONT_REGULAR;
	double size = title ? 17 : 9.5, h = title ? TITLE_H : SUBTITLE_H;
	double content_w = l->page_w - 2 * VK_MARGIN;
	char **ls;
	size_t n;

	if (!text)
		return 0;
	n = vk_layout_wrap_text(l, text, font, size, content_w, strlen(text) + 1, &ls);
	for (size_t i = 0; i < n; i++) {
		if (page >= 0)
			vk_layout_add_text(l, page, title ? VK_ROLE_TITLE : VK_ROLE_SUBTITLE, NULL,
					   VK_MARGIN, y + (double)i * h, content_w, h, ls[i], font,
					   size, title ? VK_RGB_INK : VK_RGB_MUTED, VK_ALIGN_LEFT);
		free(ls[i]);
	}
	free(ls);
	return n ? n : 1;
}

/* Everything on page `page` but the rows, which end at `rows_end`. */
static void frame(struct vk_lay *l, int page, double rows_end)
{
	double legend_y = rows_end + 10;
	size_t t = head_lines(l, page, true, VK_MARGIN);

	head_lines(l, page, false, VK_MARGIN + (double)t * TITLE_H);
	if (l->has_axis) {
		double y = l->axis_top;
		if (l->upper != VK_UNIT_NONE) {
			axis_tier(l, page, l->upper, true, y);
			y += TIER_H;
		}
		axis_tier(l, page, l->lower, false, y);
		if (l->lower != VK_UNIT_YEAR)
			grid(l, page, l->lower, VK_RGB_GRID, l->rows_top, rows_end);
		grid(l, page, l->upper != VK_UNIT_NONE ? l->upper : l->lower, VK_RGB_RULE,
		     l->rows_top, rows_end);
	}
	vk_layout_add_line(l, page, VK_ROLE_AXIS, NULL, VK_MARGIN, l->rows_top,
			   l->page_w - VK_MARGIN, l->rows_top, VK_RGB_RULE, 0.75, false, false);
	vk_layout_add_line(l, page, VK_ROLE_AXIS, NULL, VK_MARGIN, rows_end, l->page_w - VK_MARGIN,
			   rows_end, VK_RGB_RULE, 0.75, false, false);
	size_t from = 0, to;

	while (from < l->rows_n && l->rows[from].page != page)
		from++;
	for (to = from; to < l->rows_n && l->rows[to].page == page; to++)
		;
	legend(l, page, legend_y, from, to);
}

static int by_top(const void *a, const void *b)
{
	const double *x = a, *y = b;

	return (x[0] > y[0]) - (x[0] < y[0]);
}

/* The dashed line at the status date, down the rows of the page; it breaks where it would
 * cross the text of what lies outside the axis (vk_layout_outside_room), so it strikes no word. */
static void status_line(struct vk_lay *l, int page, double rows_end)
{
	int sd = l->o->status_date;
	double x, y, *gap = NULL;
	size_t gap_n = 0, gap_cap = 0;

	if (!l->has_axis || sd == VK_DATE_NONE || sd < l->axis.from || sd > l->axis.to)
		return;
	x = (vk_axis_x(&l->axis, sd) + vk_axis_x(&l->axis, sd + 1)) / 2;
	for (size_t i = 0; i < l->scene->prims_n; i++) {
		const struct vk_prim *p = &l->scene->prims[i];
		double tw, x0;
		if (p->page != page || p->role != VK_ROLE_CONTINUES || !p->text)
			continue;
		tw = vk_layout_text_width(l, p->text, p->font, p->size);
		x0 = p->align == VK_ALIGN_RIGHT	   ? p->x + p->w - tw
		     : p->align == VK_ALIGN_CENTER ? p->x + (p->w - tw) / 2
						   : p->x;
		if (x < x0 - 2 || x > x0 + tw + 2)
			continue;
		if (gap_n == gap_cap)
			gap = vk_xrealloc(gap,
					  (gap_cap = gap_cap ? 2 * gap_cap : 8) * 2 * sizeof(*gap));
		gap[2 * gap_n] = p->y;
		gap[2 * gap_n++ + 1] = p->y + p->h;
	}
	if (gap_n > 1)
		qsort(gap, gap_n, 2 * sizeof(*gap), by_top);
	y = l->rows_top;
	for (size_t i = 0; i < gap_n; i++) {
		if (gap[2 * i] > y)
			vk_layout_add_line(l, page, VK_ROLE_STATUS_DATE, NULL, x, y, x, gap[2 * i],
					   VK_RGB_STATUS_LINE, 1.2, true, false);
		if (gap[2 * i + 1] > y)
			y = gap[2 * i + 1];
	}
	if (rows_end > y)
		vk_layout_add_line(l, page, VK_ROLE_STATUS_DATE, NULL, x, y, x, rows_end,
				   VK_RGB_STATUS_LINE, 1.2, true, false);
	free(gap);
}

void vk_layout_add_footer(struct vk_lay *l, int page, const char *left)
{
	char right[64];
	double w = (l->page_w - 2 * VK_MARGIN) / 2, y = l->page_h - VK_MARGIN - FOOTER_H;

	if (left)
		vk_layout_add_text(l, page, VK_ROLE_FOOTER, NULL, VK_MARGIN, y, w, FOOTER_H, left,
				   VK_FONT_REGULAR, 7.5, VK_RGB_MUTED, VK_ALIGN_LEFT);
	snprintf(right, sizeof(right), VK_TR(l->o->lang, "Side %d av %d", "Page %d of %d"),
		 page + 1, l->scene->pages);
	vk_layout_add_text(l, page, VK_ROLE_FOOTER, NULL, VK_MARGIN + w, y, w, FOOTER_H, right,
			   VK_FONT_REGULAR, 7.5, VK_RGB_MUTED, VK_ALIGN_RIGHT);
}

static void footer(struct vk_lay *l, int page)
{
	char left[64], date[32];

	if (l->o->status_date == VK_DATE_NONE) {
		vk_layout_add_footer(l, page, NULL);
		return;
	}
	vk_layout_human_date(l, l->o->status_date, date, sizeof(date));
	snprintf(left, sizeof(left), "%s %s", VK_TR(l->o->lang, "Status per", "Status as of"),
		 date);
	vk_layout_add_footer(l, page, left);
}

/* Draws a heading row's text (and its aside) at y on page. */
static void heading(struct vk_lay *l, int page, const struct vk_lay_row *r, double y,
		    bool continued)
{
	char buf[256];
	double w = l->page_w - 2 * VK_MARGIN;

	snprintf(buf, sizeof(buf), "%s%s", r->text,
		 continued ? VK_TR(l->o->lang, " (forts.)", " (cont.)") : "");
	vk_layout_add_shape(l, page, VK_SHAPE_RECT, VK_ROLE_BAND, NULL, VK_MARGIN, y + 2, w,
			    r->height - 4, VK_RGB_HEAD_BAND, VK_NO_COLOUR);
	if (r->aside) {
		double aw = vk_layout_text_width(l, r->aside, VK_FONT_REGULAR, 8);
		if (aw > l->chart_w - 8)
			aw = l->chart_w - 8;
		vk_layout_add_text(l, page, VK_ROLE_SUMMARY, r->text,
				   l->page_w - VK_MARGIN - 6 - aw, y, aw, r->height, r->aside,
				   VK_FONT_REGULAR, 8, VK_RGB_INK, VK_ALIGN_RIGHT);
		w = l->page_w - 2 * VK_MARGIN - aw - 18;
	}
	vk_layout_add_text(l, page, VK_ROLE_HEADING, r->text, VK_MARGIN + 6, y, w - 12, r->height,
			   buf, VK_FONT_BOLD, 9.5, VK_RGB_INK, VK_ALIGN_LEFT);
}

/* Assigns pages and y to the rows. Returns the number of pages; `ends[p]` gets the
 * bottom of the last row on page p (caller frees). */
/* The lowest a row of a page may reach when the page holds rows first..last-1: above
 * the footer and that page's legend. */
static double rows_bottom(struct vk_lay *l, size_t first, size_t last)
{
	return l->page_h - VK_MARGIN - FOOTER_H - 8 - legend(l, -1, 0, first, last) - 10;
}

static int paginate(struct vk_lay *l, double **ends)
{
	int page = 0;
	double y = l->rows_top;
	double *end = vk_xmalloc(sizeof(double) * (l->rows_n + 1));
	const char *group = NULL;
	size_t first = 0;			  /* the page's first row */
	const double base = rows_bottom(l, 0, 0); /* a page without cut labels */
	double bottom = base;			  /* this page's, with its rows so far */

	end[0] = y;
	for (size_t i = 0; i < l->rows_n; i++) {
		struct vk_lay_row *r = &l->rows[i];
		double need = r->height, below = bottom;
		size_t with = i + 1; /* the rows that must fit: a heading keeps the next */
		bool noted;

		if (r->kind == VK_ROW_HEADING && i + 1 < l->rows_n) {
			need += l->rows[i + 1].height;
			with = i + 2;
		}
		/* a cut label makes its page's legend taller */
		noted = r->note || l->rows[with - 1].note;
		if (noted)
			below = rows_bottom(l, first, with);
		if (l->o->paged && y > l->rows_top && y + need > below) {
			end[page++] = y;
			y = l->rows_top;
			first = i;
			bottom = base;
			/* room for the repeated heading of the group this row continues */
			if (r->kind == VK_ROW_ENTRY && r->group && group == r->group)
				y += VK_HEADING_H;
		}
		if (r->kind == VK_ROW_HEADING)
			group = r->text;
		if (r->note)
			bottom = rows_bottom(l, first, i + 1);
		r->page = page;
		r->y = y;
		y += r->height;
		end[page] = y;
	}
	*ends = end;
	return page + 1;
}

enum vk_code vk_layout_finish(struct vk_lay *l, struct vk_scene **out, struct vk_error *err)
{
	double *ends = NULL;
	int pages;
	const char *group = NULL;
	int group_page = -1;

	(void)err;
	l->page_w = page_sizes[l->o->page][0];
	l->page_h = page_sizes[l->o->page][1];
	l->scene = vk_scene_new(l->page_w, l->page_h);
	l->chart_x = VK_MARGIN + l->label_w + VK_GAP;
	l->chart_w = l->page_w - VK_MARGIN - l->chart_x;
	l->axis.x0 = l->chart_x;
	l->axis.width = l->chart_w;
	l->axis_top = VK_MARGIN + (double)head_lines(l, -1, true, 0) * TITLE_H +
		      (double)head_lines(l, -1, false, 0) * SUBTITLE_H + 8;
	l->rows_top = l->axis_top;
	if (l->has_axis) {
		vk_axis_tiers(&l->axis, AXIS_MIN_TICK, &l->upper, &l->lower);
		l->rows_top += (l->upper != VK_UNIT_NONE ? 2 : 1) * TIER_H;
	}
	/* one page as tall as its content shows every cut label's whole text */
	l->legend_h = legend(l, -1, 0, 0, l->rows_n);

	pages = paginate(l, &ends);
	/* rows only grow, so this ends: at the latest when every row has grown */
	while (l->regrow && l->regrow(l)) {
		free(ends);
		pages = paginate(l, &ends);
	}
	if (!l->o->paged) {
		/* one page, as tall as its content */
		double rows_end = ends[0] + (l->rows_n == 0 ? 40 : 0);
		l->page_h = rows_end + 10 + l->legend_h + 8 + FOOTER_H + VK_MARGIN;
		l->scene->height = l->page_h;
		ends[0] = rows_end;
	} else if (l->rows_n == 0) {
		ends[0] = l->rows_top + 40;
	}
	l->scene->pages = pages;
	for (int p = 0; p < pages; p++)
		frame(l, p, ends[p]);
	if (l->rows_n == 0 && l->empty_note)
		vk_layout_add_text(l, 0, VK_ROLE_NOTE, NULL, VK_MARGIN, l->rows_top + 8,
				   l->page_w - 2 * VK_MARGIN, 24, l->empty_note, VK_FONT_ITALIC, 11,
				   VK_RGB_MUTED, VK_ALIGN_CENTER);
	for (size_t i = 0; i < l->rows_n; i++) {
		const struct vk_lay_row *r = &l->rows[i];

		if (r->kind == VK_ROW_HEADING) {
			group = r->text;
			group_page = r->page;
			heading(l, r->page, r, r->y, false);
			continue;
		}
		if (r->group && r->group == group && r->page != group_page) {
			/* the group goes on on a new page: its heading again, marked */
			struct vk_lay_row h = {
			    .kind = VK_ROW_HEADING, .height = VK_HEADING_H, .text = (char *)group};
			heading(l, r->page, &h, l->rows_top, true);
			group_page = r->page;
		}
		l->draw_row(l, r);
	}
	for (int p = 0; p < pages; p++) {
		status_line(l, p, ends[p]);
		footer(l, p);
	}
	free(ends);
	*out = l->scene;
	l->scene = NULL;
	return VK_OK;
}

void vk_layout_clear(struct vk_lay *l)
{
	for (size_t i = 0; i < l->rows_n; i++)
		free(l->rows[i].text);
	free(l->rows);
	for (size_t i = 0; i < l->legend_n; i++)
		free(l->legend[i].text);
	free(l->legend);
	free(l->title);
	free(l->subtitle);
	free(l->empty_note);
	vk_scene_free(l->scene);
	memset(l, 0, sizeof(*l));
}

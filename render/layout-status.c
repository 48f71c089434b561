/* The status slide: how many reports are grønn, gul and rød per period, and how many
 * items that ran did not report ("uten rapport"), as stacked bars (grønn at the bottom,
 * uten rapport on top, the same order as the legend, so the bars read without colour
 * too), with the count and the change since the previous period printed on each part,
 * and the red projects with their comments and the items without a report beside them.
 *
 * The bar panel takes 58 % of the first page's width; the bars share one scale, the
 * largest period's reports and silent items reaching the top of the plot. The lists are
 * never cut: what does not fit the first page's panel flows on in two columns, on
 * further pages that repeat the header (paged), or further down the one page, which
 * grows (unpaged). With opts->one_page they end with how many are left and where to see
 * them. Comments are wrapped in full; only a one-page slide shortens them, and says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "layout-int.h"
#include "number.h"
#include "score.h"

#define MAX_PERIODS	       12 /* the bars drawn; a line names the periods before */
#define PANEL_GAP	       28.0
#define HEAD_H		       24.0 /* a list heading */
#define LEGEND_ROOM	       36.0 /* the legend under the bars: up to two lines and a gap */
#define ONE_PAGE_COMMENT_LINES 3

/* Fills by enum vk_colour, and [VK_COLOUR_NONE] for uten rapport: light grey in a grey
 * outline, set apart from the three colours in print and in greyscale. */
static const uint32_t fills[] = {GRID, GRONN, GUL, ROD};
#define SILENT_STROKE MUTED

#define TABLE_LINE 10.0 /* a line of the table of counts under the bars */

/* The largest size from `size` down, in half points to 5, at which `text` fits `w`. */
static double fit_size(struct lay *l, const char *text, enum vk_font font, double size, double w)
{
	while (size > 5 && text_width(l, text, font, size) > w)
		size -= 0.5;
	return size;
}

/* "count (change)" of a part, or the count alone without a previous period. */
static void part_text(const struct vk_status_summary *s, int c, char *text, size_t size)
{
	bool silent = c > VK_ROD;
	size_t count = silent ? s->silent : s->counts[c];
	char d[16];

	if (s->previous)
		snprintf(text, size, "%zu (%s)", count,
			 vk_number_signed(silent ? s->delta_silent : s->delta[c], d, sizeof(d)));
	else
		snprintf(text, size, "%zu", count);
}

static size_t part_count(const struct vk_status_summary *s, int c)
{
	return c > VK_ROD ? s->silent : s->counts[c];
}

/* Whether the text of a part of height h fits inside a bar bar_w wide. */
static bool fits_inside(struct lay *l, const char *text, double h, double bar_w)
{
	return h >= 13 && text_width(l, text, VK_FONT_BOLD, 8.5) <= bar_w - 4;
}

/* A part of one bar, with its count (and change) inside when that fits. c ==
 * VK_COLOUR_NONE is the silent part. */
static void segment(struct lay *l, const char *ref, double x, double w, double y, double h,
		    enum vk_colour c, size_t count, const char *text)
{
	uint32_t ink = c == VK_GUL || c == VK_COLOUR_NONE ? INK : WHITE;
	uint32_t stroke = c == VK_COLOUR_NONE ? SILENT_STROKE : WHITE;

	if (count == 0)
		return;
	add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_BAR, ref, x, y, w, h, fills[c], stroke);
	if (fits_inside(l, text, h, w))
		add_text(l, 0, VK_ROLE_VALUE, ref, x + 2, y, w - 4, h, text, VK_FONT_BOLD, 8.5, ink,
			 VK_ALIGN_CENTER);
}

/* The bars of periods first..last across w. Counts go inside their parts; when one does
 * not fit, every count is in a table under the bars instead (a line per part, a column per
 * period, in the bars' order: uten rapport at the top), so no number sits on another bar.
 * Labels shrink to fit their column; none is cut. True when the budgets under the bars
 * are numbers without their unit (the legend must say MNOK). */
static bool bars(struct lay *l, const struct vk_status_set *set, size_t first, size_t last,
		 double x0, double top, double w, double bottom)
{
	size_t n = last - first + 1, max = 1;
	double slot = w / (double)n, bar_w = slot * 0.5 > 64 ? 64 : slot * 0.5;
	double plot_top = top + 16, plot_bottom, scale, code_size = 8.5, money_size = 7.5;
	double total_size = 9, cell_size = 7.5, below;
	bool budgets = false, table = false, unit = true;
	/* each period summarised once: the scale needs every total before any bar */
	struct vk_status_summary *sums = vk_xcalloc(n, sizeof(*sums));
	char text[64], money[48];

	for (size_t i = first; i <= last; i++) {
		const struct vk_status_summary *s = &sums[i - first];
		vk_status_summarise(set, l->pf, i, &sums[i - first]);
		max = s->total + s->silent > max ? s->total + s->silent : max;
		budgets |= s->budgets;
	}
	/* one size for each kind of label, the largest at which all fit their column */
	for (size_t i = 0; i < n; i++) {
		const struct vk_status_summary *s = &sums[i];
		double z = fit_size(l, s->period->code, VK_FONT_BOLD, 8.5, slot - 2);
		code_size = z < code_size ? z : code_size;
		if (s->silent)
			snprintf(text, sizeof(text), "%zu + %zu", s->total, s->silent);
		else
			snprintf(text, sizeof(text), "%zu", s->total);
		z = fit_size(l, text, VK_FONT_BOLD, 9, slot - 2);
		total_size = z < total_size ? z : total_size;
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			part_text(s, c, text, sizeof(text));
			z = fit_size(l, text, VK_FONT_REGULAR, 7.5, slot - 2);
			cell_size = z < cell_size ? z : cell_size;
		}
	}
	if (budgets) {
		/* "0,4 MNOK" under each bar, or the numbers alone and MNOK said once */
		for (int pass = 0; pass < 2; pass++) {
			money_size = 7.5;
			for (size_t i = 0; i < n; i++) {
				double z;
				vk_number_format_exact(sums[i].budget, l->o->lang, money,
						       sizeof(money));
				snprintf(text, sizeof(text), unit ? "%s MNOK" : "%s", money);
				z = fit_size(l, text, VK_FONT_REGULAR, 7.5, slot - 2);
				money_size = z < money_size ? z : money_size;
			}
			if (money_size >= 6 || !unit)
				break;
			unit = false;
		}
	}
	/* the table's room is decided first: a count that does not fit inside its part with
	 * the table under the bars needs the table */
	below = 30 + 4 * TABLE_LINE + 4;
	plot_bottom = bottom - below;
	scale = (plot_bottom - plot_top) / (double)max;
	for (size_t i = 0; i < n && !table; i++)
		for (int c = VK_GRONN; c <= VK_ROD + 1 && !table; c++) {
			size_t count = part_count(&sums[i], c);
			part_text(&sums[i], c, text, sizeof(text));
			table = count > 0 && !fits_inside(l, text, (double)count * scale, bar_w);
		}
	if (!table) {
		plot_bottom = bottom - 30;
		scale = (plot_bottom - plot_top) / (double)max;
	}
	add_line(l, 0, VK_ROLE_AXIS, NULL, x0, plot_bottom, x0 + w, plot_bottom, RULE, 0.75, false,
		 false);
	for (size_t i = first; i <= last; i++) {
		const struct vk_status_summary *s = &sums[i - first];
		double cx = x0 + ((double)(i - first) + 0.5) * slot, x = cx - bar_w / 2,
		       y = plot_bottom;

		/* grønn, gul, rød, then uten rapport on top */
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			bool silent = c > VK_ROD;
			size_t count = part_count(s, c);
			double h = (double)count * scale;
			y -= h;
			part_text(s, c, text, sizeof(text));
			segment(l, s->period->code, x, bar_w, y, h,
				silent ? VK_COLOUR_NONE : (enum vk_colour)c, count, text);
			if (table)
				add_text(l, 0, VK_ROLE_VALUE, s->period->code, cx - slot / 2 + 1,
					 plot_bottom + 30 + (double)(VK_ROD + 1 - c) * TABLE_LINE,
					 slot - 2, TABLE_LINE, text, VK_FONT_REGULAR, cell_size,
					 count ? INK : MUTED, VK_ALIGN_CENTER);
		}
		/* the reports, and the silent items beside them: the bar's whole height */
		if (s->silent)
			snprintf(text, sizeof(text), "%zu + %zu", s->total, s->silent);
		else
			snprintf(text, sizeof(text), "%zu", s->total);
		add_text(l, 0, VK_ROLE_LABEL, s->period->code, cx - slot / 2 + 1, y - 14, slot - 2,
			 12, text, VK_FONT_BOLD, total_size, INK, VK_ALIGN_CENTER);
		add_text(l, 0, VK_ROLE_AXIS_LABEL, s->period->code, cx - slot / 2 + 1,
			 plot_bottom + 4, slot - 2, 12, s->period->code, VK_FONT_BOLD, code_size,
			 INK, VK_ALIGN_CENTER);
		if (s->budgets) {
			/* one decimal, as veikart status says it */
			vk_number_format_exact(s->budget, l->o->lang, money, sizeof(money));
			snprintf(text, sizeof(text), unit ? "%s MNOK" : "%s", money);
			add_text(l, 0, VK_ROLE_AXIS_LABEL, s->period->code, cx - slot / 2 + 1,
				 plot_bottom + 16, slot - 2, 11, text, VK_FONT_REGULAR, money_size,
				 MUTED, VK_ALIGN_CENTER);
		}
	}
	if (table) {
		/* the table's lines, each with the mark of its part at the left */
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			double cy = plot_bottom + 30 + (double)(VK_ROD + 1 - c) * TABLE_LINE +
				    TABLE_LINE / 2;
			if (c > VK_ROD)
				add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_STATUS, NULL, x0 - 8, cy - 3,
					  6, 6, fills[VK_COLOUR_NONE], SILENT_STROKE);
			else
				add_status(l, 0, NULL, (enum vk_colour)c, x0 - 5, cy);
		}
	}
	for (size_t i = 0; i < n; i++)
		vk_status_summary_clear(&sums[i]);
	free(sums);
	return budgets && !unit;
}

/* Lines enough for all of `text` (a line holds at least one character). */
static size_t all_lines(const char *text)
{
	return strlen(text) + 1;
}

/* Past `line` (a line wrap_text made of the text at p) in p: the line is the text up to a
 * space or a piece of a word too long for a line; else (a last line cut with "…") the
 * rest of that word is skipped. */
static const char *after_line(const char *p, const char *line)
{
	size_t n = strlen(line);
	const char *sp;

	while (*p == ' ')
		p++;
	if (strncmp(p, line, n) == 0)
		return p + n;
	sp = strchr(p, ' ');
	return sp ? sp : p + strlen(p);
}

/* Where the lists flow: a column on a page. */
struct region {
	int page;
	double x, top, w, bottom;
};

/* The lists' flow over the first page's panel and the columns after it. */
struct flow {
	struct lay *l;
	struct region *regions;
	size_t regions_n, regions_cap;
	size_t r;      /* the current region */
	double y;      /* where the next line goes in it */
	bool used;     /* the current region holds something */
	bool one_page; /* no regions beyond the first */
	bool paged;    /* new regions on new pages; else further down page 0 */
	int pages;
	double body_h;	 /* a continuation's columns' height */
	double slab_y;	 /* unpaged: where the next continuation starts on page 0 */
	double max_y;	 /* unpaged: the lowest point used */
	const char *sub; /* the subtitle, repeated on each page */
	char *cont;	 /* the heading of a continuation: what goes on there (owned) */
	/* the red item being placed, for its mark down the left edge */
	const char *item;
	double item_y;
};

static void push_region(struct flow *f, int page, double x, double top, double w, double bottom)
{
	struct region *r = vk_xpush(&f->regions, &f->regions_n, &f->regions_cap, sizeof(*r));

	*r = (struct region){page, x, top, w, bottom};
}

/* The mark beside the red item being placed, from where it started in this region. */
static void close_item(struct flow *f)
{
	const struct region *r = &f->regions[f->r];

	if (f->item && f->y > f->item_y)
		add_shape(f->l, r->page, VK_SHAPE_RECT, VK_ROLE_BAND, f->item, r->x, f->item_y, 3,
			  f->y - f->item_y - 2, ROD, VK_NO_COLOUR);
}

/* Goes on in the next region, making a new page (paged) or a new stretch of the page
 * (unpaged) of two columns when there is none; false on a one-page slide. */
static bool next_region(struct flow *f)
{
	struct lay *l = f->l;
	double content_w = l->page_w - 2 * MARGIN, col_w = (content_w - PANEL_GAP) / 2;

	if (f->one_page)
		return false;
	close_item(f);
	if (f->r + 1 == f->regions_n) {
		int page = f->paged ? f->pages++ : 0;
		double top = f->paged ? MARGIN + 24 + 16 + 18 : f->slab_y;
		if (f->paged) {
			add_text(l, page, VK_ROLE_TITLE, NULL, MARGIN, MARGIN, content_w, 24,
				 VK_TR(l->o->lang, "Porteføljestatus", "Portfolio status"),
				 VK_FONT_BOLD, 17, INK, VK_ALIGN_LEFT);
			add_text(l, page, VK_ROLE_SUBTITLE, NULL, MARGIN, MARGIN + 24, content_w,
				 16, f->sub, VK_FONT_REGULAR, 9.5, MUTED, VK_ALIGN_LEFT);
		} else {
			add_line(l, 0, VK_ROLE_AXIS, NULL, MARGIN, top - 10, l->page_w - MARGIN,
				 top - 10, GRID, 0.75, false, false);
		}
		add_text(l, page, VK_ROLE_HEADING, NULL, MARGIN, top, content_w, 16, f->cont,
			 VK_FONT_BOLD, 11, INK, VK_ALIGN_LEFT);
		push_region(f, page, MARGIN, top + HEAD_H, col_w, top + HEAD_H + f->body_h);
		push_region(f, page, MARGIN + col_w + PANEL_GAP, top + HEAD_H, col_w,
			    top + HEAD_H + f->body_h);
		f->slab_y = top + HEAD_H + f->body_h + 24;
	}
	f->r++;
	f->y = f->regions[f->r].top;
	f->used = false;
	f->item_y = f->y;
	return true;
}

static void set_cont(struct flow *f, char *text)
{
	free(f->cont);
	f->cont = text;
}

/* Text wrapped to the current region, from f->y down, going on in the next region where
 * it runs out (at most max_lines lines in all, the last cut with "…": 0 for no limit).
 * `label` (may be NULL) goes first in a region the text continues into. Returns false
 * when it did not all fit (only on a one-page slide). */
static bool para(struct flow *f, const char *ref, const char *text, enum vk_font font, double size,
		 uint32_t colour, double indent, size_t max_lines, const char *label)
{
	double lh = size * 1.35;
	char *buf = vk_xstrdup(text);
	const char *rest = buf;
	bool ok = true, placed = false;

	/* the spaces wrap_text breaks at, so what is left can be found in the text */
	for (char *c = buf; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
	for (;;) {
		const struct region *r = &f->regions[f->r];
		double room = r->bottom - f->y;
		/* only the lines this region can hold, and one more to see if there is more */
		size_t fit = room >= lh ? (size_t)(room / lh) : 0, want, n, i = 0;
		char **ls;

		if (fit == 0 && !f->used)
			fit = 1; /* an empty region takes a line, however small it is */
		want = max_lines && max_lines <= fit ? max_lines : fit + 1;
		n = wrap_text(f->l, rest, font, size, r->w - indent, want, &ls);
		for (; i < n && i < fit; i++) {
			add_text(f->l, r->page, VK_ROLE_NOTE, ref, r->x + indent, f->y,
				 r->w - indent, lh, ls[i], font, size, colour, VK_ALIGN_LEFT);
			f->y += lh;
			f->used = placed = true;
			rest = after_line(rest, ls[i]);
		}
		if (f->y > f->max_y)
			f->max_y = f->y;
		for (size_t k = 0; k < n; k++)
			free(ls[k]);
		free(ls);
		if (max_lines) {
			max_lines -= i;
			if (max_lines == 0)
				break; /* the limit: the last line was cut with "…" */
		}
		while (*rest == ' ')
			rest++;
		if (!*rest)
			break;
		if (!next_region(f)) {
			ok = false;
			break;
		}
		if (label && placed) {
			const struct region *nr = &f->regions[f->r];
			add_text(f->l, nr->page, VK_ROLE_NOTE, ref, nr->x + indent, f->y,
				 nr->w - indent, 7.5 * 1.35, label, VK_FONT_ITALIC, 7.5, MUTED,
				 VK_ALIGN_LEFT);
			f->y += 7.5 * 1.35;
			f->used = true;
		}
	}
	free(buf);
	return ok;
}

/* The height of `text` wrapped to width w, at most max_lines lines (0: all). */
static double para_h(struct lay *l, const char *text, enum vk_font font, double size, double w,
		     size_t max_lines, bool *cut)
{
	char **ls;
	size_t n = wrap_text(l, text, font, size, w, max_lines ? max_lines : all_lines(text), &ls);

	if (cut && max_lines && n == max_lines) {
		/* cut when the last line ends the text early */
		char **all;
		size_t m = wrap_text(l, text, font, size, w, all_lines(text), &all);
		*cut = *cut || m > n;
		for (size_t i = 0; i < m; i++)
			free(all[i]);
		free(all);
	}
	for (size_t i = 0; i < n; i++)
		free(ls[i]);
	free(ls);
	return (double)n * size * 1.35;
}

/* The codes of the first k items without a report, and how many are left: one buffer,
 * so ten thousand codes cost no more than their length. Caller frees. */
static char *missing_text(const struct lay *l, const struct vk_status_summary *s, size_t k)
{
	size_t len = 1, at = 0;
	char *list, tail[96] = "";

	if (k < s->missing_n)
		snprintf(tail, sizeof(tail),
			 VK_TR(l->o->lang, "%s… og %zu til (se veikart status)",
			       "%s… and %zu more (see veikart status)"),
			 k ? ", " : "", s->missing_n - k);
	for (size_t i = 0; i < k; i++)
		len += strlen(s->missing[i]) + 2;
	list = vk_xmalloc(len + strlen(tail));
	for (size_t i = 0; i < k; i++) {
		size_t n = strlen(s->missing[i]);
		if (i) {
			memcpy(list + at, ", ", 2);
			at += 2;
		}
		memcpy(list + at, s->missing[i], n);
		at += n;
	}
	strcpy(list + at, tail);
	return list;
}

/* How many lines `text` takes at width w. */
static size_t line_count(struct lay *l, const char *text, enum vk_font font, double size, double w)
{
	char **ls;
	size_t n = wrap_text(l, text, font, size, w, all_lines(text), &ls);

	for (size_t i = 0; i < n; i++)
		free(ls[i]);
	free(ls);
	return n;
}

#define NAME_SIZE    9.5
#define WHO_SIZE     7.5
#define COMMENT_SIZE 8.5
#define MISSING_SIZE 8.0
#define ITEM_GAP     12.0

/* The red projects with their comments, then the items without a report, from the first
 * page's panel on. */
static void lists(struct flow *f, const struct vk_status_summary *s)
{
	struct lay *l = f->l;
	const struct region *r = &f->regions[0];
	char head[96], more[128];
	bool cut = false;
	size_t shown = 0;

	snprintf(head, sizeof(head), VK_TR(l->o->lang, "Røde i %s (%zu)", "Red in %s (%zu)"),
		 s->period->code, s->red_n);
	add_status(l, 0, NULL, VK_ROD, r->x + 4, r->top + 8);
	add_text(l, 0, VK_ROLE_HEADING, NULL, r->x + 14, r->top, r->w - 14, 16, head, VK_FONT_BOLD,
		 11, INK, VK_ALIGN_LEFT);
	f->y = r->top + HEAD_H;
	set_cont(f, vk_xasprintf(VK_TR(l->o->lang, "Røde i %s (%zu), fortsatt",
				       "Red in %s (%zu), continued"),
				 s->period->code, s->red_n));
	if (s->red_n == 0)
		para(f, NULL,
		     VK_TR(l->o->lang, "Ingen røde prosjekter denne perioden.",
			   "No red projects this period."),
		     VK_FONT_ITALIC, 9, MUTED, 0, 0, NULL);
	for (size_t i = 0; i < s->red_n; i++) {
		const struct vk_report *rep = s->red[i];
		const struct vk_item *it = vk_model_item_any(l->pf, rep->code);
		const char *name = it ? it->name : rep->code;
		size_t comment_lines = f->one_page ? ONE_PAGE_COMMENT_LINES : 0;
		char *who, *label;
		double w, need;
		bool item_cut = false;

		who = vk_xasprintf("%s%s%s", rep->code, it && it->owner ? " · " : "",
				   it && it->owner ? it->owner : "");
		/* the name, who and the comment's first two lines stay together (on a
		 * one-page slide the whole item, with the room for what comes after) */
		r = &f->regions[f->r];
		w = r->w - 10;
		need = para_h(l, name, VK_FONT_BOLD, NAME_SIZE, w, 2, NULL) + WHO_SIZE * 1.35;
		if (rep->comment)
			need += 2 + para_h(l, rep->comment, VK_FONT_REGULAR, COMMENT_SIZE, w,
					   f->one_page ? comment_lines : 2,
					   f->one_page ? &item_cut : NULL);
		if (f->one_page)
			need +=
			    COMMENT_SIZE * 1.35 + 6 + 6 + 9.5 * 1.35 + 2 + 2 * MISSING_SIZE * 1.35;
		if (f->y + need > r->bottom && f->used && !next_region(f)) {
			free(who);
			break;
		}
		cut = cut || item_cut;
		f->item = rep->code;
		f->item_y = f->y;
		label = vk_xasprintf(VK_TR(l->o->lang, "%s, fortsatt", "%s, continued"), rep->code);
		/* whole names and owners unless the slide must fit one page */
		para(f, rep->code, name, VK_FONT_BOLD, NAME_SIZE, INK, 10, f->one_page ? 2 : 0,
		     label);
		para(f, rep->code, who, VK_FONT_REGULAR, WHO_SIZE, MUTED, 10, f->one_page ? 1 : 0,
		     label);
		if (rep->comment) {
			f->y += 2;
			para(f, rep->code, rep->comment, VK_FONT_REGULAR, COMMENT_SIZE, INK, 10,
			     comment_lines, label);
		}
		free(label);
		free(who);
		close_item(f);
		f->item = NULL;
		f->y += ITEM_GAP;
		shown++;
	}
	if (shown < s->red_n || cut) {
		/* only on a one-page slide: say what is left and where it is */
		if (shown < s->red_n)
			snprintf(
			    more, sizeof(more),
			    cut ? VK_TR(l->o->lang,
					"… og %zu til; kommentarene forkortet (se veikart status)",
					"… and %zu more; comments shortened (see veikart status)")
				: VK_TR(l->o->lang, "… og %zu til (se veikart status)",
					"… and %zu more (see veikart status)"),
			    s->red_n - shown);
		else
			snprintf(more, sizeof(more), "%s",
				 VK_TR(l->o->lang, "Kommentarene er forkortet (se veikart status)",
				       "Comments shortened (see veikart status)"));
		para(f, NULL, more, VK_FONT_ITALIC, COMMENT_SIZE, MUTED, 0, 0, NULL);
		f->y += 6;
	}

	/* who did not report: never left out, however long the list */
	f->y += 6;
	r = &f->regions[f->r];
	if (f->y + 11 * 1.35 + MISSING_SIZE * 1.35 > r->bottom && f->used)
		next_region(f); /* a one-page slide has kept the room for it */
	set_cont(f, vk_xasprintf(VK_TR(l->o->lang, "Uten rapport i %s (%zu), fortsatt",
				       "Without a report in %s (%zu), continued"),
				 s->period->code, s->missing_n));
	if (s->missing_n)
		snprintf(
		    head, sizeof(head),
		    VK_TR(l->o->lang, "Uten rapport i %s (%zu)", "Without a report in %s (%zu)"),
		    s->period->code, s->missing_n);
	else
		snprintf(
		    head, sizeof(head),
		    VK_TR(l->o->lang, "Uten rapport i %s: ingen", "Without a report in %s: none"),
		    s->period->code);
	r = &f->regions[f->r];
	add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_STATUS, NULL, r->x, f->y + 3, 8, 8,
		  fills[VK_COLOUR_NONE], SILENT_STROKE);
	para(f, NULL, head, VK_FONT_BOLD, 9.5, INK, 14, 1, NULL);
	f->y += 2;
	if (s->missing_n == 0) {
		/* nothing more to say */
	} else if (f->one_page) {
		/* as many codes as the room left holds, then how many more */
		double lh = MISSING_SIZE * 1.35;
		size_t room, lo = 0, hi = s->missing_n;
		char *text;
		r = &f->regions[f->r];
		room = f->y + lh <= r->bottom ? (size_t)((r->bottom - f->y) / lh) : 1;
		/* a line never holds 128 codes: search no further (whatever is not shown is
		 * counted in the "… og N til") */
		if (hi > room * 128)
			hi = room * 128;
		while (lo < hi) {
			size_t mid = (lo + hi + 1) / 2;
			char *t = missing_text(l, s, mid);
			if (line_count(l, t, VK_FONT_REGULAR, MISSING_SIZE, r->w) <= room)
				lo = mid;
			else
				hi = mid - 1;
			free(t);
		}
		text = missing_text(l, s, lo);
		para(f, NULL, text, VK_FONT_REGULAR, MISSING_SIZE, MUTED, 0, room, NULL);
		free(text);
	} else {
		char *text = missing_text(l, s, s->missing_n);
		const char *label =
		    VK_TR(l->o->lang, "Uten rapport, fortsatt", "Without a report, continued");
		para(f, NULL, text, VK_FONT_REGULAR, MISSING_SIZE, MUTED, 0, 0, label);
		free(text);
	}
}

enum vk_code vk_layout_status(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			      struct vk_scene **out, struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;
	const struct vk_status_set *set = data->status;
	struct lay l = {.pf = pf, .o = opts};
	struct flow f = {.l = &l, .one_page = opts->one_page, .paged = opts->paged, .pages = 1};
	struct vk_status_summary s;
	double content_w, top, bottom, chart_w, page_bottom;
	char money[48], sub[320], left[96];
	size_t last, first;
	bool no_unit;

	*out = NULL;
	if (!set || set->periods_n == 0)
		return vk_error_set(
		    err, VK_ENOTFOUND,
		    "no status reports yet (import a status sheet or use 'status set')");
	if (opts->period) {
		long i = vk_status_period_index(set, opts->period->code);
		if (i < 0)
			return vk_error_set(err, VK_ENOTFOUND, "no status reports for period %s",
					    opts->period->code);
		last = (size_t)i;
	} else {
		last = set->periods_n - 1;
	}
	first = last + 1 > MAX_PERIODS ? last + 1 - MAX_PERIODS : 0;
	page_size(&l, &l.page_w, &l.page_h);
	l.scene = vk_scene_new(l.page_w, l.page_h);
	content_w = l.page_w - 2 * MARGIN;
	vk_status_summarise(set, pf, last, &s);

	add_text(&l, 0, VK_ROLE_TITLE, NULL, MARGIN, MARGIN, content_w, 24,
		 VK_TR(l.o->lang, "Porteføljestatus", "Portfolio status"), VK_FONT_BOLD, 17, INK,
		 VK_ALIGN_LEFT);
	{
		/* shares of the reports and the silent items together */
		char g[16], y[16], r[16], u[16];
		vk_number_format(vk_score_round1(100 * s.share_all[VK_GRONN]), 1, opts->lang, g,
				 sizeof(g));
		vk_number_format(vk_score_round1(100 * s.share_all[VK_GUL]), 1, opts->lang, y,
				 sizeof(y));
		vk_number_format(vk_score_round1(100 * s.share_all[VK_ROD]), 1, opts->lang, r,
				 sizeof(r));
		vk_number_format(vk_score_round1(100 * s.share_silent), 1, opts->lang, u,
				 sizeof(u));
		snprintf(
		    sub, sizeof(sub),
		    VK_TR(l.o->lang,
			  "%s · %zu rapporter, %zu uten rapport · grønn %s %% · gul %s %% · rød "
			  "%s %% · uten rapport %s %%",
			  "%s · %zu reports, %zu without a report · green %s %% · yellow %s %% · "
			  "red %s %% · no report %s %%"),
		    s.period->code, s.total, s.silent, g, y, r, u);
	}
	if (s.budgets) {
		size_t used = strlen(sub);
		vk_number_format_exact(s.budget, opts->lang, money, sizeof(money));
		snprintf(sub + used, sizeof(sub) - used,
			 VK_TR(l.o->lang, " · budsjett %s MNOK", " · budget %s MNOK"), money);
	}
	add_text(&l, 0, VK_ROLE_SUBTITLE, NULL, MARGIN, MARGIN + 24, content_w, 16, sub,
		 VK_FONT_REGULAR, 9.5, MUTED, VK_ALIGN_LEFT);

	top = MARGIN + 24 + 16 + 18;
	bottom = l.page_h - MARGIN - 12 - 8 - 14 - 10;
	page_bottom = l.page_h - MARGIN - 12 - 10;
	chart_w = content_w * 0.58;
	add_text(&l, 0, VK_ROLE_HEADING, NULL, MARGIN, top, chart_w, 16,
		 VK_TR(l.o->lang, "Statusrapporter per periode", "Status reports per period"),
		 VK_FONT_BOLD, 11, INK, VK_ALIGN_LEFT);
	if (first > 0) {
		/* the periods before the bars: named, and where to see them */
		char note[160];
		snprintf(note, sizeof(note),
			 first > 1
			     ? VK_TR(l.o->lang, "%s … %s ikke vist: se veikart status --trend",
				     "%s … %s not shown: see veikart status --trend")
			     : VK_TR(l.o->lang, "%s ikke vist: se veikart status --trend",
				     "%s not shown: see veikart status --trend"),
			 set->periods[0].code, set->periods[first - 1].code);
		add_text(&l, 0, VK_ROLE_NOTE, NULL, MARGIN, top + 16, chart_w, 12, note,
			 VK_FONT_ITALIC, 8, MUTED, VK_ALIGN_LEFT);
	}
	no_unit = bars(&l, set, first, last, MARGIN + 10, top + 24 + (first > 0 ? 12 : 0),
		       chart_w - 10, bottom);
	add_line(&l, 0, VK_ROLE_AXIS, NULL, MARGIN + chart_w + PANEL_GAP / 2, top,
		 MARGIN + chart_w + PANEL_GAP / 2, bottom, GRID, 0.75, false, false);

	f.sub = sub;
	f.body_h = page_bottom - top - HEAD_H;
	f.slab_y = bottom + 10 + LEGEND_ROOM;
	f.max_y = bottom;
	push_region(&f, 0, MARGIN + chart_w + PANEL_GAP, top, content_w - chart_w - PANEL_GAP,
		    bottom);
	lists(&f, &s);

	add_legend(&l, VK_SHAPE_RECT, GRONN, VK_NO_COLOUR, false, 8,
		   VK_TR(l.o->lang, "Grønn (nederst)", "Green (bottom)"));
	add_legend(&l, VK_SHAPE_RECT, GUL, VK_NO_COLOUR, false, 8,
		   VK_TR(l.o->lang, "Gul", "Yellow"));
	add_legend(&l, VK_SHAPE_RECT, ROD, VK_NO_COLOUR, false, 8, VK_TR(l.o->lang, "Rød", "Red"));
	add_legend(&l, VK_SHAPE_RECT, fills[VK_COLOUR_NONE], SILENT_STROKE, false, 8,
		   VK_TR(l.o->lang, "Uten rapport (øverst)", "No report (top)"));
	add_legend(
	    &l, VK_SHAPE_RECT, WHITE, VK_NO_COLOUR, false, 0,
	    VK_TR(l.o->lang,
		  "Tall: antall (endring siden forrige periode); over søylen: rapporter + "
		  "uten rapport",
		  "Numbers: count (change since the previous period); above the bar: reports + "
		  "no report"));
	if (no_unit)
		add_legend(&l, VK_SHAPE_RECT, WHITE, VK_NO_COLOUR, false, 0,
			   VK_TR(l.o->lang, "Budsjett under søylene i MNOK",
				 "Budgets under the bars in MNOK"));
	add_legend_line(&l, bottom + 10);
	if (!f.paged && f.max_y > bottom) {
		/* the lists went on down the page: it grows to hold them */
		l.page_h = f.max_y + 16 + 12 + MARGIN;
		l.scene->height = l.page_h;
	}
	l.scene->pages = f.pages;
	snprintf(left, sizeof(left), VK_TR(l.o->lang, "Statusperiode %s", "Reporting period %s"),
		 s.period->code);
	for (int p = 0; p < f.pages; p++)
		add_footer(&l, p, left);
	vk_status_summary_clear(&s);
	free(f.regions);
	free(f.cont);
	*out = l.scene;
	l.scene = NULL;
	lay_clear(&l);
	return VK_OK;
}

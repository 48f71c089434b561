/* The lists of the status slide: the red projects with their comments and the items
 * without a report, flowed over the first page's panel and then in two columns on
 * further pages (paged) or further down the one page (unpaged), never cut but on a
 * one-page slide, which ends with how many are left. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "layout-status-int.h"

#define ONE_PAGE_COMMENT_LINES 3 /* of a comment on a one-page slide */

/* Lines enough for all of `text` (a line holds at least one character). */
static size_t all_lines(const char *text)
{
	return strlen(text) + 1;
}

/* Past `line` (a line vk_layout_wrap_text made of the text at p) in p: the line is the text up to a
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

void vk_layout_status_region(struct vk_status_flow *f, int page, double x, double top, double w,
			     double bottom)
{
	struct vk_status_region *r =
	    vk_xpush(&f->regions, &f->regions_n, &f->regions_cap, sizeof(*r));

	*r = (struct vk_status_region){page, x, top, w, bottom};
}

/* The mark beside the red item being placed, from where it started in this region. */
static void close_item(struct vk_status_flow *f)
{
	const struct vk_status_region *r = &f->regions[f->r];

	if (f->item && f->y > f->item_y)
		vk_layout_add_shape(f->l, r->page, VK_SHAPE_RECT, VK_ROLE_BAND, f->item, r->x,
				    f->item_y, 3, f->y - f->item_y - 2, VK_RGB_ROD, VK_NO_COLOUR);
}

/* Goes on in the next region, making a new page (paged) or a new stretch of the page
 * (unpaged) of two columns when there is none; false on a one-page slide. */
static bool next_region(struct vk_status_flow *f)
{
	struct vk_lay *l = f->l;
	double content_w = l->page_w - 2 * VK_MARGIN, col_w = (content_w - VK_PANEL_GAP) / 2;

	if (f->one_page)
		return false;
	close_item(f);
	if (f->r + 1 == f->regions_n) {
		int page = f->paged ? f->pages++ : 0;
		double top = f->paged ? VK_MARGIN + 24 + 16 + 18 : f->slab_y;
		if (f->paged) {
			vk_layout_add_text(
			    l, page, VK_ROLE_TITLE, NULL, VK_MARGIN, VK_MARGIN, content_w, 24,
			    VK_TR(l->o->lang, "Porteføljestatus", "Portfolio status"), VK_FONT_BOLD,
			    17, VK_RGB_INK, VK_ALIGN_LEFT);
			vk_layout_add_text(l, page, VK_ROLE_SUBTITLE, NULL, VK_MARGIN,
					   VK_MARGIN + 24, content_w, 16, f->sub, VK_FONT_REGULAR,
					   9.5, VK_RGB_MUTED, VK_ALIGN_LEFT);
		} else {
			vk_layout_add_line(l, 0, VK_ROLE_AXIS, NULL, VK_MARGIN, top - 10,
					   l->page_w - VK_MARGIN, top - 10, VK_RGB_GRID, 0.75,
					   false, false);
		}
		vk_layout_add_text(l, page, VK_ROLE_HEADING, NULL, VK_MARGIN, top, content_w, 16,
				   f->cont, VK_FONT_BOLD, 11, VK_RGB_INK, VK_ALIGN_LEFT);
		vk_layout_status_region(f, page, VK_MARGIN, top + VK_HEAD_H, col_w,
					top + VK_HEAD_H + f->body_h);
		vk_layout_status_region(f, page, VK_MARGIN + col_w + VK_PANEL_GAP, top + VK_HEAD_H,
					col_w, top + VK_HEAD_H + f->body_h);
		f->slab_y = top + VK_HEAD_H + f->body_h + 24;
	}
	f->r++;
	f->y = f->regions[f->r].top;
	f->used = false;
	f->item_y = f->y;
	return true;
}

static void set_cont(struct vk_status_flow *f, char *text)
{
	free(f->cont);
	f->cont = text;
}

/* Text wrapped to the current region, from f->y down, going on in the next region where
 * it runs out (at most max_lines lines in all, the last cut with "…": 0 for no limit).
 * `label` (may be NULL) goes first in a region the text continues into. Returns false
 * when it did not all fit (only on a one-page slide). */
static bool para(struct vk_status_flow *f, const char *ref, const char *text, enum vk_font font,
		 double size, uint32_t colour, double indent, size_t max_lines, const char *label)
{
	double lh = size * 1.35;
	char *buf = vk_xstrdup(text);
	const char *rest = buf;
	bool ok = true, placed = false;

	/* the spaces vk_layout_wrap_text breaks at, so what is left can be found in the text */
	for (char *c = buf; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
	for (;;) {
		const struct vk_status_region *r = &f->regions[f->r];
		double room = r->bottom - f->y;
		/* only the lines this region can hold, and one more to see if there is more */
		size_t fit = room >= lh ? (size_t)(room / lh) : 0, want, n, i = 0;
		char **ls;

		if (fit == 0 && !f->used)
			fit = 1; /* an empty region takes a line, however small it is */
		want = max_lines && max_lines <= fit ? max_lines : fit + 1;
		n = vk_layout_wrap_text(f->l, rest, font, size, r->w - indent, want, &ls);
		for (; i < n && i < fit; i++) {
			vk_layout_add_text(f->l, r->page, VK_ROLE_NOTE, ref, r->x + indent, f->y,
					   r->w - indent, lh, ls[i], font, size, colour,
					   VK_ALIGN_LEFT);
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
			const struct vk_status_region *nr = &f->regions[f->r];
			vk_layout_add_text(f->l, nr->page, VK_ROLE_NOTE, ref, nr->x + indent, f->y,
					   nr->w - indent, 7.5 * 1.35, label, VK_FONT_ITALIC, 7.5,
					   VK_RGB_MUTED, VK_ALIGN_LEFT);
			f->y += 7.5 * 1.35;
			f->used = true;
		}
	}
	free(buf);
	return ok;
}

/* The height of `text` wrapped to width w, at most max_lines lines (0: all). */
static double para_h(struct vk_lay *l, const char *text, enum vk_font font, double size, double w,
		     size_t max_lines, bool *cut)
{
	char **ls;
	size_t n = vk_layout_wrap_text(l, text, font, size, w,
				       max_lines ? max_lines : all_lines(text), &ls);

	if (cut && max_lines && n == max_lines) {
		/* cut when the last line ends the text early */
		char **all;
		size_t m = vk_layout_wrap_text(l, text, font, size, w, all_lines(text), &all);
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
static char *missing_text(const struct vk_lay *l, const struct vk_status_summary *s, size_t k)
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
static size_t line_count(struct vk_lay *l, const char *text, enum vk_font font, double size,
			 double w)
{
	char **ls;
	size_t n = vk_layout_wrap_text(l, text, font, size, w, all_lines(text), &ls);

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
void vk_layout_status_lists(struct vk_status_flow *f, const struct vk_status_summary *s)
{
	struct vk_lay *l = f->l;
	const struct vk_status_region *r = &f->regions[0];
	char head[96], more[128];
	bool cut = false;
	size_t shown = 0;

	snprintf(head, sizeof(head), VK_TR(l->o->lang, "Røde i %s (%zu)", "Red in %s (%zu)"),
		 s->period->code, s->red_n);
	vk_layout_add_status(l, 0, NULL, VK_ROD, r->x + 4, r->top + 8);
	vk_layout_add_text(l, 0, VK_ROLE_HEADING, NULL, r->x + 14, r->top, r->w - 14, 16, head,
			   VK_FONT_BOLD, 11, VK_RGB_INK, VK_ALIGN_LEFT);
	f->y = r->top + VK_HEAD_H;
	set_cont(f, vk_xasprintf(VK_TR(l->o->lang, "Røde i %s (%zu), fortsatt",
				       "Red in %s (%zu), continued"),
				 s->period->code, s->red_n));
	if (s->red_n == 0)
		para(f, NULL,
		     VK_TR(l->o->lang, "Ingen røde prosjekter denne perioden.",
			   "No red projects this period."),
		     VK_FONT_ITALIC, 9, VK_RGB_MUTED, 0, 0, NULL);
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
		para(f, rep->code, name, VK_FONT_BOLD, NAME_SIZE, VK_RGB_INK, 10,
		     f->one_page ? 2 : 0, label);
		para(f, rep->code, who, VK_FONT_REGULAR, WHO_SIZE, VK_RGB_MUTED, 10,
		     f->one_page ? 1 : 0, label);
		if (rep->comment) {
			f->y += 2;
			para(f, rep->code, rep->comment, VK_FONT_REGULAR, COMMENT_SIZE, VK_RGB_INK,
			     10, comment_lines, label);
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
		para(f, NULL, more, VK_FONT_ITALIC, COMMENT_SIZE, VK_RGB_MUTED, 0, 0, NULL);
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
	vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_STATUS, NULL, r->x, f->y + 3, 8, 8,
			    fills[VK_COLOUR_NONE], VK_SILENT_STROKE);
	para(f, NULL, head, VK_FONT_BOLD, 9.5, VK_RGB_INK, 14, 1, NULL);
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
		para(f, NULL, text, VK_FONT_REGULAR, MISSING_SIZE, VK_RGB_MUTED, 0, room, NULL);
		free(text);
	} else {
		char *text = missing_text(l, s, s->missing_n);
		const char *label =
		    VK_TR(l->o->lang, "Uten rapport, fortsatt", "Without a report, continued");
		para(f, NULL, text, VK_FONT_REGULAR, MISSING_SIZE, VK_RGB_MUTED, 0, 0, label);
		free(text);
	}
}

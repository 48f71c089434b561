/* The marks every chart is made of: text fitted or wrapped to its box, rectangles,
 * lines, phase bars clipped to the axis with their names kept clear of milestones,
 * phases that overlap in lanes of their row, milestone diamonds kept apart, and status
 * marks. Geometry only; the scene records them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "layout-int.h"

double vk_layout_text_width(const struct vk_lay *l, const char *s, enum vk_font font, double size)
{
	return l->o->measure->width(l->o->measure->ctx, s, font, size);
}

/* The longest prefix of s[0..len) (in bytes, ending on a character) that fits `max_w`
 * with `suffix` after it: a binary search of widths. */
static size_t longest_prefix(const struct vk_lay *l, const char *s, size_t len, const char *suffix,
			     enum vk_font font, double size, double max_w)
{
	size_t lo = 0, hi = len;
	char *buf = vk_xmalloc(len + strlen(suffix) + 1);

	while (lo < hi) {
		size_t mid = (lo + hi + 1) / 2;
		while (mid > lo && ((unsigned char)s[mid] & 0xc0) == 0x80)
			mid--;
		if (mid == lo)
			break;
		memcpy(buf, s, mid);
		strcpy(buf + mid, suffix);
		if (vk_layout_text_width(l, buf, font, size) <= max_w)
			lo = mid;
		else
			hi = mid - 1;
	}
	free(buf);
	return lo;
}

char *vk_layout_fit_text(const struct vk_lay *l, const char *s, enum vk_font font, double size,
			 double max_w)
{
	const struct vk_measure *m = l->o->measure;
	double ellipsis = vk_layout_text_width(l, "…", font, size), whole;
	size_t cut;
	char *buf;

	if (m->prefix) {
		/* one shaping gives the whole width and where the text crosses the room left
		 * for the ellipsis; half a point more covers kerning at the cut */
		cut = m->prefix(m->ctx, s, font, size, max_w - ellipsis - 0.5, &whole);
		if (whole <= max_w)
			return vk_xstrdup(s);
	} else {
		if (vk_layout_text_width(l, s, font, size) <= max_w)
			return vk_xstrdup(s);
		/* for measures without `prefix` */
		cut = longest_prefix(l, s, strlen(s), "…", font, size, max_w);
	}
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	buf = vk_xmalloc(cut + 4);
	memcpy(buf, s, cut);
	strcpy(buf + cut, cut > 0 || ellipsis <= max_w ? "…" : "");
	return buf;
}

/* The longest prefix of the word p[0..len) (in bytes, ending on a character) that fits
 * `max_w`; at least one character, so a line always takes something. */
static size_t break_word(const struct vk_lay *l, const char *p, size_t len, enum vk_font font,
			 double size, double max_w)
{
	size_t lo = longest_prefix(l, p, len, "", font, size, max_w);

	if (lo == 0) {
		/* not even one character fits: take one anyway */
		lo = 1;
		while (lo < len && ((unsigned char)p[lo] & 0xc0) == 0x80)
			lo++;
	}
	return lo;
}

size_t vk_layout_wrap_text(const struct vk_lay *l, const char *s, enum vk_font font, double size,
			   double max_w, size_t max_lines, char ***lines)
{
	char **out = vk_xcalloc(max_lines ? max_lines : 1, sizeof(*out));
	char *text = vk_xstrdup(s);
	const char *p = text;
	size_t n = 0;

	for (char *c = text; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
	while (n < max_lines) {
		size_t len, fit = 0;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		len = strlen(p);
		if (n + 1 == max_lines) {
			out[n++] = vk_layout_fit_text(l, p, font, size,
						      max_w); /* the rest, cut if need be */
			break;
		}
		/* the longest run of whole words that fits */
		for (size_t i = 1; i <= len; i++) {
			char *cand;
			bool fits;
			if (p[i] != ' ' && p[i] != '\0')
				continue;
			cand = vk_xstrndup(p, i);
			fits = vk_layout_text_width(l, cand, font, size) <= max_w;
			free(cand);
			if (!fits)
				break;
			fit = i;
		}
		if (fit == 0) {
			/* one word wider than the line (a URL, a long compound): break it
			 * between characters and go on with its rest on the next line, so
			 * nothing of it is lost */
			const char *sp = strchr(p, ' ');
			size_t wl = sp ? (size_t)(sp - p) : len;
			fit = break_word(l, p, wl, font, size, max_w);
		}
		out[n++] = vk_xstrndup(p, fit);
		p += fit;
	}
	free(text);
	*lines = out;
	return n;
}

void vk_layout_add_text(struct vk_lay *l, int page, enum vk_role role, const char *ref, double x,
			double y, double w, double h, const char *text, enum vk_font font,
			double size, uint32_t colour, enum vk_align align)
{
	char *fitted = vk_layout_fit_text(l, text, font, size, w);
	struct vk_prim p = {
	    .shape = VK_SHAPE_TEXT,
	    .role = role,
	    .page = page,
	    .x = x,
	    .y = y,
	    .w = w,
	    .h = h,
	    .fill = colour,
	    .stroke = VK_NO_COLOUR,
	    .text = fitted,
	    .font = font,
	    .size = size,
	    .align = align,
	    .ref = (char *)ref,
	};

	if (*fitted)
		vk_scene_add(l->scene, &p);
	free(fitted);
}

void vk_layout_add_shape(struct vk_lay *l, int page, enum vk_shape shape, enum vk_role role,
			 const char *ref, double x, double y, double w, double h, uint32_t fill,
			 uint32_t stroke)
{
	struct vk_prim p = {
	    .shape = shape,
	    .role = role,
	    .page = page,
	    .x = x,
	    .y = y,
	    .w = w,
	    .h = h,
	    .fill = fill,
	    .stroke = stroke,
	    .line_width = 0.75,
	    .ref = (char *)ref,
	};
	vk_scene_add(l->scene, &p);
}

void vk_layout_add_line(struct vk_lay *l, int page, enum vk_role role, const char *ref, double x1,
			double y1, double x2, double y2, uint32_t colour, double width, bool dashed,
			bool arrow)
{
	struct vk_prim p = {
	    .shape = VK_SHAPE_LINE,
	    .role = role,
	    .page = page,
	    .x = x1,
	    .y = y1,
	    .w = x2 - x1,
	    .h = y2 - y1,
	    .fill = VK_NO_COLOUR,
	    .stroke = colour,
	    .line_width = width,
	    .dashed = dashed,
	    .arrow = arrow,
	    .ref = (char *)ref,
	};
	vk_scene_add(l->scene, &p);
}

/* WCAG relative luminance of an sRGB colour. */
static double luminance(uint32_t c)
{
	double v[3];

	for (int i = 0; i < 3; i++) {
		double x = (c >> (16 - 8 * i) & 0xff) / 255.0;
		v[i] = x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4);
	}
	return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* Ink or white, whichever has the higher contrast (WCAG) on `bg`. */
static uint32_t text_on(uint32_t bg)
{
	double b = luminance(bg);
	double on_white = 1.05 / (b + 0.05), on_ink = (b + 0.05) / (luminance(VK_RGB_INK) + 0.05);

	return on_ink >= on_white ? VK_RGB_INK : VK_RGB_WHITE;
}

static double milestone_size(const struct vk_milestone *m)
{
	return m->kind == VK_MS_DECISION ? 10 : 8;
}

/* A milestone on the axis: where its date puts it, and where it is drawn. */
struct placed {
	double ideal, size, x;
	size_t at;
};

static int by_ideal(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;

	if (x->ideal != y->ideal)
		return x->ideal < y->ideal ? -1 : 1;
	return (x->at > y->at) - (x->at < y->at);
}

/* Places p[a..b] side by side, VK_MS_GAP apart, centred on the mean of their dates. */
static void spread(struct placed *p, size_t a, size_t b)
{
	double off = 0, sum = 0;

	for (size_t j = a; j <= b; j++) {
		if (j > a)
			off += (p[j - 1].size + p[j].size) / 2 + VK_MS_GAP;
		p[j].x = off;
		sum += p[j].ideal - off;
	}
	sum /= (double)(b - a + 1);
	for (size_t j = a; j <= b; j++)
		p[j].x += sum;
}

/* Where the milestones on the axis are drawn: p[0..m) in order of x, m returned; those
 * that would touch (the same date, or days apart) side by side, VK_MS_GAP apart, centred
 * on their dates. `p` has room for n. */
static size_t place_milestones(const struct vk_lay *l, const struct vk_milestone *ms, size_t n,
			       struct placed *p)
{
	size_t *first = vk_xcalloc(n + 1, sizeof(*first)), m = 0, clusters = 0;

	if (!l->has_axis)
		n = 0;
	for (size_t i = 0; i < n; i++) {
		if (ms[i].date < l->axis.from || ms[i].date > l->axis.to)
			continue;
		p[m].ideal =
		    (vk_axis_x(&l->axis, ms[i].date) + vk_axis_x(&l->axis, ms[i].date + 1)) / 2;
		p[m].size = milestone_size(&ms[i]);
		/* a diamond on the axis's first or last days stays whole inside the chart */
		if (p[m].ideal < l->axis.x0 + p[m].size / 2)
			p[m].ideal = l->axis.x0 + p[m].size / 2;
		if (p[m].ideal > l->axis.x0 + l->axis.width - p[m].size / 2)
			p[m].ideal = l->axis.x0 + l->axis.width - p[m].size / 2;
		p[m].at = i;
		m++;
	}
	qsort(p, m, sizeof(*p), by_ideal);
	/* clusters of milestones that would touch, each spread around its dates; a spread
	 * cluster that reaches the one before merges with it */
	for (size_t i = 0; i < m; i++) {
		p[i].x = p[i].ideal;
		first[clusters++] = i;
		while (clusters > 1) {
			size_t j = first[clusters - 1];
			if (p[j].x - p[j - 1].x >=
			    (p[j - 1].size + p[j].size) / 2 + VK_MS_GAP - 1e-9)
				break;
			clusters--;
			spread(p, first[clusters - 1], i);
		}
	}
	free(first);
	return m;
}

void vk_layout_add_milestones(struct vk_lay *l, int page, const char *ref,
			      const struct vk_milestone *ms, size_t n, double cy)
{
	struct placed *p = vk_xcalloc(n + 1, sizeof(*p));
	size_t m = place_milestones(l, ms, n, p);

	/* in the item's order, so the nth milestone of the scene is the item's nth */
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < m; k++)
			if (p[k].at == i)
				vk_layout_add_milestone(l, page, ref, &ms[i], p[k].x, cy);
	free(p);
}

/* Puts the phase name on a bar from x1 to x2 in the widest gap between the milestones
 * drawn on it, cut to the gap; nothing when no gap takes a few letters. */
static void bar_label(struct vk_lay *l, int page, const char *ref, const char *name, uint32_t fill,
		      double x1, double x2, double y, double h, const struct vk_milestone *ms,
		      size_t ms_n)
{
	double size = h * 0.75 < 6.5 ? 6.5 : h * 0.75 > 7.5 ? 7.5 : h * 0.75;
	double best_x = x1 + 3, best_w = 0, start = x1 + 3;
	struct placed *p = vk_xcalloc(ms_n + 1, sizeof(*p));
	size_t placed = place_milestones(l, ms, ms_n, p);

	for (;;) {
		/* the next marker after `start` closes this gap */
		double end = x2 - 3, next = x2;
		for (size_t i = 0; i < placed; i++) {
			/* the name keeps 3 pt from a diamond's corners on either side */
			double mx = p[i].x, room = p[i].size / 2 + 3;
			if (mx + room > start && mx - room < end) {
				end = mx - room;
				next = mx + room;
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
	free(p);
	if (best_w >= 4 * size)
		vk_layout_add_text(l, page, VK_ROLE_BAR, ref, best_x, y, best_w, h, name,
				   VK_FONT_REGULAR, size, text_on(fill), VK_ALIGN_LEFT);
}

bool vk_layout_add_bar(struct vk_lay *l, int page, const char *ref, const struct vk_span *s,
		       double y, double h, const struct vk_milestone *ms, size_t ms_n)
{
	const struct vk_phase_kind *ph = vk_model_phase(l->pf, s->phase);
	uint32_t fill = ph ? vk_layout_parse_colour(ph->colour) : VK_RGB_MUTED;
	int start = s->start, end = s->end;
	double x1, x2, mark = h * 0.6;

	if (!l->has_axis || end < l->axis.from || start > l->axis.to)
		return false;
	if (start < l->axis.from)
		start = l->axis.from;
	if (end > l->axis.to)
		end = l->axis.to;
	x1 = vk_axis_x(&l->axis, start);
	x2 = vk_axis_x(&l->axis, end + 1);
	vk_layout_add_shape(l, page, VK_SHAPE_RECT, VK_ROLE_BAR, ref, x1, y, x2 - x1, h, fill,
			    VK_NO_COLOUR);
	if (ph)
		bar_label(l, page, ref, vk_layout_phase_label(l, ph), fill, x1, x2, y, h, ms, ms_n);
	/* a small triangle outside the axis edge says the phase goes on */
	if (s->start < l->axis.from)
		vk_layout_add_shape(l, page, VK_SHAPE_POINT_LEFT, VK_ROLE_CONTINUES, ref,
				    x1 - mark - 1, y + (h - mark) / 2, mark, mark, fill,
				    VK_NO_COLOUR);
	if (s->end > l->axis.to)
		vk_layout_add_shape(l, page, VK_SHAPE_POINT_RIGHT, VK_ROLE_CONTINUES, ref, x2 + 1,
				    y + (h - mark) / 2, mark, mark, fill, VK_NO_COLOUR);
	return true;
}

void vk_layout_add_milestone(struct vk_lay *l, int page, const char *ref,
			     const struct vk_milestone *m, double cx, double cy)
{
	double size = milestone_size(m);
	uint32_t fill = m->kind == VK_MS_DECISION ? VK_RGB_INK
			: m->kind == VK_MS_GOAL	  ? VK_RGB_GOAL
						  : VK_RGB_WHITE;
	uint32_t stroke = m->kind == VK_MS_DECISION ? VK_RGB_WHITE : VK_RGB_INK;

	vk_layout_add_shape(l, page, VK_SHAPE_DIAMOND, VK_ROLE_MILESTONE, ref, cx - size / 2,
			    cy - size / 2, size, size, fill, stroke);
}

size_t vk_layout_span_lanes(const struct vk_span *const *s, size_t n, size_t *lane)
{
	size_t *order = vk_xcalloc(n + 1, sizeof(*order)), lanes = 0;
	int *end = vk_xcalloc(n + 1, sizeof(*end));

	/* in order of start (then of the list): the first lane free by then, which takes
	 * as few lanes as the most spans that overlap on one day */
	for (size_t i = 0; i < n; i++) {
		size_t j = i;
		while (j > 0 && s[order[j - 1]]->start > s[i]->start) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = i;
	}
	for (size_t k = 0; k < n; k++) {
		const struct vk_span *sp = s[order[k]];
		size_t ln = 0;
		while (ln < lanes && end[ln] >= sp->start)
			ln++;
		if (ln == lanes)
			lanes++;
		end[ln] = sp->end; /* a lane reused ends before sp starts */
		lane[order[k]] = ln;
	}
	free(order);
	free(end);
	return lanes ? lanes : 1;
}

double vk_layout_lane_y(double cy, size_t lanes, size_t k, double bar_h)
{
	double block = (double)lanes * bar_h + (double)(lanes - 1) * VK_LANE_GAP;

	return cy - block / 2 + (double)k * (bar_h + VK_LANE_GAP);
}

void vk_layout_add_status(struct vk_lay *l, int page, const char *ref, enum vk_colour c, double cx,
			  double cy)
{
	vk_layout_add_status_mark(l, page, ref, c, false, cx, cy);
}

void vk_layout_add_status_mark(struct vk_lay *l, int page, const char *ref, enum vk_colour c,
			       bool hollow, double cx, double cy)
{
	struct vk_prim p = {
	    .role = VK_ROLE_STATUS,
	    .page = page,
	    .line_width = hollow ? 1.2 : 0.75,
	    .ref = (char *)ref,
	};
	uint32_t colour;

	switch (c) {
	case VK_GRONN:
		p.shape = VK_SHAPE_CIRCLE;
		p.x = cx - 4, p.y = cy - 4, p.w = 8, p.h = 8;
		colour = VK_RGB_GRONN;
		break;
	case VK_GUL:
		p.shape = VK_SHAPE_TRIANGLE;
		p.x = cx - 4.5, p.y = cy - 4, p.w = 9, p.h = 8;
		colour = VK_RGB_GUL;
		break;
	case VK_ROD:
		p.shape = VK_SHAPE_RECT;
		p.x = cx - 3.5, p.y = cy - 3.5, p.w = 7, p.h = 7;
		colour = VK_RGB_ROD;
		break;
	default:
		return;
	}
	/* an old report: the outline only, drawn inside the filled mark's box */
	if (hollow) {
		p.x += 0.6, p.y += 0.6, p.w -= 1.2, p.h -= 1.2;
		p.fill = VK_RGB_WHITE;
		p.stroke = colour;
	} else {
		p.fill = colour;
		p.stroke = VK_NO_COLOUR;
	}
	vk_scene_add(l->scene, &p);
}

/* What of `it` lies wholly before (after) the axis, named for its left (right) end:
 * "◂ Planlegging 01.01.2020–31.12.2021, BP2 30.06.2021 (utenfor)" or "… (utenfor) ▸";
 * NULL when nothing does. Phases that reach the axis are clipped and marked as going on
 * instead. The caller frees the text. */
static char *outside_text(const struct vk_lay *l, const struct vk_item *it, bool after)
{
	char *text = NULL, *all, date[32];
	const char *outside;

	for (size_t k = 0; k < it->phases_n; k++) {
		const struct vk_span *sp = &it->phases[k];
		const char *name = sp->phase;
		char till[32], *next;
		if (after ? sp->start <= l->axis.to : sp->end >= l->axis.from)
			continue; /* on the axis, or clipped and marked as going on */
		for (size_t i = 0; i < l->pf->phases_n; i++)
			if (strcmp(l->pf->phases[i].code, sp->phase) == 0)
				name = vk_layout_phase_label(l, &l->pf->phases[i]);
		vk_layout_human_date(l, sp->start, date, sizeof(date));
		vk_layout_human_date(l, sp->end, till, sizeof(till));
		next = vk_xasprintf("%s%s%s %s–%s", text ? text : "", text ? ", " : "", name, date,
				    till);
		free(text);
		text = next;
	}
	for (size_t k = 0; k < it->milestones_n; k++) {
		const struct vk_milestone *m = &it->milestones[k];
		char *next;
		if (after ? m->date <= l->axis.to : m->date >= l->axis.from)
			continue;
		vk_layout_human_date(l, m->date, date, sizeof(date));
		next = vk_xasprintf("%s%s%s %s", text ? text : "", text ? ", " : "", m->name, date);
		free(text);
		text = next;
	}
	if (!text)
		return NULL;
	outside = vk_word(VK_WORD_OUTSIDE, l->o->lang);
	all =
	    after ? vk_xasprintf("%s %s ▸", text, outside) : vk_xasprintf("◂ %s %s", text, outside);
	free(text);
	return all;
}

#define OUTSIDE_SIZE 7.0
#define OUTSIDE_LINE 8.5
#define OUTSIDE_MAX  64 /* lines: far more than any plan has, so nothing is cut */

/* The lines of the outside text at each end: both ends share the chart's width when both
 * have text; the number of lines of the taller. */
static size_t outside_lines(const struct vk_lay *l, double chart_w, const struct vk_item *it,
			    char ***left, size_t *left_n, char ***right, size_t *right_n)
{
	char *before = outside_text(l, it, false), *after = outside_text(l, it, true);
	double w = before && after ? (chart_w - 12) / 2 : chart_w - 2;

	*left = *right = NULL;
	*left_n = before ? vk_layout_wrap_text(l, before, VK_FONT_ITALIC, OUTSIDE_SIZE, w,
					       OUTSIDE_MAX, left)
			 : 0;
	*right_n = after ? vk_layout_wrap_text(l, after, VK_FONT_ITALIC, OUTSIDE_SIZE, w,
					       OUTSIDE_MAX, right)
			 : 0;
	free(before);
	free(after);
	return *left_n > *right_n ? *left_n : *right_n;
}

static void free_lines(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

void vk_layout_outside_room(struct vk_lay *l, struct vk_lay_row *r, const struct vk_item *it)
{
	char **left, **right;
	size_t left_n, right_n, n;
	double page_w, page_h;

	vk_layout_page_size(l, &page_w, &page_h);
	n = outside_lines(l, page_w - VK_MARGIN - (VK_MARGIN + l->label_w + VK_GAP), it, &left,
			  &left_n, &right, &right_n);
	free_lines(left, left_n);
	free_lines(right, right_n);
	if (n == 0)
		return;
	r->top = (double)n * OUTSIDE_LINE + 1;
	r->height += r->top;
}

void vk_layout_add_outside(struct vk_lay *l, const struct vk_lay_row *r, const struct vk_item *it)
{
	char **left, **right;
	size_t left_n, right_n;
	double w;

	outside_lines(l, l->chart_w, it, &left, &left_n, &right, &right_n);
	w = left_n && right_n ? (l->chart_w - 12) / 2 : l->chart_w - 2;
	for (size_t i = 0; i < left_n; i++)
		vk_layout_add_text(l, r->page, VK_ROLE_CONTINUES, it->code, l->chart_x + 1,
				   r->y + 1 + (double)i * OUTSIDE_LINE, w, OUTSIDE_LINE, left[i],
				   VK_FONT_ITALIC, OUTSIDE_SIZE, VK_RGB_INK, VK_ALIGN_LEFT);
	for (size_t i = 0; i < right_n; i++)
		vk_layout_add_text(l, r->page, VK_ROLE_CONTINUES, it->code,
				   l->chart_x + l->chart_w - 1 - w,
				   r->y + 1 + (double)i * OUTSIDE_LINE, w, OUTSIDE_LINE, right[i],
				   VK_FONT_ITALIC, OUTSIDE_SIZE, VK_RGB_INK, VK_ALIGN_RIGHT);
	free_lines(left, left_n);
	free_lines(right, right_n);
}

double vk_layout_row_mid(const struct vk_lay_row *r)
{
	return r->y + r->top + (r->height - r->top) / 2;
}

bool vk_layout_marker_room(struct vk_lay_row *r, int lines)
{
	if (r->marker_lines >= lines)
		return false;
	r->top += (lines - r->marker_lines) * (VK_MARKER_H + 1);
	r->height += (lines - r->marker_lines) * (VK_MARKER_H + 1);
	r->marker_lines = lines;
	return true;
}

double vk_layout_marker_y(const struct vk_lay_row *r, int line)
{
	return r->y + r->top - (r->marker_lines - line) * (VK_MARKER_H + 1);
}

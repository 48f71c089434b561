/* The roadmap: programmes (and their projects) over time, grouped under headings.
 *
 * Rows: a programme 20 pt high with an 11 pt bar, a project 16 pt with a 9 pt bar,
 * indented 12 pt; phases of one item that overlap go in lanes, and each lane beyond the
 * first makes the row a bar and VK_LANE_GAP taller. The label column is as wide as the widest label
 * needs, at most 30 % of the content width; a longer label is cut with "…" and numbered, its
 * whole text in the legend ("[1] ..."). A row's status mark
 * sits at the left of its label. With opts->programme, only that programme and its projects.
 * What --from/--to leaves off the axis is named at the end it lies beyond, wrapped whole
 * in room at the top of the row (vk_layout_outside_room), never dropped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "layout-int.h"

#define PROGRAMME_H 20.0
#define PROJECT_H   16.0
#define INDENT	    12.0
#define STATUS_W    14.0 /* room for the status mark before a label */
#define LABEL_SIZE  8.5

static enum vk_font label_font(const struct vk_item *it)
{
	return it->kind == VK_PROGRAMME ? VK_FONT_BOLD : VK_FONT_REGULAR;
}

/* The bar height of a row at `depth`: programmes and standalone projects, or projects
 * under their programme. */
static double bar_height(int depth)
{
	return depth == 0 ? 11 : 9;
}

/* The lanes of the item's phases (`lane` may be NULL); several when phases overlap. */
static size_t item_lanes(const struct vk_item *it, size_t *lane)
{
	const struct vk_span **s = vk_xcalloc(it->phases_n + 1, sizeof(*s));
	size_t *tmp = lane ? lane : vk_xcalloc(it->phases_n + 1, sizeof(*tmp)), n;

	for (size_t i = 0; i < it->phases_n; i++)
		s[i] = &it->phases[i];
	n = vk_layout_span_lanes(s, it->phases_n, tmp);
	if (!lane)
		free(tmp);
	free(s);
	return n;
}

/* A row of `it` at `depth`, grown by a lane for each phase that overlaps another. */
static double row_height(const struct vk_item *it, int depth)
{
	return (depth == 0 ? PROGRAMME_H : PROJECT_H) +
	       (double)(item_lanes(it, NULL) - 1) * (bar_height(depth) + VK_LANE_GAP);
}

/* The item whose latest report is the latest of all: its period is the one the marks
 * show; NULL when none has reported. */
static const struct vk_item *shown_period(const struct vk_portfolio *pf)
{
	const struct vk_item *latest = NULL;

	for (size_t i = 0; i < pf->items_n; i++)
		if (pf->items[i].status != VK_COLOUR_NONE &&
		    (!latest || pf->items[i].status_end > latest->status_end))
			latest = &pf->items[i];
	return latest;
}

/* The end of the period the marks show (l->user: shown_period's item, or NULL). */
static int shown_end(const struct vk_lay *l)
{
	const struct vk_item *latest = l->user;

	return latest ? latest->status_end : 0;
}

static void draw_item(struct vk_lay *l, const struct vk_lay_row *r)
{
	const struct vk_item *it = r->data;
	double indent = r->depth * INDENT, cy = vk_layout_row_mid(r);
	double bar_h = bar_height(r->depth);
	size_t *lane = vk_xcalloc(it->phases_n + 1, sizeof(*lane)), lanes = item_lanes(it, lane);
	char *label;

	if (r->shaded)
		vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_BAND, it->code, VK_MARGIN,
				    r->y, l->page_w - 2 * VK_MARGIN, r->height, VK_RGB_BAND,
				    VK_NO_COLOUR);
	/* a report from before the period shown is not this period's status */
	vk_layout_add_status_mark(l, r->page, it->code, it->status, it->status_end < shown_end(l),
				  VK_MARGIN + indent + 5, cy);
	label = vk_layout_row_label(l, r, it->name, label_font(it), LABEL_SIZE,
				    l->label_w - indent - STATUS_W);
	vk_layout_add_text(l, r->page, VK_ROLE_LABEL, it->code, VK_MARGIN + indent + STATUS_W,
			   r->y + r->top, l->label_w - indent - STATUS_W, r->height - r->top, label,
			   label_font(it), LABEL_SIZE, VK_RGB_INK, VK_ALIGN_LEFT);
	free(label);
	for (size_t i = 0; i < it->phases_n; i++)
		vk_layout_add_bar(l, r->page, it->code, &it->phases[i],
				  vk_layout_lane_y(cy, lanes, lane[i], bar_h), bar_h,
				  it->milestones, it->milestones_n);
	free(lane);
	vk_layout_add_milestones(l, r->page, it->code, it->milestones, it->milestones_n, cy);
	/* what --from/--to leaves out of the axis is named at the end it lies beyond (a row
	 * with nothing on the axis too) */
	vk_layout_add_outside(l, r, it);
}

/* The first and last day of an item on a chart: its phases and its milestones; false
 * when it has neither. */
static bool item_extent(const struct vk_item *it, int *start, int *end)
{
	bool any = vk_model_item_span(it, start, end);

	for (size_t k = 0; k < it->milestones_n; k++) {
		int d = it->milestones[k].date;
		if (!any || d < *start)
			*start = d;
		if (!any || d > *end)
			*end = d;
		any = true;
	}
	return any;
}

static const struct vk_lay_row *row_of(const struct vk_lay *l, const char *code)
{
	for (size_t j = 0; j < l->rows_n; j++)
		if (l->rows[j].kind == VK_ROW_ENTRY &&
		    strcmp(((const struct vk_item *)l->rows[j].data)->code, code) == 0)
			return &l->rows[j];
	return NULL;
}

/* What dependencies() does: counts them, makes room for their markers (after pagination,
 * which says which ends are on other pages), or draws them. */
enum deps_mode { DEPS_COUNT, DEPS_ROOM, DEPS_DRAW };

/* The markers placed in one row: their extent and line. */
struct marker_box {
	double x0, x1;
	int line;
};
struct marker_row {
	struct marker_box *b;
	size_t b_n, b_cap;
};

/* The first of the row's marker lines where x0..x1 keeps 4 pt from every marker on it;
 * the box is taken. */
static int marker_line(struct marker_row *mr, double x0, double x1)
{
	int line = 0;

	for (size_t i = 0; i < mr->b_n; i++)
		if (mr->b[i].x0 < x1 + 4 && x0 - 4 < mr->b[i].x1 && mr->b[i].line == line) {
			line++;
			i = (size_t)-1; /* from the first box again, on the next line */
		}
	*VK_PUSH(mr->b) = (struct marker_box){x0, x1, line};
	return line;
}

/* Where the other end of a dependency is, as a marker at this end says it: "← CODE s. 3"
 * (on page 3), "← CODE (utenfor)" (outside the axis), "← CODE (ikke vist)" (not a row of
 * this chart); `out` says the arrow points away from this row. Nothing when the other end
 * is on this page and on the axis (the arrow is drawn). Markers go in lines of their own
 * above the row's bars (vk_layout_marker_room), so they cover no bar, label, milestone or other
 * marker; with DEPS_ROOM, the row is given the line and *grew says so. */
static void dep_marker(struct vk_lay *l, const struct vk_lay_row *r, int day, bool out,
		       const char *code, const struct vk_lay_row *other, bool other_visible,
		       struct marker_row *placed, enum deps_mode mode, bool *grew)
{
	char buf[160];
	double size = 6.5, w, x;
	int line;
	double left = l->chart_x + 1, right = l->chart_x + l->chart_w - 1;
	const char *arrow = out ? "→" : "←", *ref;

	if (!other)
		snprintf(buf, sizeof(buf), "%s %s %s", arrow, code,
			 vk_word(VK_WORD_NOT_SHOWN, l->o->lang));
	else if (other->page != r->page)
		snprintf(buf, sizeof(buf), "%s %s %s %d%s%s", arrow, code,
			 vk_word(VK_WORD_PAGE, l->o->lang), other->page + 1,
			 other_visible ? "" : " ",
			 other_visible ? "" : vk_word(VK_WORD_OUTSIDE, l->o->lang));
	else if (!other_visible)
		snprintf(buf, sizeof(buf), "%s %s %s", arrow, code,
			 vk_word(VK_WORD_OUTSIDE, l->o->lang));
	else
		return;
	w = vk_layout_text_width(l, buf, VK_FONT_ITALIC, size) + 1;
	/* the dependent's marker goes just before its start, the dependency's just after its
	 * end, kept inside the chart */
	if (day < l->axis.from)
		x = left;
	else if (day > l->axis.to)
		x = right - w;
	else if (out)
		x = vk_axis_x(&l->axis, day + 1) + 2;
	else
		x = vk_axis_x(&l->axis, day) - 2 - w;
	if (x + w > right)
		x = right - w;
	if (x < left)
		x = left;
	/* markers of one row that would meet go on a further line */
	line = marker_line(&placed[r - l->rows], x - 1, x + w + 1);
	if (mode == DEPS_ROOM) {
		*grew |= vk_layout_marker_room(&l->rows[r - l->rows], line + 1);
		return;
	}
	ref = ((const struct vk_item *)r->data)->code;
	vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_DEPENDENCY, ref, x - 1,
			    vk_layout_marker_y(r, line), w + 2, VK_MARKER_H, VK_RGB_WHITE,
			    VK_NO_COLOUR);
	vk_layout_add_text(l, r->page, VK_ROLE_DEPENDENCY, ref, x, vk_layout_marker_y(r, line), w,
			   VK_MARKER_H, buf, VK_FONT_ITALIC, size, VK_RGB_DEP, VK_ALIGN_LEFT);
}

/* Every dependency of a row on the chart: an arrow from the end of what it depends on to
 * its start where both are on one page and on the axis; else a marker at each end that is
 * on the chart saying where the other one is. Returns how many there are; with DEPS_ROOM,
 * whether a row grew. */
static size_t dependencies(struct vk_lay *l, enum deps_mode mode)
{
	size_t count = 0;
	bool grew = false;
	/* the markers placed so far in each row */
	struct marker_row *placed = vk_xcalloc(l->rows_n + 1, sizeof(*placed));

	for (size_t i = 0; i < l->rows_n; i++) {
		const struct vk_lay_row *to = &l->rows[i];
		const struct vk_item *it = to->data;
		int s, e;

		if (to->kind != VK_ROW_ENTRY)
			continue;
		count += it->deps_n;
		if (mode == DEPS_COUNT || !it->deps_n)
			continue;
		if (!item_extent(it, &s, &e))
			s = e = l->axis.from - 1; /* nothing dated: said as outside */
		bool to_vis = s >= l->axis.from && s <= l->axis.to;
		for (size_t d = 0; d < it->deps_n; d++) {
			const char *code = it->deps[d].code;
			const struct vk_lay_row *from = row_of(l, code);
			int ds = 0, de = 0;
			bool from_vis = false;
			double x1, y1, x2, y2, xm;

			if (from && item_extent(from->data, &ds, &de))
				from_vis = de >= l->axis.from && de <= l->axis.to;
			(void)ds;
			/* still running when this starts needs only the start on the axis */
			if (!from || from->page != to->page || !to_vis || (de < s && !from_vis))
				goto markers;
			if (mode == DEPS_ROOM)
				continue; /* an arrow: drawn across the rows */
			x2 = vk_axis_x(&l->axis, s);
			y1 = vk_layout_row_mid(from);
			y2 = vk_layout_row_mid(to) + (to->y > from->y ? -3 : 3);
			if (de < s) {
				/* finish to start: out of the end, down, into the start */
				x1 = vk_axis_x(&l->axis, de + 1);
				xm = x1 + (x2 - x1) / 2;
				vk_layout_add_line(l, to->page, VK_ROLE_DEPENDENCY, it->code, x1,
						   y1, xm, y1, VK_RGB_DEP, 0.8, false, false);
			} else if (x2 - 5 >= l->chart_x) {
				/* still running when this starts: a connector just before the
				 * start, from the dependency's row */
				xm = x2 - 5;
			} else {
				/* both at the axis start: straight down into the start */
				double tip =
				    vk_layout_row_mid(to) +
				    (to->y > from->y ? -1 : 1) * (bar_height(to->depth) / 2 + 1);
				vk_layout_add_line(l, to->page, VK_ROLE_DEPENDENCY, it->code,
						   x2 + 4, y1, x2 + 4, tip, VK_RGB_DEP, 0.8, false,
						   true);
				continue;
			}
			vk_layout_add_line(l, to->page, VK_ROLE_DEPENDENCY, it->code, xm, y1, xm,
					   y2, VK_RGB_DEP, 0.8, false, false);
			vk_layout_add_line(l, to->page, VK_ROLE_DEPENDENCY, it->code, xm, y2, x2,
					   y2, VK_RGB_DEP, 0.8, false, true);
			continue;
		markers:
			/* the dependent's row says where what it waits for is, and the
			 * dependency's row where what waits for it is */
			dep_marker(l, to, s, false, code, from, from_vis, placed, mode, &grew);
			if (from)
				dep_marker(l, from, de, true, it->code, to, to_vis, placed, mode,
					   &grew);
		}
	}
	for (size_t i = 0; i < l->rows_n; i++)
		free(placed[i].b);
	free(placed);
	return mode == DEPS_ROOM ? grew : count;
}

static bool dependency_room(struct vk_lay *l)
{
	return dependencies(l, DEPS_ROOM) > 0;
}

static bool is_child(const struct vk_item *it, const struct vk_item *parent)
{
	return it->parent && strcmp(it->parent, parent->code) == 0;
}

/* Adds the row of `it`, then its projects when asked. */
static void add_item_rows(struct vk_lay *l, const struct vk_item *it, const char *group)
{
	struct vk_lay_row *r = vk_layout_add_row(l, VK_ROW_ENTRY, row_height(it, 0));

	r->data = it;
	r->group = group;
	if (!(l->o->projects || l->o->programme) || it->kind != VK_PROGRAMME)
		return;
	for (size_t i = 0; i < l->pf->items_n; i++) {
		if (!is_child(&l->pf->items[i], it))
			continue;
		r = vk_layout_add_row(l, VK_ROW_ENTRY, row_height(&l->pf->items[i], 1));
		r->data = &l->pf->items[i];
		r->depth = 1;
		r->group = group;
	}
}

/* Top-level rows: programmes and standalone projects. */
static bool top_level(const struct vk_item *it)
{
	return it->kind == VK_PROGRAMME || !it->parent;
}

static const char *owner_of(const struct vk_lay *l, const struct vk_item *it)
{
	return it->owner ? it->owner : VK_TR(l->o->lang, "Uten eier", "No owner");
}

/* Sort keys of the top-level rows: (group rank, position); pointers into pf->items. */
struct ranked {
	const struct vk_item *item;
	int rank;
};

static int by_rank(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

/* Orders the top-level items as the grouping says: prioritised ones by priority before
 * the rest, or owners in order of first appearance; file order within a group. */
static void build_rows(struct vk_lay *l)
{
	const struct vk_portfolio *pf = l->pf;
	struct ranked *order = vk_xcalloc(pf->items_n, sizeof(*order));
	size_t n = 0, prioritised = 0;
	const char *group = NULL;

	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		if (!top_level(it) ||
		    (l->o->programme && strcmp(it->code, l->o->programme->code) != 0))
			continue;
		order[n].item = it;
		if (l->o->group == VK_GROUP_PRIORITY) {
			order[n].rank = it->priority ? it->priority : 1 << 30;
			prioritised += it->priority > 0;
		} else if (l->o->group == VK_GROUP_OWNER) {
			/* the rank of an owner is where it first appears */
			size_t k = 0;
			while (strcmp(owner_of(l, order[k].item), owner_of(l, it)) != 0)
				k++;
			order[n].rank = (int)k;
		}
		n++;
	}
	qsort(order, n, sizeof(*order), by_rank);
	for (size_t i = 0; i < n; i++) {
		const char *want = NULL;

		if (l->o->group == VK_GROUP_OWNER)
			want = owner_of(l, order[i].item);
		else if (l->o->group == VK_GROUP_PRIORITY && prioritised > 0 && prioritised < n)
			want = i < prioritised
				   ? VK_TR(l->o->lang, "Prioriterte tiltak", "Prioritised measures")
				   : VK_TR(l->o->lang, "Øvrige programmer og prosjekter",
					   "Other programmes and projects");
		if (want && (!group || strcmp(group, want) != 0)) {
			struct vk_lay_row *h = vk_layout_add_row(l, VK_ROW_HEADING, VK_HEADING_H);
			h->text = vk_xstrdup(want);
			group = h->text;
		}
		add_item_rows(l, order[i].item, group);
	}
	free(order);
}

enum vk_code vk_layout_roadmap(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			       struct vk_scene **out, struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;
	struct vk_lay l = {.pf = pf, .o = opts, .draw_row = draw_item};
	int lo = VK_DATE_NONE, hi = VK_DATE_NONE;
	double widest = 0,
	       content_w = (opts->page == VK_PAGE_A3 ? 1190.55 : 841.89) - 2 * VK_MARGIN;
	char span[64] = "", a[8], b[8];
	size_t programmes = 0, shaded = 0;
	unsigned kinds = 0, colours = 0;
	const struct vk_item *latest = shown_period(pf);
	bool older = false;

	l.user = latest;
	enum vk_code rc;

	*out = NULL;
	if (opts->programme && opts->programme->kind != VK_PROGRAMME)
		return vk_error_set(err, VK_ENOTFOUND,
				    "'%s' is a project; a roadmap narrows to a programme",
				    opts->programme->code);
	build_rows(&l);
	for (size_t i = 0; i < l.rows_n; i++) {
		const struct vk_lay_row *r = &l.rows[i];
		const struct vk_item *it = r->data;
		int s, e;

		if (r->kind != VK_ROW_ENTRY)
			continue;
		if (vk_model_item_span(it, &s, &e)) {
			lo = lo == VK_DATE_NONE || s < lo ? s : lo;
			hi = hi == VK_DATE_NONE || e > hi ? e : hi;
		}
		for (size_t k = 0; k < it->milestones_n; k++) {
			lo = lo == VK_DATE_NONE || it->milestones[k].date < lo
				 ? it->milestones[k].date
				 : lo;
			hi = hi == VK_DATE_NONE || it->milestones[k].date > hi
				 ? it->milestones[k].date
				 : hi;
		}
		double w = r->depth * INDENT + STATUS_W +
			   vk_layout_text_width(&l, it->name, label_font(it), LABEL_SIZE);
		widest = w > widest ? w : widest;
		programmes += it->kind == VK_PROGRAMME;
		colours |= 1u << it->status;
		older |= it->status != VK_COLOUR_NONE && it->status_end < latest->status_end;
		for (size_t k = 0; k < it->milestones_n; k++)
			kinds |= 1u << it->milestones[k].kind;
		/* alternate shading of top-level rows, projects share their programme's */
		if (r->depth == 0)
			shaded++;
		l.rows[i].shaded = shaded % 2 == 0;
	}
	l.label_w = widest + 4 < 0.30 * content_w ? widest + 4 : 0.30 * content_w;
	if (l.label_w < 120)
		l.label_w = 120;
	vk_layout_choose_span(&l, lo, hi);
	/* what --from/--to leaves out of the axis is named in the row, above its bars */
	for (size_t i = 0; i < l.rows_n && l.has_axis; i++)
		if (l.rows[i].kind == VK_ROW_ENTRY)
			vk_layout_outside_room(&l, &l.rows[i], l.rows[i].data);
	l.title = vk_xstrdup(pf->title ? pf->title
				       : VK_TR(l.o->lang, "Nasjonal e-helseportefølje",
					       "National e-health portfolio"));
	if (l.has_axis) {
		int ya, yb;
		vk_date_to_ymd(l.axis.from, &ya, NULL, NULL);
		vk_date_to_ymd(l.axis.to, &yb, NULL, NULL);
		snprintf(a, sizeof(a), "%d", ya);
		snprintf(b, sizeof(b), "%d", yb);
		snprintf(span, sizeof(span), ya == yb ? "%s" : "%s–%s", a, b);
	}
	if (opts->programme)
		l.subtitle = vk_xasprintf(VK_TR(l.o->lang, "Veikart %s · %s", "Roadmap %s · %s"),
					  span, opts->programme->name);
	else
		l.subtitle = vk_xasprintf(
		    VK_TR(l.o->lang, "Veikart %s · %zu programmer", "Roadmap %s · %zu programmes"),
		    span, programmes);
	l.empty_note = vk_xstrdup(VK_TR(l.o->lang, "Ingen programmer eller prosjekter å vise",
					"No programmes or projects to show"));
	vk_layout_add_standard_legend(&l, kinds, colours & ~(1u << VK_COLOUR_NONE),
				      latest ? latest->status_period : NULL, older);
	if (opts->deps && l.has_axis && dependencies(&l, DEPS_COUNT) > 0) {
		vk_layout_add_legend(&l, VK_SHAPE_LINE, VK_NO_COLOUR, VK_RGB_DEP, false, 12,
				     VK_TR(l.o->lang,
					   "Avhengighet (← KODE s. N: den andre enden på side N)",
					   "Dependency (← CODE p. N: the other end is on page N)"));
		l.legend[l.legend_n - 1].arrow = true;
	}
	/* a label cut to the column is whole in the legend */
	for (size_t i = 0; i < l.rows_n; i++) {
		struct vk_lay_row *r = &l.rows[i];
		const struct vk_item *it = r->data;
		if (r->kind == VK_ROW_ENTRY)
			vk_layout_note_label(&l, r, it->name, label_font(it), LABEL_SIZE,
					     l.label_w - r->depth * INDENT - STATUS_W);
	}
	if (opts->deps && l.has_axis)
		l.regrow = dependency_room;
	if ((rc = vk_layout_finish(&l, out, err)) == VK_OK && opts->deps && l.has_axis) {
		l.scene = *out;
		dependencies(&l, DEPS_DRAW);
		l.scene = NULL;
	}
	vk_layout_clear(&l);
	return rc;
}

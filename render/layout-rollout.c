/* The rollout of one programme by helseforetaksområde: the programme's own phases and
 * milestones on top, then one lane per region with a row per area. Every area appears;
 * one with nothing planned says so. A region's heading counts, at the status date, how
 * many of its areas are in each phase ("2 av 4 områder i innføring").
 *
 * Rows: programme 22 pt with a 12 pt bar, area 16 pt with a 9 pt bar, so the 19
 * areas fit one A4 page; phases that overlap go in lanes, each lane beyond the first
 * making the row a bar and VK_LANE_GAP taller. The axis spans all the programme has: its rollout,
 * its own phases and its milestones; with --from/--to, phases are clipped and marked as going
 * on, and phases and milestones wholly outside are named at the axis end they lie beyond,
 * wrapped whole above the programme's bars (vk_layout_outside_room). A project, or a programme
 * with no rollout, is refused: there is nothing to draw. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "layout-int.h"

#define PROGRAMME_H 22.0
#define AREA_H	    16.0
#define LABEL_SIZE  8.5

#define PROGRAMME_BAR 12.0
#define AREA_BAR      9.0

/* The spans of the programme's own phases (area NULL) or of its rollout in `area`, with
 * their lanes in *lane when it is not NULL; the number of lanes. *s is the caller's to
 * free. */
static size_t lanes_of(const struct vk_item *p, const char *area, const struct vk_span ***s,
		       size_t *n, size_t **lane)
{
	size_t lanes, *tmp;

	*s = vk_xcalloc(p->phases_n + p->rollouts_n + 1, sizeof(**s));
	*n = 0;
	if (!area)
		for (size_t i = 0; i < p->phases_n; i++)
			(*s)[(*n)++] = &p->phases[i];
	else
		for (size_t i = 0; i < p->rollouts_n; i++)
			if (strcmp(p->rollouts[i].area, area) == 0)
				(*s)[(*n)++] = &p->rollouts[i].span;
	tmp = vk_xcalloc(*n + 1, sizeof(*tmp));
	lanes = vk_layout_span_lanes(*s, *n, tmp);
	if (lane)
		*lane = tmp;
	else
		free(tmp);
	return lanes;
}

/* The height of the programme's row (area NULL) or of an area's row. */
static double lane_height(const struct vk_item *p, const char *area)
{
	const struct vk_span **s;
	size_t n, lanes = lanes_of(p, area, &s, &n, NULL);

	free(s);
	return area ? AREA_H + (double)(lanes - 1) * (AREA_BAR + VK_LANE_GAP)
		    : PROGRAMME_H + (double)(lanes - 1) * (PROGRAMME_BAR + VK_LANE_GAP);
}

/* The bars of the programme's phases or of an area's rollout, in lanes; false when
 * there are none. */
static bool add_bars(struct vk_lay *l, const struct vk_lay_row *r, const struct vk_item *p,
		     const char *area, const char *ref, double bar_h)
{
	const struct vk_span **s;
	size_t n, *lane, lanes = lanes_of(p, area, &s, &n, &lane);
	double cy = vk_layout_row_mid(r);

	for (size_t i = 0; i < n; i++)
		vk_layout_add_bar(l, r->page, ref, s[i],
				  vk_layout_lane_y(cy, lanes, lane[i], bar_h), bar_h,
				  area ? NULL : p->milestones, area ? 0 : p->milestones_n);
	free(lane);
	free(s);
	return n > 0;
}

static void draw_programme(struct vk_lay *l, const struct vk_lay_row *r, const struct vk_item *p)
{
	double cy = vk_layout_row_mid(r);

	vk_layout_add_text(l, r->page, VK_ROLE_LABEL, p->code, VK_MARGIN, r->y + r->top, l->label_w,
			   r->height - r->top, p->name, VK_FONT_BOLD, 9, VK_RGB_INK, VK_ALIGN_LEFT);
	add_bars(l, r, p, NULL, p->code, PROGRAMME_BAR);
	vk_layout_add_milestones(l, r->page, p->code, p->milestones, p->milestones_n, cy);
	/* what --from/--to leaves out of the axis is named, not dropped */
	vk_layout_add_outside(l, r, p);
}

/* The programme whose rollout is drawn: the first entry row's data. */
static const struct vk_item *programme_of(const struct vk_lay *l)
{
	return l->rows[0].data;
}

static void draw_row(struct vk_lay *l, const struct vk_lay_row *r)
{
	const struct vk_item *p = programme_of(l);
	const struct vk_area *a;
	bool planned;
	char *label;

	if (r->data == p) {
		draw_programme(l, r, p);
		return;
	}
	a = r->data;
	if (r->shaded)
		vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_BAND, a->code, VK_MARGIN,
				    r->y, l->page_w - 2 * VK_MARGIN, r->height, VK_RGB_BAND,
				    VK_NO_COLOUR);
	label = vk_layout_row_label(l, r, a->name, VK_FONT_REGULAR, LABEL_SIZE, l->label_w - 12);
	vk_layout_add_text(l, r->page, VK_ROLE_LABEL, a->code, VK_MARGIN + 12, r->y,
			   l->label_w - 12, r->height, label, VK_FONT_REGULAR, LABEL_SIZE,
			   VK_RGB_INK, VK_ALIGN_LEFT);
	free(label);
	size_t before = l->scene->prims_n;
	planned = add_bars(l, r, p, a->code, a->code, AREA_BAR);
	if (planned && l->scene->prims_n == before)
		/* planned, but all of it beyond --from/--to */
		vk_layout_add_text(l, r->page, VK_ROLE_NOTE, a->code, l->chart_x + 6, r->y,
				   l->chart_w - 12, r->height,
				   VK_TR(l->o->lang, "utenfor perioden", "outside the period"),
				   VK_FONT_ITALIC, 8, VK_RGB_MUTED, VK_ALIGN_LEFT);
	else if (!planned)
		vk_layout_add_text(l, r->page, VK_ROLE_NOTE, a->code, l->chart_x + 6, r->y,
				   l->chart_w - 12, r->height,
				   VK_TR(l->o->lang, "ikke planlagt", "not planned"),
				   VK_FONT_ITALIC, 8, VK_RGB_MUTED, VK_ALIGN_LEFT);
}

/* The phase area `area` is in on `date`, or NULL. */
static const char *phase_at(const struct vk_item *p, const char *area, int date)
{
	for (size_t i = 0; i < p->rollouts_n; i++) {
		const struct vk_rollout *r = &p->rollouts[i];
		if (strcmp(r->area, area) == 0 && r->span.start <= date && date <= r->span.end)
			return r->span.phase;
	}
	return NULL;
}

/* "2 av 4 områder i innføring, 1 i utprøving" for the areas of `region` at the status
 * date, phases in life-cycle order; "0 av 4 områder i gang" when none is in any phase
 * then, "ikke planlagt" when the programme plans nothing in the region. */
static char *region_summary(const struct vk_lay *l, const struct vk_item *p, const char *region)
{
	const struct vk_portfolio *pf = l->pf;
	char buf[256] = "";
	size_t areas = 0, planned = 0, used = 0;

	for (size_t a = 0; a < pf->areas_n; a++) {
		if (strcmp(pf->areas[a].region, region) != 0)
			continue;
		areas++;
		for (size_t i = 0; i < p->rollouts_n; i++)
			if (strcmp(p->rollouts[i].area, pf->areas[a].code) == 0) {
				planned++;
				break;
			}
	}
	if (planned == 0)
		return vk_xstrdup(VK_TR(l->o->lang, "ikke planlagt", "not planned"));
	for (size_t k = 0; k < pf->phases_n; k++) {
		size_t n = 0;
		for (size_t a = 0; a < pf->areas_n; a++) {
			const char *ph;
			if (strcmp(pf->areas[a].region, region) != 0)
				continue;
			ph = phase_at(p, pf->areas[a].code, l->o->status_date);
			n += ph && strcmp(ph, pf->phases[k].code) == 0;
		}
		if (n == 0)
			continue;
		char name[64];
		snprintf(name, sizeof(name), "%s", vk_layout_phase_label(l, &pf->phases[k]));
		for (char *c = name; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		if (used == 0)
			used += (size_t)snprintf(
			    buf, sizeof(buf),
			    VK_TR(l->o->lang, "%zu av %zu områder i %s", "%zu of %zu areas in %s"),
			    n, areas, name);
		else if (used < sizeof(buf))
			used += (size_t)snprintf(buf + used, sizeof(buf) - used,
						 VK_TR(l->o->lang, ", %zu i %s", ", %zu in %s"), n,
						 name);
	}
	if (used == 0)
		snprintf(buf, sizeof(buf),
			 VK_TR(l->o->lang, "0 av %zu områder i gang", "0 of %zu areas under way"),
			 areas);
	return vk_xstrdup(buf);
}

enum vk_code vk_layout_rollout(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			       struct vk_scene **out, struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;
	struct vk_lay l = {.pf = pf, .o = opts, .draw_row = draw_row};
	const struct vk_item *p = opts->programme;
	char **asides = NULL;
	double widest, content_w = (opts->page == VK_PAGE_A3 ? 1190.55 : 841.89) - 2 * VK_MARGIN;
	int lo = VK_DATE_NONE, hi = VK_DATE_NONE;
	char date[32];
	unsigned kinds = 0;
	struct vk_lay_row *r;
	enum vk_code rc;

	*out = NULL;
	if (!p)
		return vk_error_set(err, VK_ENOTFOUND, "a rollout chart needs a programme");
	/* a chart of "ikke planlagt" everywhere would say the plan is empty */
	if (p->kind != VK_PROGRAMME)
		return vk_error_set(err, VK_ENOTFOUND,
				    "'%s' is a project; a rollout is planned for a programme",
				    p->code);
	if (p->rollouts_n == 0)
		return vk_error_set(err, VK_ENOTFOUND,
				    "programme '%s' has no rollout planned (no area has a phase)",
				    p->code);
	r = vk_layout_add_row(&l, VK_ROW_ENTRY, lane_height(p, NULL));
	r->data = p;
	/* the column fits the area names; the programme's name is in the title */
	widest = 0;
	asides = vk_xcalloc(pf->regions_n + 1, sizeof(*asides));
	for (size_t g = 0; g < pf->regions_n; g++) {
		struct vk_lay_row *h = vk_layout_add_row(&l, VK_ROW_HEADING, VK_HEADING_H);
		const char *group = h->text = vk_xstrdup(pf->regions[g].name);
		size_t shade = 0;

		/* `h` is not used below: adding rows may move it */
		if (opts->status_date != VK_DATE_NONE)
			h->aside = asides[g] = region_summary(&l, p, pf->regions[g].code);
		for (size_t a = 0; a < pf->areas_n; a++) {
			double w;
			if (strcmp(pf->areas[a].region, pf->regions[g].code) != 0)
				continue;
			r = vk_layout_add_row(&l, VK_ROW_ENTRY, lane_height(p, pf->areas[a].code));
			r->data = &pf->areas[a];
			r->group = group;
			r->shaded = shade++ % 2 == 1;
			w = 12 + vk_layout_text_width(&l, pf->areas[a].name, VK_FONT_REGULAR,
						      LABEL_SIZE);
			widest = w > widest ? w : widest;
		}
	}
	l.label_w = widest + 6 < 0.30 * content_w ? widest + 6 : 0.30 * content_w;
	if (l.label_w < 120)
		l.label_w = 120;
	/* the axis spans all the programme has: its rollout, its own phases and milestones */
	for (size_t i = 0; i < p->rollouts_n + p->phases_n; i++) {
		const struct vk_span *s =
		    i < p->rollouts_n ? &p->rollouts[i].span : &p->phases[i - p->rollouts_n];
		lo = lo == VK_DATE_NONE || s->start < lo ? s->start : lo;
		hi = hi == VK_DATE_NONE || s->end > hi ? s->end : hi;
	}
	for (size_t k = 0; k < p->milestones_n; k++) {
		int d = p->milestones[k].date;
		lo = lo == VK_DATE_NONE || d < lo ? d : lo;
		hi = hi == VK_DATE_NONE || d > hi ? d : hi;
	}
	vk_layout_choose_span(&l, lo, hi);
	if (l.has_axis)
		vk_layout_outside_room(&l, &l.rows[0], p);
	l.title = vk_xstrdup(p->name);
	if (opts->status_date != VK_DATE_NONE) {
		vk_layout_human_date(&l, opts->status_date, date, sizeof(date));
		l.subtitle = vk_xasprintf(
		    VK_TR(
			l.o->lang,
			"Innføring per helseforetaksområde · %zu områder i %zu regioner · tall per "
			"%s",
			"Rollout by health trust area · %zu areas in %zu regions · counts as of "
			"%s"),
		    pf->areas_n, pf->regions_n, date);
	} else {
		l.subtitle = vk_xasprintf(
		    VK_TR(l.o->lang,
			  "Innføring per helseforetaksområde · %zu områder i %zu regioner",
			  "Rollout by health trust area · %zu areas in %zu regions"),
		    pf->areas_n, pf->regions_n);
	}
	for (size_t k = 0; k < p->milestones_n; k++)
		kinds |= 1u << p->milestones[k].kind;
	vk_layout_add_standard_legend(&l, kinds, 0, NULL, false);
	/* an area's name cut to the column is whole in the legend (the programme's is the
	 * title, which wraps) */
	for (size_t i = 1; i < l.rows_n; i++)
		if (l.rows[i].kind == VK_ROW_ENTRY)
			vk_layout_note_label(&l, &l.rows[i],
					     ((const struct vk_area *)l.rows[i].data)->name,
					     VK_FONT_REGULAR, LABEL_SIZE, l.label_w - 12);
	rc = vk_layout_finish(&l, out, err);
	vk_layout_clear(&l);
	for (size_t g = 0; g < pf->regions_n; g++)
		free(asides[g]);
	free(asides);
	return rc;
}

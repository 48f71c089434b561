/* Roadmap marks with the fake measure: dependency arrows and markers keep clear of bars and
 * names, milestones stay whole, overlaps stack in lanes, rollouts count every area. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "layout-helpers.h"

START_TEST(dependency_starting_at_the_axis_start_is_drawn)
{
	/* both start on 1 January, the axis start: the arrow goes straight down into B */
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, phases: [{phase: behov, start: 2024, end: 2024}]}\n"
	    "  - {code: B, name: B, depends_on: [A], phases: [{phase: behov, start: 2024, end: "
	    "2025}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *arrow, *bar, *a;
	bool legend;

	o.deps = true;
	s = roadmap(pf, &o);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_DEPENDENCY, -1), 1);
	arrow = vk_scene_find(s, VK_ROLE_DEPENDENCY, "B", 0);
	bar = vk_scene_find(s, VK_ROLE_BAR, "B", 0);
	a = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	ck_assert(arrow->arrow);
	ck_assert_double_eq_tol(arrow->x, bar->x + 4, 1e-9);
	ck_assert_double_eq_tol(arrow->w, 0, 1e-9);
	ck_assert_double_eq_tol(arrow->y, a->y + a->h / 2, 1e-9);
	ck_assert_double_eq_tol(arrow->y + arrow->h, bar->y - 1, 1e-9);
	/* and the legend names the arrows */
	legend = false;
	for (size_t i = 0; i < s->prims_n; i++)
		legend |= s->prims[i].role == VK_ROLE_LEGEND && s->prims[i].text &&
			  strncmp(s->prims[i].text, "Avhengighet", 11) == 0;
	ck_assert(legend);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(dependency_with_an_end_outside_the_axis_is_said)
{
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, phases: [{phase: behov, start: 2023, end: 2023}]}\n"
	    "  - {code: B, name: B, depends_on: [A], phases: [{phase: behov, start: 2025, end: "
	    "2025}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *m, *bar;

	o.deps = true;
	o.from = day("2025-01-01");
	s = roadmap(pf, &o);
	m = role_text(s, VK_ROLE_DEPENDENCY, "B", "← A (utenfor)");
	ck_assert_ptr_nonnull(m);
	bar = vk_scene_find(s, VK_ROLE_BAR, "B", 0);
	/* at the chart's left edge, where B starts */
	ck_assert_double_eq_tol(m->x, bar->x + 1, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

/* Every dependency marker (its box and its text) meets no bar, bar name, label, status
 * mark, milestone or "goes on" mark on its page; returns how many markers there are. */
static size_t markers_cover_nothing(const struct vk_scene *s)
{
	size_t markers = 0;

	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *m = &s->prims[i];
		if (m->role != VK_ROLE_DEPENDENCY || m->arrow || m->w == 0 || m->h == 0)
			continue;
		markers += m->text != NULL;
		for (size_t j = 0; j < s->prims_n; j++) {
			const struct vk_prim *o = &s->prims[j];
			/* nor another marker's text */
			if (m->text && j != i && o->page == m->page && o->text &&
			    o->role == VK_ROLE_DEPENDENCY)
				ck_assert_msg(!boxes_meet(m, o), "marker '%s' meets marker '%s'",
					      m->text, o->text);
			if (o->page != m->page ||
			    (o->role != VK_ROLE_BAR && o->role != VK_ROLE_LABEL &&
			     o->role != VK_ROLE_STATUS && o->role != VK_ROLE_MILESTONE &&
			     o->role != VK_ROLE_CONTINUES))
				continue;
			ck_assert_msg(!boxes_meet(m, o),
				      "marker '%s' (%g,%g %gx%g) meets %s '%s' (%g,%g %gx%g)",
				      m->text ? m->text : "(box)", m->x, m->y, m->w, m->h,
				      o->ref ? o->ref : "", o->text ? o->text : "", o->x, o->y,
				      o->w, o->h);
		}
	}
	return markers;
}

START_TEST(dependency_marker_covers_nothing)
{
	/* A-1 depends on B-1, which --programme A leaves off the chart: "← B-1 (ikke vist)"
	 * goes above A-1's bar, which keeps its name, and its milestone at the start */
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - code: A\n    name: Programme A\n"
	    "    phases: [{phase: planlegging, start: 2025-Q3, end: 2026-Q2}]\n"
	    "    projects:\n"
	    "      - {code: A-1, name: Project A-1, depends_on: [B-1], phases: [{phase: "
	    "utproving, start: 2025-Q1, end: 2026-Q1}], milestones: [{name: M, kind: goal, date: "
	    "2025-01-20}]}\n"
	    "      - {code: A-2, name: Project A-2, phases: [{phase: utproving, start: 2025-Q1, "
	    "end: 2026-Q1}]}\n"
	    "  - code: B\n    name: Programme B\n"
	    "    projects:\n"
	    "      - {code: B-1, name: Project B-1, phases: [{phase: utproving, start: 2025-Q1, "
	    "end: 2025-Q4}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *m, *bar, *label;

	o.deps = true;
	o.programme = vk_model_item(pf, "A");
	s = roadmap(pf, &o);
	m = role_text(s, VK_ROLE_DEPENDENCY, "A-1", "← B-1 (ikke vist)");
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(markers_cover_nothing(s), 1);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A-1", 0);
	label = vk_scene_find(s, VK_ROLE_LABEL, "A-1", 0);
	/* above the bar, in A-1's row (below the row before it), at the bar's start */
	ck_assert(m->y + m->h <= bar->y);
	ck_assert(m->y >= vk_scene_find(s, VK_ROLE_LABEL, "A", 0)->y +
			      vk_scene_find(s, VK_ROLE_LABEL, "A", 0)->h);
	ck_assert(m->y + m->h <= label->y + 1e-9);
	ck_assert(m->x <= bar->x + 2);
	/* the bar keeps its phase name, as A-2's */
	ck_assert_ptr_nonnull(role_text(s, VK_ROLE_BAR, "A-1", "Utprøving"));
	ck_assert_ptr_nonnull(role_text(s, VK_ROLE_BAR, "A-2", "Utprøving"));
	/* and a row without markers is as before: A-2 as high as a project row */
	label = vk_scene_find(s, VK_ROLE_LABEL, "A-2", 0);
	ck_assert_double_eq_tol(label->h, 16, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(dependency_markers_across_pages_cover_nothing)
{
	/* P59 depends on P0, pages apart: each end's row gets a line for its marker, and the
	 * room it takes may move rows to other pages, which is laid out again */
	size_t size = 8192, used;
	char *yaml = vk_xmalloc(size);
	struct vk_portfolio *pf;
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *in, *out;

	used = (size_t)snprintf(yaml, size, "veikart: 1\nprogrammes:\n");
	for (int i = 0; i < 60; i++)
		used += (size_t)snprintf(yaml + used, size - used,
					 "  - {code: P%d, name: Program %d,%s phases: [{phase: "
					 "innforing, start: 2024-Q%d, end: 2025}]}\n",
					 i, i, i == 59 || i == 20 ? " depends_on: [P0]," : "",
					 1 + i % 4);
	pf = portfolio(yaml);
	free(yaml);
	o.deps = true;
	s = roadmap(pf, &o);
	ck_assert_int_gt(s->pages, 2);
	in = role_text(s, VK_ROLE_DEPENDENCY, "P59", "← P0 s. 1");
	ck_assert_ptr_nonnull(in);
	out = role_text(s, VK_ROLE_DEPENDENCY, "P0", "→ P59 s. ");
	ck_assert_ptr_nonnull(out);
	ck_assert_int_eq(out->page, 0);
	/* P0's two markers both end at the chart's right edge: one above the other */
	ck_assert_ptr_nonnull(role_text(s, VK_ROLE_DEPENDENCY, "P0", "→ P20 s. 2"));
	ck_assert_int_eq(in->page, s->pages - 1);
	ck_assert_uint_ge(markers_cover_nothing(s), 3);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(status_line_strikes_no_outside_text)
{
	/* A's phase of 2023 lies before the axis: named at the left end of A's row, where the
	 * status date of 10 January 2025 runs down */
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: A, phases: [{phase: behov, start: 2023, end: 2023}]}\n"
		      "  - {code: B, name: B, phases: [{phase: behov, start: 2025, end: 2025}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *t, *line;
	double reach = 0;

	o.from = day("2025-01-01");
	o.status_date = day("2025-01-10");
	s = roadmap(pf, &o);
	t = role_text(s, VK_ROLE_CONTINUES, "A", "◂ Behov");
	ck_assert_ptr_nonnull(t);
	for (size_t i = 0; (line = vk_scene_find(s, VK_ROLE_STATUS_DATE, NULL, i)); i++) {
		if (line->shape != VK_SHAPE_LINE)
			continue;
		ck_assert_msg(!boxes_meet(line, t), "the line %g..%g crosses '%s'", line->y,
			      line->y + line->h, t->text);
		reach = line->y + line->h > reach ? line->y + line->h : reach;
	}
	/* and it still runs down to B's row */
	ck_assert(reach >= vk_scene_find(s, VK_ROLE_BAR, "B", 0)->y);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(milestones_stay_whole_and_apart_from_bar_names)
{
	/* a goal on the axis's last day, a decision on the bar's fifth day */
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, phases: [{phase: utproving, start: 2025, end: 2025}], "
	    "milestones: [{name: G, kind: goal, date: 2025-12-31}, {name: D, kind: decision, "
	    "date: 2025-01-05}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *bar, *goal, *decision, *name;

	s = roadmap(pf, &o);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	goal = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 0);
	decision = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 1);
	name = role_text(s, VK_ROLE_BAR, "A", "Utprøving");
	ck_assert_ptr_nonnull(name);
	/* the bar ends at the chart's right edge: the goal's diamond is inside it */
	ck_assert(goal->x + goal->w <= bar->x + bar->w + 1e-9);
	ck_assert(decision->x >= bar->x - 1e-9);
	/* the name begins 3 pt after the decision's diamond */
	ck_assert_msg(name->x >= decision->x + decision->w + 3 - 1e-9, "name at %g, diamond to %g",
		      name->x, decision->x + decision->w);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(rollout_shows_every_area_and_counts_per_region)
{
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n  - code: PLL\n    name: Pasientens legemiddelliste\n"
	    "    rollout:\n"
	    "      - {area: bergen, phases: [{phase: utproving, start: 2023, end: 2023}, "
	    "{phase: innforing, start: 2024, end: 2024}]}\n"
	    "      - {area: forde, phases: [{phase: innforing, start: 2024-Q2, end: 2025}]}\n"
	    "      - {area: stolav, phases: [{phase: innforing, start: 2026, end: 2026}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = NULL;
	struct vk_error err;

	o.programme = vk_model_item(pf, "PLL");
	o.status_date = day("2024-05-31");
	ck_assert_int_eq(vk_layout_rollout(&(struct vk_chart_data){.pf = pf}, &o, &s, &err), VK_OK);
	ck_assert_int_eq(s->pages, 1);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_LABEL, -1), 20); /* programme + 19 areas */
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_NOTE, -1), 16);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_NOTE, "stavanger", 0)->text, "ikke planlagt");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_SUMMARY, "Helse Vest RHF", 0)->text,
			 "2 av 4 områder i innføring");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_SUMMARY, "Helse Midt-Norge RHF", 0)->text,
			 "0 av 3 områder i gang");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_SUMMARY, "Helse Nord RHF", 0)->text,
			 "ikke planlagt");
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_HEADING, -1), 4);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_TITLE, NULL, 0)->text,
			 "Pasientens legemiddelliste");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_SUBTITLE, NULL, 0)->text,
			 "Innføring per helseforetaksområde · 19 områder i 4 regioner · tall per "
			 "31.05.2024");
	vk_scene_free(s);
	o.programme = vk_model_item(pf, "FINNES-IKKE");
	ck_assert_int_eq(vk_layout_rollout(&(struct vk_chart_data){.pf = pf}, &o, &s, &err),
			 VK_ENOTFOUND);
	ck_assert_ptr_null(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(overlapping_phases_stack_in_lanes_of_a_taller_row)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n  - code: A\n    name: A\n"
		      "    phases: [{phase: innforing, start: 2024, end: 2025},"
		      " {phase: forvaltning, start: 2024-H2, end: 2024},"
		      " {phase: behov, start: 2025-Q2, end: 2025-Q3}]\n"
		      "  - {code: B, name: B, phases: [{phase: behov, start: 2024, end: 2024}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *a, *b, *inn, *forv, *behov;
	double x0 = 164, w = 841.89 - 30 - 164;

	o.from = day("2024-01-01");
	o.to = day("2025-12-31");
	s = roadmap(pf, &o);
	a = vk_scene_find(s, VK_ROLE_LABEL, "A", 0);
	b = vk_scene_find(s, VK_ROLE_LABEL, "B", 0);
	/* two lanes (forvaltning and behov share the second): 20 + 11 + 2 */
	ck_assert_double_eq_tol(a->h, 33, 1e-9);
	ck_assert_double_eq_tol(b->y, a->y + 33, 1e-9);
	ck_assert_double_eq_tol(b->h, 20, 1e-9);
	inn = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	ck_assert_int_eq(inn->shape, VK_SHAPE_RECT);
	ck_assert_double_eq_tol(inn->y, a->y + 4.5, 1e-9);
	ck_assert_double_eq_tol(inn->h, 11, 1e-9);
	ck_assert_double_eq_tol(inn->x, x0, 1e-9);
	ck_assert_double_eq_tol(inn->w, w, 1e-9);
	forv = behov = NULL;
	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *p = &s->prims[i];
		if (p->role != VK_ROLE_BAR || p->shape != VK_SHAPE_RECT || strcmp(p->ref, "A") != 0)
			continue;
		if (p->y > inn->y && !forv)
			forv = p;
		else if (p->y > inn->y)
			behov = p;
	}
	ck_assert_ptr_nonnull(forv);
	ck_assert_ptr_nonnull(behov);
	ck_assert_double_eq_tol(forv->y, a->y + 4.5 + 13, 1e-9);
	ck_assert_double_eq_tol(behov->y, forv->y, 1e-9);
	ck_assert_double_eq_tol(forv->x, x0 + 182 * w / 731, 1e-9);
	ck_assert_double_eq_tol(behov->x, x0 + (366 + 90) * w / 731, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(milestones_on_one_date_are_set_side_by_side)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n  - code: A\n    name: A\n    milestones:\n"
		      "      - {date: 2024-06-01, name: d, kind: decision}\n"
		      "      - {date: 2024-06-01, name: l, kind: delivery}\n"
		      "      - {date: 2025-06-01, name: g, kind: goal}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *d, *l, *g;
	double x0 = 164, w = 841.89 - 30 - 164, at = x0 + 152.5 * w / 731;

	o.from = day("2024-01-01");
	o.to = day("2025-12-31");
	s = roadmap(pf, &o);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_MILESTONE, -1), 3);
	d = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 0);
	l = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 1);
	g = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 2);
	/* 10 and 8 wide, 1 apart, centred on the date between them */
	ck_assert_double_eq_tol(d->x, at - 10, 1e-9);
	ck_assert_double_eq_tol(d->w, 10, 1e-9);
	ck_assert_double_eq_tol(l->x, at + 1, 1e-9);
	ck_assert_double_eq_tol(l->w, 8, 1e-9);
	/* a milestone alone stays on its date */
	ck_assert_double_eq_tol(g->x + 4, x0 + (366 + 151.5) * w / 731, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(rollout_overlaps_stack_in_lanes)
{
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n  - code: PLL\n    name: PLL\n"
	    "    phases: [{phase: innforing, start: 2023, end: 2025},"
	    " {phase: utproving, start: 2023, end: 2023}]\n"
	    "    rollout:\n"
	    "      - {area: bergen, phases: [{phase: utproving, start: 2023, end: 2024}, "
	    "{phase: innforing, start: 2024, end: 2025}]}\n"
	    "      - {area: forde, phases: [{phase: innforing, start: 2024, end: 2025}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = NULL;
	struct vk_error err;
	const struct vk_prim *prog, *bergen, *forde, *b0, *b1;

	o.programme = vk_model_item(pf, "PLL");
	ck_assert_int_eq(vk_layout_rollout(&(struct vk_chart_data){.pf = pf}, &o, &s, &err), VK_OK);
	prog = vk_scene_find(s, VK_ROLE_LABEL, "PLL", 0);
	ck_assert_double_eq_tol(prog->h, 22 + 12 + 2, 1e-9);
	bergen = vk_scene_find(s, VK_ROLE_LABEL, "bergen", 0);
	forde = vk_scene_find(s, VK_ROLE_LABEL, "forde", 0);
	ck_assert_double_eq_tol(bergen->h, 16 + 9 + 2, 1e-9);
	ck_assert_double_eq_tol(forde->h, 16, 1e-9);
	b0 = vk_scene_find(s, VK_ROLE_BAR, "bergen", 0);
	ck_assert_double_eq_tol(b0->y, bergen->y + (27 - 20) / 2.0, 1e-9);
	for (size_t n = 1; (b1 = vk_scene_find(s, VK_ROLE_BAR, "bergen", n)); n++)
		if (b1->shape == VK_SHAPE_RECT)
			break;
	ck_assert_ptr_nonnull(b1);
	ck_assert_double_eq_tol(b1->y, b0->y + 11, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(status_from_an_older_period_is_hollow)
{
	struct vk_portfolio *pf = portfolio("veikart: 1\nprogrammes:\n"
					    "  - {code: N, name: N}\n  - {code: O, name: O}\n");
	struct vk_layout_opts o = opts();
	struct vk_item *n = vk_model_item_mut(pf, "N"), *old = vk_model_item_mut(pf, "O");
	struct vk_scene *s;
	const struct vk_prim *mn, *mo;
	bool named = false, explained = false;

	n->status = VK_ROD;
	snprintf(n->status_period, sizeof(n->status_period), "2024-T2");
	n->status_end = day("2024-08-31");
	old->status = VK_ROD;
	snprintf(old->status_period, sizeof(old->status_period), "2024-T1");
	old->status_end = day("2024-04-30");
	s = roadmap(pf, &o);
	mn = vk_scene_find(s, VK_ROLE_STATUS, "N", 0);
	mo = vk_scene_find(s, VK_ROLE_STATUS, "O", 0);
	ck_assert_uint_eq(mn->fill, 0xC62828);
	ck_assert_uint_eq(mn->stroke, VK_NO_COLOUR);
	ck_assert_uint_eq(mo->fill, 0xFFFFFF);
	ck_assert_uint_eq(mo->stroke, 0xC62828);
	ck_assert_int_eq(mo->shape, VK_SHAPE_RECT);
	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *p = &s->prims[i];
		if (p->role != VK_ROLE_LEGEND || p->shape != VK_SHAPE_TEXT)
			continue;
		named |= strcmp(p->text, "Status 2024-T2:") == 0;
		explained |= strcmp(p->text, "Hul: siste rapport før 2024-T2") == 0;
	}
	ck_assert(named);
	ck_assert(explained);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(english_words_with_lang_en)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: A, rollout: [{area: bergen, phases: "
		      "[{phase: innforing, start: 2024, end: 2024}]}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = NULL;
	struct vk_error err;

	o.lang = VK_LANG_EN;
	o.programme = vk_model_item(pf, "A");
	o.status_date = day("2024-05-31");
	ck_assert_int_eq(vk_layout_rollout(&(struct vk_chart_data){.pf = pf}, &o, &s, &err), VK_OK);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_NOTE, "forde", 0)->text, "not planned");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_FOOTER, NULL, 0)->text,
			 "Status as of 31 May 2024");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_AXIS_LABEL, NULL, 2)->text, "Feb");
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("layout_marks");

	tcase_add_test(tc, dependency_starting_at_the_axis_start_is_drawn);
	tcase_add_test(tc, dependency_with_an_end_outside_the_axis_is_said);
	tcase_add_test(tc, dependency_marker_covers_nothing);
	tcase_add_test(tc, dependency_markers_across_pages_cover_nothing);
	tcase_add_test(tc, status_line_strikes_no_outside_text);
	tcase_add_test(tc, milestones_stay_whole_and_apart_from_bar_names);
	tcase_add_test(tc, rollout_shows_every_area_and_counts_per_region);
	tcase_add_test(tc, english_words_with_lang_en);
	tcase_add_test(tc, overlapping_phases_stack_in_lanes_of_a_taller_row);
	tcase_add_test(tc, milestones_on_one_date_are_set_side_by_side);
	tcase_add_test(tc, rollout_overlaps_stack_in_lanes);
	tcase_add_test(tc, status_from_an_older_period_is_hollow);
	return run_tcase("layout_marks", tc);
}

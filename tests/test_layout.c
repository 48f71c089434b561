/* Layout geometry with a fixed-advance fake measure (no fonts, no cairo): dates map to
 * x, rows do not overlap, long labels are cut to their column, pages repeat the frame. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "layout-helpers.h"

START_TEST(axis_maps_days_linearly)
{
	struct vk_axis a = {day("2024-01-01"), day("2024-12-31"), 100, 366};

	ck_assert_double_eq_tol(vk_axis_x(&a, day("2024-01-01")), 100, 1e-9);
	ck_assert_double_eq_tol(vk_axis_x(&a, day("2024-07-01")), 282, 1e-9);
	ck_assert_double_eq_tol(vk_axis_x(&a, day("2024-12-31") + 1), 466, 1e-9);
}
END_TEST

START_TEST(axis_ticks_are_labelled_in_the_language)
{
	struct vk_axis a = {day("2024-01-01"), day("2025-12-31"), 0, 600};
	struct vk_tick *t;
	size_t n = vk_axis_ticks(&a, VK_UNIT_QUARTER, false, VK_LANG_NB, &t);

	ck_assert_uint_eq(n, 8);
	ck_assert_str_eq(t[2].label, "K3");
	ck_assert_int_eq(t[2].start, day("2024-07-01"));
	ck_assert_int_eq(t[2].end, day("2024-09-30"));
	free(t);
	n = vk_axis_ticks(&a, VK_UNIT_QUARTER, true, VK_LANG_NB, &t);
	ck_assert_str_eq(t[6].label, "3. kv. 2025");
	free(t);
	n = vk_axis_ticks(&a, VK_UNIT_QUARTER, false, VK_LANG_EN, &t);
	ck_assert_str_eq(t[0].label, "Q1");
	free(t);
	n = vk_axis_ticks(&a, VK_UNIT_MONTH, false, VK_LANG_NB, &t);
	ck_assert_uint_eq(n, 24);
	ck_assert_str_eq(t[0].label, "jan.");
	ck_assert_str_eq(t[2].label, "mars");
	free(t);
	a.from = day("2024-12-30");
	a.to = day("2025-01-12");
	n = vk_axis_ticks(&a, VK_UNIT_WEEK, false, VK_LANG_NB, &t);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(t[0].label, "u. 1");
	ck_assert_str_eq(t[1].label, "u. 2");
	free(t);
}
END_TEST

START_TEST(axis_tiers_follow_the_space)
{
	struct vk_axis a = {day("2019-01-01"), day("2029-12-31"), 0, 600};
	enum vk_unit up, low;

	vk_axis_tiers(&a, 30, &up, &low);
	ck_assert_int_eq(low, VK_UNIT_YEAR);
	ck_assert_int_eq(up, VK_UNIT_NONE);
	a.to = day("2026-12-31");
	a.from = day("2024-01-01");
	vk_axis_tiers(&a, 30, &up, &low);
	ck_assert_int_eq(low, VK_UNIT_QUARTER);
	ck_assert_int_eq(up, VK_UNIT_YEAR);
	a.to = day("2024-12-31");
	vk_axis_tiers(&a, 30, &up, &low);
	ck_assert_int_eq(low, VK_UNIT_MONTH);
	a.to = a.from;
	vk_axis_tiers(&a, 30, &up, &low);
	ck_assert_int_eq(low, VK_UNIT_DAY);
	ck_assert_int_eq(up, VK_UNIT_MONTH);
}
END_TEST

START_TEST(bar_starts_and_ends_at_its_dates)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: A, phases: [{phase: utproving, start: "
		      "2024-Q3, end: 2024}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *bar;
	/* label column 120 (the minimum), so the chart runs from 30 + 120 + 14 to 841.89 - 30 */
	double x0 = 164, w = 841.89 - 30 - 164;

	o.from = day("2024-01-01");
	o.to = day("2025-12-31");
	s = roadmap(pf, &o);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	ck_assert_ptr_nonnull(bar);
	ck_assert_int_eq(bar->shape, VK_SHAPE_RECT);
	ck_assert_double_eq_tol(bar->x, x0 + 182 * w / 731, 1e-9);
	ck_assert_double_eq_tol(bar->w, 184 * w / 731, 1e-9);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_CONTINUES, -1), 0);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(phase_outside_the_span_is_clipped_and_marked)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: A, phases: [{phase: utproving, start: "
		      "2020, end: 2030}, {phase: behov, start: 2010, end: 2011}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *bar, *left, *right;

	o.from = day("2024-01-01");
	o.to = day("2024-12-31");
	s = roadmap(pf, &o);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	ck_assert_double_eq_tol(bar->x, 164, 1e-9);
	ck_assert_double_eq_tol(bar->x + bar->w, 841.89 - 30, 1e-9);
	left = vk_scene_find(s, VK_ROLE_CONTINUES, "A", 0);
	right = vk_scene_find(s, VK_ROLE_CONTINUES, "A", 1);
	ck_assert_int_eq(left->shape, VK_SHAPE_POINT_LEFT);
	ck_assert(left->x + left->w <= 164);
	ck_assert_int_eq(right->shape, VK_SHAPE_POINT_RIGHT);
	ck_assert(right->x >= 841.89 - 30);
	/* 2010 is not drawn but named at the left end, above the bar */
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_CONTINUES, -1), 3);
	left = vk_scene_find(s, VK_ROLE_CONTINUES, "A", 2);
	ck_assert_str_eq(left->text, "◂ Behov 01.01.2010–31.12.2011 (utenfor)");
	ck_assert_double_eq_tol(left->x, 165, 1e-9);
	ck_assert(left->y + left->h <= bar->y);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(labels_never_overlap_rows_or_the_chart)
{
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - code: A\n    name: Et veldig langt navn på et program som aldri slutter, med æøå "
	    "og enda flere ord for å fylle kolonnen helt ut og vel så det\n"
	    "    phases: [{phase: utproving, start: 2024, end: 2025}]\n"
	    "    projects: [{code: A1, name: Prosjekt, phases: [{phase: behov, start: 2024, end: "
	    "2024}]}]\n"
	    "  - {code: B, name: Kort, phases: [{phase: innforing, start: 2025, end: 2026}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *a, *bar;

	o.projects = true;
	s = roadmap(pf, &o);
	a = vk_scene_find(s, VK_ROLE_LABEL, "A", 0);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	/* the label column is 30 % of the content width, and the label is cut to it */
	ck_assert_double_eq_tol(a->x + a->w, 30 + 0.30 * (841.89 - 60), 1e-9);
	ck_assert(a->x + a->w <= bar->x - 10 + 1e-9);
	ck_assert(fake_width(NULL, a->text, a->font, a->size) <= a->w);
	/* cut and numbered, and whole in the legend */
	ck_assert_str_eq(a->text + strlen(a->text) - strlen("… [1]"), "… [1]");
	ck_assert_ptr_nonnull(text_starting(s, "[1] Et veldig langt navn på et program som aldri "
					       "slutter, med æøå og enda flere ord for å fylle "
					       "kolonnen helt ut og vel så det"));
	for (size_t i = 0; i < s->prims_n; i++)
		for (size_t j = i + 1; j < s->prims_n; j++) {
			const struct vk_prim *p = &s->prims[i], *q = &s->prims[j];
			if (p->role != VK_ROLE_LABEL || q->role != VK_ROLE_LABEL ||
			    p->page != q->page)
				continue;
			ck_assert_msg(p->y + p->h <= q->y + 1e-9 || q->y + q->h <= p->y + 1e-9,
				      "labels %s and %s overlap", p->ref, q->ref);
		}
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(a_long_title_wraps_and_moves_the_axis_down)
{
	/* 17 pt bold at 0.6 em a character: 78 characters fit the 781.89 pt content width */
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\ntitle: Kommunal e-helseportefølje for alle landets kommuner og "
		      "fylkeskommuner – KS, Helsedirektoratet og Norsk helsenett\nprogrammes:\n"
		      "  - {code: A, name: A, phases: [{phase: behov, start: 2024, end: 2024}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);
	const struct vk_prim *t0 = vk_scene_find(s, VK_ROLE_TITLE, NULL, 0);
	const struct vk_prim *t1 = vk_scene_find(s, VK_ROLE_TITLE, NULL, 1);
	const struct vk_prim *sub = vk_scene_find(s, VK_ROLE_SUBTITLE, NULL, 0);

	ck_assert_ptr_nonnull(t1);
	ck_assert_str_eq(t0->text, "Kommunal e-helseportefølje for alle landets kommuner og "
				   "fylkeskommuner – KS,");
	ck_assert_str_eq(t1->text, "Helsedirektoratet og Norsk helsenett");
	ck_assert_double_eq_tol(t0->y, 30, 1e-9);
	ck_assert_double_eq_tol(t1->y, 54, 1e-9);
	ck_assert_double_eq_tol(sub->y, 78, 1e-9);
	/* the axis starts under the second line: 30 + 2 * 24 + 16 + 8 */
	ck_assert_double_eq_tol(vk_scene_find(s, VK_ROLE_AXIS, NULL, 0)->y, 102, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(pages_repeat_axis_header_and_legend)
{
	struct vk_portfolio *pf = many(100);
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);
	char last[32];

	ck_assert_int_gt(s->pages, 3);
	for (int p = 0; p < s->pages; p++) {
		ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_TITLE, p), 1);
		ck_assert_uint_gt(vk_scene_count(s, VK_ROLE_AXIS_LABEL, p), 0);
		ck_assert_uint_gt(vk_scene_count(s, VK_ROLE_LEGEND, p), 5);
		ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_FOOTER, p), 1);
	}
	/* every row is on some page, within the rows' area */
	for (int i = 0; i < 100; i++) {
		char code[8];
		const struct vk_prim *l;
		snprintf(code, sizeof(code), "P%d", i);
		l = vk_scene_find(s, VK_ROLE_LABEL, code, 0);
		ck_assert_ptr_nonnull(l);
		ck_assert(l->y + l->h < 595.28 - 30 - 12);
	}
	snprintf(last, sizeof(last), "Side %d av %d", s->pages, s->pages);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_FOOTER, NULL, (size_t)s->pages - 1)->text, last);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(group_heading_is_repeated_on_a_new_page)
{
	struct vk_portfolio *pf = many(60);
	struct vk_layout_opts o = opts();
	struct vk_scene *s;

	o.group = VK_GROUP_OWNER; /* one group: "Uten eier" */
	s = roadmap(pf, &o);
	ck_assert_int_gt(s->pages, 1);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_HEADING, NULL, 0)->text, "Uten eier");
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_HEADING, NULL, 1)->text, "Uten eier (forts.)");
	ck_assert_int_eq(vk_scene_find(s, VK_ROLE_HEADING, NULL, 1)->page, 1);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(unpaged_layout_grows_in_height)
{
	struct vk_portfolio *pf = many(100);
	struct vk_layout_opts o = opts();
	struct vk_scene *s;

	o.paged = false;
	s = roadmap(pf, &o);
	ck_assert_int_eq(s->pages, 1);
	ck_assert_double_gt(s->height, 100 * 20);
	ck_assert_double_eq_tol(s->width, 841.89, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(thousand_programmes_make_many_pages)
{
	struct vk_portfolio *pf = many(1000);
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);

	ck_assert_int_gt(s->pages, 40);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_LABEL, -1), 1000);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(empty_portfolio_says_so)
{
	struct vk_portfolio *pf = portfolio("veikart: 1\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);

	ck_assert_int_eq(s->pages, 1);
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_NOTE, NULL, 0)->text,
			 "Ingen programmer eller prosjekter å vise");
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_BAR, -1), 0);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(programme_without_phases_has_a_row_but_no_bar)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: Uten faser}\n"
		      "  - {code: B, name: B, phases: [{phase: behov, start: 2024, "
		      "end: 2024}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);

	ck_assert_ptr_nonnull(vk_scene_find(s, VK_ROLE_LABEL, "A", 0));
	ck_assert_ptr_null(vk_scene_find(s, VK_ROLE_BAR, "A", 0));
	ck_assert_ptr_nonnull(vk_scene_find(s, VK_ROLE_BAR, "B", 0));
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(single_day_span_fills_the_chart)
{
	struct vk_portfolio *pf = portfolio("veikart: 1\nprogrammes:\n"
					    "  - {code: A, name: A, phases: [{phase: behov, start: "
					    "2024-05-31, end: 2024-05-31}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *bar, *line;

	o.from = o.to = o.status_date = day("2024-05-31");
	s = roadmap(pf, &o);
	bar = vk_scene_find(s, VK_ROLE_BAR, "A", 0);
	ck_assert_double_eq_tol(bar->x, 164, 1e-9);
	ck_assert_double_eq_tol(bar->w, 841.89 - 30 - 164, 1e-9);
	line = vk_scene_find(s, VK_ROLE_STATUS_DATE, NULL, 0);
	ck_assert_double_eq_tol(line->x, 164 + (841.89 - 30 - 164) / 2, 1e-9);
	ck_assert_ptr_nonnull(vk_scene_find(s, VK_ROLE_AXIS_LABEL, NULL, 0));
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(a_from_after_all_the_data_still_has_an_axis)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n"
		      "  - {code: A, name: A, phases: [{phase: behov, start: 2020, "
		      "end: 2021}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;

	o.from = day("2030-01-01");
	s = roadmap(pf, &o);
	ck_assert_ptr_nonnull(vk_scene_find(s, VK_ROLE_AXIS_LABEL, NULL, 0));
	/* named at the axis's left end, not only said to be outside */
	ck_assert_str_eq(vk_scene_find(s, VK_ROLE_CONTINUES, "A", 0)->text,
			 "◂ Behov 01.01.2020–31.12.2021 (utenfor)");
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(status_is_shown_by_shape_as_well_as_colour)
{
	struct vk_portfolio *pf = portfolio("veikart: 1\nprogrammes:\n"
					    "  - {code: G, name: G}\n  - {code: Y, name: Y}\n"
					    "  - {code: R, name: R}\n  - {code: N, name: N}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;

	vk_model_item_mut(pf, "G")->status = VK_GRONN;
	vk_model_item_mut(pf, "Y")->status = VK_GUL;
	vk_model_item_mut(pf, "R")->status = VK_ROD;
	s = roadmap(pf, &o);
	ck_assert_int_eq(vk_scene_find(s, VK_ROLE_STATUS, "G", 0)->shape, VK_SHAPE_CIRCLE);
	ck_assert_int_eq(vk_scene_find(s, VK_ROLE_STATUS, "Y", 0)->shape, VK_SHAPE_TRIANGLE);
	ck_assert_int_eq(vk_scene_find(s, VK_ROLE_STATUS, "R", 0)->shape, VK_SHAPE_RECT);
	ck_assert_ptr_null(vk_scene_find(s, VK_ROLE_STATUS, "N", 0));
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(decisions_look_different_from_goals_and_deliveries)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n  - code: A\n    name: A\n    milestones:\n"
		      "      - {date: 2024-03, name: d, kind: decision}\n"
		      "      - {date: 2024-06, name: l, kind: delivery}\n"
		      "      - {date: 2024-09, name: m, kind: goal}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s = roadmap(pf, &o);
	const struct vk_prim *d = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 0);
	const struct vk_prim *l = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 1);
	const struct vk_prim *g = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 2);

	ck_assert_int_eq(d->shape, VK_SHAPE_DIAMOND);
	ck_assert_double_gt(d->w, l->w);
	ck_assert_uint_ne(d->fill, l->fill);
	ck_assert_uint_ne(g->fill, l->fill);
	ck_assert_uint_ne(g->fill, d->fill);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(phase_name_keeps_clear_of_milestones)
{
	struct vk_portfolio *pf =
	    portfolio("veikart: 1\nprogrammes:\n  - code: A\n    name: A\n"
		      "    phases: [{phase: planlegging, start: 2024, end: 2025}]\n"
		      "    milestones: [{date: 2024-01-05, name: d, kind: decision}]\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *label, *m;

	o.lang = VK_LANG_EN;
	s = roadmap(pf, &o);
	label = vk_scene_find(s, VK_ROLE_BAR, "A", 1);
	m = vk_scene_find(s, VK_ROLE_MILESTONE, "A", 0);
	ck_assert_int_eq(label->shape, VK_SHAPE_TEXT);
	ck_assert_str_eq(label->text, "Planning"); /* a default phase, in English */
	ck_assert_double_ge(label->x, m->x + m->w);
	/* the legend names the one milestone kind there is, and no status colours */
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_LEGEND, 0), 2 * (5 + 1));
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

START_TEST(dependency_arrow_ends_at_the_start)
{
	struct vk_portfolio *pf = portfolio(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, phases: [{phase: behov, start: 2024, end: 2024}]}\n"
	    "  - {code: B, name: B, depends_on: [A], phases: [{phase: behov, start: 2025, end: "
	    "2025}]}\n");
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	const struct vk_prim *last, *bar;

	o.deps = true;
	s = roadmap(pf, &o);
	ck_assert_uint_eq(vk_scene_count(s, VK_ROLE_DEPENDENCY, -1), 3);
	last = vk_scene_find(s, VK_ROLE_DEPENDENCY, "B", 2);
	bar = vk_scene_find(s, VK_ROLE_BAR, "B", 0);
	ck_assert(last->arrow);
	ck_assert_double_eq_tol(last->x + last->w, bar->x, 1e-9);
	vk_scene_free(s);
	vk_model_free(pf);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("layout");

	tcase_add_test(tc, axis_maps_days_linearly);
	tcase_add_test(tc, axis_ticks_are_labelled_in_the_language);
	tcase_add_test(tc, axis_tiers_follow_the_space);
	tcase_add_test(tc, bar_starts_and_ends_at_its_dates);
	tcase_add_test(tc, phase_outside_the_span_is_clipped_and_marked);
	tcase_add_test(tc, labels_never_overlap_rows_or_the_chart);
	tcase_add_test(tc, a_long_title_wraps_and_moves_the_axis_down);
	tcase_add_test(tc, pages_repeat_axis_header_and_legend);
	tcase_add_test(tc, group_heading_is_repeated_on_a_new_page);
	tcase_add_test(tc, unpaged_layout_grows_in_height);
	tcase_add_test(tc, thousand_programmes_make_many_pages);
	tcase_add_test(tc, empty_portfolio_says_so);
	tcase_add_test(tc, programme_without_phases_has_a_row_but_no_bar);
	tcase_add_test(tc, single_day_span_fills_the_chart);
	tcase_add_test(tc, status_is_shown_by_shape_as_well_as_colour);
	tcase_add_test(tc, a_from_after_all_the_data_still_has_an_axis);
	tcase_add_test(tc, decisions_look_different_from_goals_and_deliveries);
	tcase_add_test(tc, phase_name_keeps_clear_of_milestones);
	tcase_add_test(tc, dependency_arrow_ends_at_the_start);
	return run_tcase("layout", tc);
}

/* Layout geometry with a fixed-advance fake measure (no fonts, no cairo): dates map to
 * x, rows do not overlap, long labels are cut to their column, pages repeat the frame. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "axis.h"
#include "date.h"
#include "helpers.h"
#include "layout.h"
#include "store.h"

/* Every character is 0.6 em wide. */
static double fake_width(void *ctx, const char *s, enum vk_font font, double size)
{
	size_t chars = 0;

	(void)ctx;
	(void)font;
	for (; *s; s++)
		chars += ((unsigned char)*s & 0xc0) != 0x80;
	return (double)chars * size * 0.6;
}

static const struct vk_measure fake = {fake_width, NULL, NULL};

static const struct vk_prim *text_starting(const struct vk_scene *s, const char *prefix);
static bool boxes_meet(const struct vk_prim *a, const struct vk_prim *b);

static int day(const char *text)
{
	int d;
	ck_assert_int_eq(vk_date_parse(text, VK_DATE_START, &d, NULL, NULL), VK_OK);
	return d;
}

/* The store's defaults (5 phases, 19 areas) with `yaml` imported on top. */
static struct vk_portfolio *portfolio(const char *yaml)
{
	struct vk_db *db;
	struct vk_portfolio *pf, *in = yaml_ok(yaml);
	struct vk_error err;

	ck_assert_int_eq(vk_db_open(":memory:", true, NULL, &db, &err), VK_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	vk_db_close(db);
	vk_model_merge(pf, in, false);
	ck_assert_msg(vk_model_validate(pf, &err) == VK_OK, "%s", err.msg);
	vk_model_free(in);
	return pf;
}

static struct vk_layout_opts opts(void)
{
	struct vk_layout_opts o = {
	    .lang = VK_LANG_NB,
	    .page = VK_PAGE_A4,
	    .paged = true,
	    .from = VK_DATE_NONE,
	    .to = VK_DATE_NONE,
	    .status_date = VK_DATE_NONE,
	    .group = VK_GROUP_NONE,
	    .measure = &fake,
	};
	return o;
}

static struct vk_scene *roadmap(const struct vk_portfolio *pf, const struct vk_layout_opts *o)
{
	struct vk_scene *s = NULL;
	struct vk_error err;

	ck_assert_msg(vk_layout_roadmap(&(struct vk_chart_data){.pf = pf}, o, &s, &err) == VK_OK,
		      "%s", err.msg);
	return s;
}

/* A portfolio of `n` programmes P0..P(n-1), each with one phase in 2024. */
static struct vk_portfolio *many(int n)
{
	size_t size = 64 + (size_t)n * 120, used;
	char *yaml = vk_xmalloc(size);
	struct vk_portfolio *pf;

	used = (size_t)snprintf(yaml, size, "veikart: 1\nprogrammes:\n");
	for (int i = 0; i < n; i++)
		used += (size_t)snprintf(yaml + used, size - used,
					 "  - {code: P%d, name: Program %d, phases: [{phase: "
					 "innforing, start: 2024, end: 2024}]}\n",
					 i, i);
	pf = portfolio(yaml);
	free(yaml);
	return pf;
}

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

/* A text of `role` and `ref` that starts with `prefix`, or NULL. */
static const struct vk_prim *role_text(const struct vk_scene *s, enum vk_role role, const char *ref,
				       const char *prefix)
{
	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *p = &s->prims[i];
		if (p->role == role && p->text && p->ref && strcmp(p->ref, ref) == 0 &&
		    strncmp(p->text, prefix, strlen(prefix)) == 0)
			return p;
	}
	return NULL;
}

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

/* The status slide's case: 30 programmes without phases (so running in every period),
 * in 2021-05 P00..P18 rød with 300-character comments, P19 grønn, P20..P29 silent. */
static struct vk_portfolio *status_case(struct vk_status_set *set)
{
	char *yaml = vk_xstrdup("veikart: 1\nprogrammes:\n"), *next, comment[301];

	for (int i = 0; i < 30; i++) {
		next = vk_xasprintf("%s  - {code: P%02d, name: Programme %02d}\n", yaml, i, i);
		free(yaml);
		yaml = next;
	}
	memset(comment, 'x', 300);
	for (int i = 30; i < 300; i += 31)
		comment[i] = ' ';
	comment[300] = '\0';
	for (int i = 0; i < 20; i++) {
		struct vk_report *r = VK_PUSH(set->reports);
		r->code = vk_xasprintf("P%02d", i);
		vk_period_parse("2021-05", &r->period, NULL);
		r->colour = i < 19 ? VK_ROD : VK_GRONN;
		r->comment = i < 19 ? vk_xstrdup(comment) : NULL;
		r->budget = -1;
	}
	*VK_PUSH(set->periods) = set->reports[0].period;
	{
		struct vk_portfolio *pf = portfolio(yaml);
		free(yaml);
		return pf;
	}
}

/* The text primitive whose text starts with `prefix`, or NULL. */
static const struct vk_prim *text_starting(const struct vk_scene *s, const char *prefix)
{
	for (size_t i = 0; i < s->prims_n; i++)
		if (s->prims[i].text && strncmp(s->prims[i].text, prefix, strlen(prefix)) == 0)
			return &s->prims[i];
	return NULL;
}

/* How many of P00..P18 have text on the slide, and that nothing is off its page. */
static int reds_shown(const struct vk_scene *s)
{
	int n = 0;

	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *p = &s->prims[i];
		ck_assert_msg(p->page >= 0 && p->page < s->pages, "page %d", p->page);
		if (p->shape != VK_SHAPE_LINE)
			ck_assert_msg(p->y >= 0 && p->y + p->h <= s->height + 0.01,
				      "'%s' at %.1f+%.1f is below the page (%.1f)",
				      p->text ? p->text : "", p->y, p->h, s->height);
	}
	for (int k = 0; k < 19; k++) {
		char code[8];
		snprintf(code, sizeof(code), "P%02d", k);
		n += vk_scene_find(s, VK_ROLE_NOTE, code, 0) != NULL;
	}
	return n;
}

START_TEST(status_lists_go_on_or_say_how_many_are_left)
{
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = status_case(&set);
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	struct vk_error err;
	const struct vk_prim *p;
	char want[64];
	int shown;

	/* paged: every red and the silent ones, over more pages */
	ck_assert_int_eq(
	    vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set}, &o, &s, &err),
	    VK_OK);
	ck_assert_int_gt(s->pages, 1);
	ck_assert_int_eq(reds_shown(s), 19);
	ck_assert_ptr_nonnull(text_starting(s, "Uten rapport i 2021-05 (10)"));
	ck_assert_ptr_nonnull(text_starting(s, "P20, P21, P22"));
	ck_assert_ptr_null(text_starting(s, "… og"));
	vk_scene_free(s);

	/* unpaged: one page that grows */
	o.paged = false;
	ck_assert_int_eq(
	    vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set}, &o, &s, &err),
	    VK_OK);
	ck_assert_int_eq(s->pages, 1);
	ck_assert_double_gt(s->height, 595.28);
	ck_assert_int_eq(reds_shown(s), 19);
	ck_assert_ptr_nonnull(text_starting(s, "Uten rapport i 2021-05 (10)"));
	vk_scene_free(s);

	/* one page: the reds that fit, then how many are left */
	o.one_page = true;
	ck_assert_int_eq(
	    vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set}, &o, &s, &err),
	    VK_OK);
	ck_assert_int_eq(s->pages, 1);
	ck_assert_double_eq_tol(s->height, 595.28, 1e-9);
	shown = reds_shown(s);
	ck_assert_int_gt(shown, 0);
	ck_assert_int_lt(shown, 19);
	snprintf(want, sizeof(want), "… og %d til", 19 - shown);
	p = text_starting(s, want);
	ck_assert_msg(p != NULL, "no '%s'", want);
	ck_assert_ptr_nonnull(strstr(p->text, "(se veikart status)"));
	ck_assert_ptr_nonnull(text_starting(s, "Uten rapport i 2021-05 (10)"));
	vk_scene_free(s);
	vk_status_set_clear(&set);
	vk_model_free(pf);
}
END_TEST

/* 36 programmes reporting in `periods` tertials from 2022-T1: few red and yellow, most
 * green, so the small parts are too low to hold their numbers. */
static struct vk_portfolio *status_periods(struct vk_status_set *set, int periods)
{
	char *yaml = vk_xstrdup("veikart: 1\nprogrammes:\n"), *next;
	struct vk_portfolio *pf;

	for (int i = 0; i < 36; i++) {
		next = vk_xasprintf("%s  - {code: P%02d, name: Programme %02d}\n", yaml, i, i);
		free(yaml);
		yaml = next;
	}
	for (int k = 0; k < periods; k++) {
		char code[16];
		snprintf(code, sizeof(code), "%d-T%d", 2022 + k / 3, k % 3 + 1);
		for (int i = 0; i < 36; i++) {
			struct vk_report *r = VK_PUSH(set->reports);
			r->code = vk_xasprintf("P%02d", i);
			ck_assert_int_eq(vk_period_parse(code, &r->period, NULL), VK_OK);
			r->colour = i < k % 3 + 1 ? VK_ROD : i < 8 + k % 2 ? VK_GUL : VK_GRONN;
			r->budget = i == 0 ? 211.54 : -1;
		}
		*VK_PUSH(set->periods) = set->reports[set->reports_n - 1].period;
	}
	pf = portfolio(yaml);
	free(yaml);
	return pf;
}

static bool boxes_meet(const struct vk_prim *a, const struct vk_prim *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

START_TEST(status_chart_numbers_never_sit_on_another_bar)
{
	for (int periods = 8; periods <= 12; periods += 4) {
		struct vk_status_set set = {0};
		struct vk_portfolio *pf = status_periods(&set, periods);
		struct vk_layout_opts o = opts();
		struct vk_scene *s;
		struct vk_error err;
		size_t codes = 0, values = 0;

		ck_assert_int_eq(vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set},
						  &o, &s, &err),
				 VK_OK);
		for (size_t i = 0; i < s->prims_n; i++) {
			const struct vk_prim *a = &s->prims[i];
			if (a->text && a->page == 0)
				ck_assert_msg(!strstr(a->text, "…"), "cut: %s", a->text);
			if (a->role == VK_ROLE_AXIS_LABEL && a->text && a->text[4] == '-')
				codes++;
			if (a->role != VK_ROLE_VALUE && a->role != VK_ROLE_LABEL)
				continue;
			values++;
			/* the text's own box, as wide as its words */
			struct vk_prim t = *a;
			t.w = fake_width(NULL, a->text, a->font, a->size);
			t.x = a->align == VK_ALIGN_CENTER ? a->x + (a->w - t.w) / 2 : a->x;
			t.h = a->size;
			t.y = a->y + (a->h - a->size) / 2;
			for (size_t j = 0; j < s->prims_n; j++) {
				const struct vk_prim *b = &s->prims[j];
				if (b->role == VK_ROLE_BAR && strcmp(b->ref, a->ref) != 0)
					ck_assert_msg(!boxes_meet(&t, b),
						      "%s of %s on the bar of %s", a->text, a->ref,
						      b->ref);
			}
		}
		ck_assert_int_eq(codes, periods); /* every period's bar is named */
		ck_assert_uint_gt(values, 0);
		ck_assert_ptr_nonnull(text_starting(s, "211,54")); /* as stored */
		ck_assert_ptr_null(text_starting(s, "212"));
		vk_scene_free(s);
		vk_status_set_clear(&set);
		vk_model_free(pf);
	}
}
END_TEST

START_TEST(status_chart_says_which_periods_it_leaves_out)
{
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = status_periods(&set, 14);
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	struct vk_error err;

	ck_assert_int_eq(
	    vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set}, &o, &s, &err),
	    VK_OK);
	ck_assert_ptr_nonnull(
	    text_starting(s, "2022-T1 … 2022-T2 ikke vist: se veikart status --trend"));
	vk_scene_free(s);
	vk_status_set_clear(&set);
	vk_model_free(pf);
}
END_TEST

START_TEST(status_bars_stack_the_silent_on_top)
{
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = status_case(&set);
	struct vk_layout_opts o = opts();
	struct vk_scene *s;
	struct vk_error err;
	const struct vk_prim *bar[3] = {NULL, NULL, NULL};
	size_t n = 0;

	ck_assert_int_eq(
	    vk_layout_status(&(struct vk_chart_data){.pf = pf, .status = &set}, &o, &s, &err),
	    VK_OK);
	/* grønn 1, rød 19, uten rapport 10: three parts, bottom to top, of one scale */
	for (size_t i = 0; i < s->prims_n; i++)
		if (s->prims[i].role == VK_ROLE_BAR && n < 3)
			bar[n++] = &s->prims[i];
	ck_assert_uint_eq(n, 3);
	ck_assert_double_eq_tol(bar[1]->h, 19 * bar[0]->h, 1e-6);
	ck_assert_double_eq_tol(bar[2]->h, 10 * bar[0]->h, 1e-6);
	ck_assert_double_eq_tol(bar[2]->y + bar[2]->h, bar[1]->y, 1e-6);
	ck_assert_ptr_nonnull(text_starting(s, "20 + 10"));
	ck_assert_ptr_nonnull(text_starting(s, "2021-05 · 20 rapporter, 10 uten rapport"));
	ck_assert_ptr_nonnull(strstr(text_starting(s, "2021-05 · 20")->text, "rød 63,3 %"));
	ck_assert_ptr_nonnull(text_starting(s, "Uten rapport (øverst)"));
	vk_scene_free(s);
	vk_status_set_clear(&set);
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
	tcase_add_test(tc, dependency_starting_at_the_axis_start_is_drawn);
	tcase_add_test(tc, dependency_with_an_end_outside_the_axis_is_said);
	tcase_add_test(tc, dependency_marker_covers_nothing);
	tcase_add_test(tc, dependency_markers_across_pages_cover_nothing);
	tcase_add_test(tc, status_line_strikes_no_outside_text);
	tcase_add_test(tc, milestones_stay_whole_and_apart_from_bar_names);
	tcase_add_test(tc, rollout_shows_every_area_and_counts_per_region);
	tcase_add_test(tc, english_words_with_lang_en);
	tcase_add_test(tc, status_lists_go_on_or_say_how_many_are_left);
	tcase_add_test(tc, status_bars_stack_the_silent_on_top);
	tcase_add_test(tc, status_chart_numbers_never_sit_on_another_bar);
	tcase_add_test(tc, status_chart_says_which_periods_it_leaves_out);
	tcase_add_test(tc, overlapping_phases_stack_in_lanes_of_a_taller_row);
	tcase_add_test(tc, milestones_on_one_date_are_set_side_by_side);
	tcase_add_test(tc, rollout_overlaps_stack_in_lanes);
	tcase_add_test(tc, status_from_an_older_period_is_hollow);
	return run_tcase("layout", tc);
}

/* The status slide and the status chart with the fake measure: lists go on over pages or
 * say how many are left, numbers never sit on another bar, silent reports stack on top. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "layout-helpers.h"

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
	TCase *tc = tcase_create("layout_status");

	tcase_add_test(tc, status_lists_go_on_or_say_how_many_are_left);
	tcase_add_test(tc, status_bars_stack_the_silent_on_top);
	tcase_add_test(tc, status_chart_numbers_never_sit_on_another_bar);
	tcase_add_test(tc, status_chart_says_which_periods_it_leaves_out);
	return run_tcase("layout_status", tc);
}

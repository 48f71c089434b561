/* Charts as library calls: the kind table, and a chart drawn to a memory stream (as an
 * HTML report inlines one) in each format, with no file and no command line. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "helpers.h"
#include "store.h"

/* The store's defaults (5 phases, 19 areas) with a programme rolled out to two areas. */
static struct vk_portfolio *rolled_out(void)
{
	return portfolio("veikart: 1\nprogrammes:\n  - code: A\n    name: Alfa\n"
			 "    phases: [{phase: innforing, start: 2024, end: 2025}]\n"
			 "    rollout:\n      - {area: bergen, phases: [{phase: innforing, start: "
			 "2024, end: 2024}]}\n      - {area: fonna, phases: [{phase: innforing, "
			 "start: 2025, end: 2025}]}\n");
}

/* Draws `kind` of `pf` in `format` to memory; the bytes (caller frees) and their count. */
static char *draw(const struct vk_portfolio *pf, const char *kind, enum vk_draw_format format,
		  size_t *n)
{
	struct vk_chart c = vk_chart_defaults(vk_chart_kind_find(kind), VK_LANG_NB);
	struct vk_error err = {0};
	char *buf = NULL;
	FILE *out = open_memstream(&buf, n);

	ck_assert_ptr_nonnull(c.kind);
	c.format = format;
	c.dpi = 36;
	if (c.kind->needs & VK_CHART_NEEDS_PROGRAMME)
		c.layout.programme = vk_model_item(pf, "A");
	ck_assert_msg(vk_chart_draw_stream(&(struct vk_chart_data){.pf = pf}, &c, out, "memory",
					   &err) == VK_OK,
		      "%s", err.msg);
	ck_assert_int_eq(fclose(out), 0);
	return buf;
}

START_TEST(a_chart_is_drawn_to_a_memory_stream_in_every_format)
{
	static const char *const kinds[] = {"roadmap", "rollout"};
	struct vk_portfolio *pf = rolled_out();

	for (size_t k = 0; k < 2; k++) {
		size_t n;
		char *svg = draw(pf, kinds[k], VK_DRAW_SVG, &n);
		ck_assert_uint_gt(n, 100);
		/* cairo's SVG opens with the XML declaration, then the <svg element */
		ck_assert_ptr_nonnull(strstr(svg, "<svg"));
		ck_assert_int_eq(strncmp(svg, "<?xml", 5) == 0 || strncmp(svg, "<svg", 4) == 0, 1);
		free(svg);
		char *pdf = draw(pf, kinds[k], VK_DRAW_PDF, &n);
		ck_assert_uint_gt(n, 100);
		ck_assert_int_eq(memcmp(pdf, "%PDF-", 5), 0);
		free(pdf);
		char *png = draw(pf, kinds[k], VK_DRAW_PNG, &n);
		ck_assert_uint_gt(n, 8);
		ck_assert_int_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
		free(png);
	}
	vk_model_free(pf);
}
END_TEST

START_TEST(kinds_are_found_by_name_in_the_table)
{
	const struct vk_chart_kind *k;
	size_t n = 0;

	while ((k = vk_chart_kind_at(n)))
		ck_assert_ptr_eq(vk_chart_kind_find(k->name), vk_chart_kind_at(n++));
	ck_assert_uint_eq(n, 4);
	ck_assert_ptr_null(vk_chart_kind_find("roadma"));
	ck_assert_uint_eq(vk_chart_kind_find("rollout")->needs & VK_CHART_NEEDS_PROGRAMME,
			  VK_CHART_NEEDS_PROGRAMME);
	ck_assert_uint_eq(vk_chart_kind_find("status")->needs & VK_CHART_NEEDS_STATUS,
			  VK_CHART_NEEDS_STATUS);
}
END_TEST

START_TEST(a_chart_without_its_data_is_refused_and_nothing_is_written)
{
	struct vk_portfolio *pf = rolled_out();
	struct vk_chart c = vk_chart_defaults(vk_chart_kind_find("status"), VK_LANG_EN);
	struct vk_error err = {0};
	char *buf = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&buf, &n);

	c.format = VK_DRAW_SVG;
	ck_assert_int_eq(
	    vk_chart_draw_stream(&(struct vk_chart_data){.pf = pf}, &c, out, "memory", &err),
	    VK_ENOTFOUND);
	ck_assert_int_eq(fclose(out), 0);
	ck_assert_uint_eq(n, 0);
	free(buf);
	vk_model_free(pf);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("chart");

	tcase_add_test(tc, kinds_are_found_by_name_in_the_table);
	tcase_add_test(tc, a_chart_is_drawn_to_a_memory_stream_in_every_format);
	tcase_add_test(tc, a_chart_without_its_data_is_refused_and_nothing_is_written);
	return run_tcase("chart", tc);
}

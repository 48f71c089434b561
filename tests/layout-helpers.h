/* Shared by the layout suites: a fixed-advance fake measure (no fonts, no cairo), a
 * portfolio over the store's defaults, layout options and finding primitives. */
#ifndef VK_TEST_LAYOUT_HELPERS_H
#define VK_TEST_LAYOUT_HELPERS_H

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "axis.h"
#include "date.h"
#include "helpers.h"
#include "layout.h"
#include "store.h"

/* Every character is 0.6 em wide. */
static inline double fake_width(void *ctx, const char *s, enum vk_font font, double size)
{
	size_t chars = 0;

	(void)ctx;
	(void)font;
	for (; *s; s++)
		chars += ((unsigned char)*s & 0xc0) != 0x80;
	return (double)chars * size * 0.6;
}

static const struct vk_measure fake = {fake_width, NULL, NULL};

static inline int day(const char *text)
{
	int d;
	ck_assert_int_eq(vk_date_parse(text, VK_DATE_START, &d, NULL, NULL), VK_OK);
	return d;
}

static inline struct vk_layout_opts opts(void)
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

static inline struct vk_scene *roadmap(const struct vk_portfolio *pf,
				       const struct vk_layout_opts *o)
{
	struct vk_scene *s = NULL;
	struct vk_error err;

	ck_assert_msg(vk_layout_roadmap(&(struct vk_chart_data){.pf = pf}, o, &s, &err) == VK_OK,
		      "%s", err.msg);
	return s;
}

/* A portfolio of `n` programmes P0..P(n-1), each with one phase in 2024. */
static inline struct vk_portfolio *many(int n)
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

/* A text of `role` and `ref` that starts with `prefix`, or NULL. */
static inline const struct vk_prim *role_text(const struct vk_scene *s, enum vk_role role,
					      const char *ref, const char *prefix)
{
	for (size_t i = 0; i < s->prims_n; i++) {
		const struct vk_prim *p = &s->prims[i];
		if (p->role == role && p->text && p->ref && strcmp(p->ref, ref) == 0 &&
		    strncmp(p->text, prefix, strlen(prefix)) == 0)
			return p;
	}
	return NULL;
}

/* The text primitive whose text starts with `prefix`, or NULL. */
static inline const struct vk_prim *text_starting(const struct vk_scene *s, const char *prefix)
{
	for (size_t i = 0; i < s->prims_n; i++)
		if (s->prims[i].text && strncmp(s->prims[i].text, prefix, strlen(prefix)) == 0)
			return &s->prims[i];
	return NULL;
}

static inline bool boxes_meet(const struct vk_prim *a, const struct vk_prim *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

#endif

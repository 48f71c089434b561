/* Pango text measuring. Metrics hinting is off, so widths do not depend on the output
 * resolution: what layout measured is what PDF, SVG and PNG draw. */
#include "fonts-int.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define FAMILY "DejaVu Sans"

struct vk_fonts *vk_fonts_new(void)
{
	struct vk_fonts *t = vk_xcalloc(1, sizeof(*t));
	cairo_font_options_t *fo = cairo_font_options_create();

	t->context = pango_font_map_create_context(pango_cairo_font_map_get_default());
	t->shapes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	t->drawing = pango_layout_new(t->context);
	pango_cairo_context_set_resolution(t->context, 72);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(t->context, fo);
	cairo_font_options_destroy(fo);
	for (int f = 0; f < 3; f++) {
		t->fonts[f] = pango_font_description_from_string(FAMILY);
		if (f == VK_FONT_BOLD)
			pango_font_description_set_weight(t->fonts[f], PANGO_WEIGHT_BOLD);
		if (f == VK_FONT_ITALIC)
			pango_font_description_set_style(t->fonts[f], PANGO_STYLE_ITALIC);
	}
	return t;
}

void vk_fonts_free(struct vk_fonts *text)
{
	if (!text)
		return;
	for (int f = 0; f < 3; f++)
		pango_font_description_free(text->fonts[f]);
	g_object_unref(text->drawing);
	g_object_unref(text->context);
	g_hash_table_destroy(text->shapes);
	free(text);
}

/* A layout of `s` in `font` at `size` points on the text's context. Caller unrefs. */
static PangoLayout *fonts_layout(struct vk_fonts *text, const char *s, enum vk_font font,
				 double size)
{
	PangoLayout *layout = pango_layout_new(text->context);

	pango_font_description_set_absolute_size(text->fonts[font], size * PANGO_SCALE);
	pango_layout_set_font_description(layout, text->fonts[font]);
	pango_layout_set_text(layout, s, -1);
	return layout;
}

/* Short strings (phase names, years, legend entries) come back thousands of times in a
 * large chart: each is shaped once, keeping its width and where every character ends.
 * Longer ones (labels) are shaped each time they are asked about. */
#define CACHED_MAX 32

struct shape {
	int width;		 /* Pango units */
	bool has_ends;		 /* end[] is filled in only when a cut is asked for */
	int end[CACHED_MAX + 1]; /* by byte offset: where the text up to it ends; -1 inside a
				    character (or a cluster) */
};

/* Where each cluster of the laid out text ends, by byte offset, in one walk. */
static void ends(PangoLayout *layout, int *end, size_t n)
{
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	PangoRectangle r;
	int right = 0;

	for (size_t b = 0; b <= n; b++)
		end[b] = -1;
	end[0] = 0;
	do {
		int index = pango_layout_iter_get_index(it);
		if (index > 0 && (size_t)index <= n)
			end[index] = right;
		pango_layout_iter_get_cluster_extents(it, NULL, &r);
		right = r.x + r.width;
	} while (pango_layout_iter_next_cluster(it));
	end[n] = right;
	pango_layout_iter_free(it);
}

static struct shape *shaped(struct vk_fonts *text, const char *s, enum vk_font font, double size,
			    bool with_ends)
{
	char key[CACHED_MAX + 32];
	struct shape *sh;
	PangoLayout *layout;
	PangoRectangle logical;

	snprintf(key, sizeof(key), "%d %.3f %s", (int)font, size, s);
	if ((sh = g_hash_table_lookup(text->shapes, key)) && (sh->has_ends || !with_ends))
		return sh;
	if (!sh) {
		sh = g_new0(struct shape, 1);
		g_hash_table_insert(text->shapes, g_strdup(key), sh);
	}
	layout = fonts_layout(text, s, font, size);
	pango_layout_get_extents(layout, NULL, &logical);
	sh->width = logical.width;
	if (with_ends) {
		ends(layout, sh->end, strlen(s));
		sh->has_ends = true;
	}
	g_object_unref(layout);
	return sh;
}

static double width(void *ctx, const char *s, enum vk_font font, double size)
{
	PangoLayout *layout;
	PangoRectangle logical;

	if (strlen(s) <= CACHED_MAX)
		return (double)shaped(ctx, s, font, size, false)->width / PANGO_SCALE;
	layout = fonts_layout(ctx, s, font, size);
	pango_layout_get_extents(layout, NULL, &logical);
	g_object_unref(layout);
	return (double)logical.width / PANGO_SCALE;
}

static size_t prefix(void *ctx, const char *s, enum vk_font font, double size, double max_w,
		     double *width)
{
	int max = (int)(max_w * PANGO_SCALE), index = 0, trailing = 0;
	size_t len = strlen(s), n;
	PangoLayout *layout;
	PangoRectangle logical;

	if (len <= CACHED_MAX) {
		const struct shape *sh = shaped(ctx, s, font, size, false);
		*width = (double)sh->width / PANGO_SCALE;
		if (sh->width <= max)
			return len;
		sh = shaped(ctx, s, font, size, true);
		for (n = len; n > 0 && (sh->end[n] < 0 || sh->end[n] > max);)
			n--;
		return n;
	}
	layout = fonts_layout(ctx, s, font, size);
	pango_layout_get_extents(layout, NULL, &logical);
	*width = (double)logical.width / PANGO_SCALE;
	/* the character under max_w is the first that does not fit whole */
	if (!pango_layout_xy_to_index(layout, max, 0, &index, &trailing))
		index = max_w <= 0 ? 0 : (int)len;
	g_object_unref(layout);
	n = (size_t)index;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return n;
}

struct vk_measure vk_fonts_measure(struct vk_fonts *text)
{
	return (struct vk_measure){width, text, prefix};
}

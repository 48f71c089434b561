/* Pango text measuring. Metrics hinting is off, so widths do not depend on the output
 * resolution: what layout measured is what PDF, SVG and PNG draw. */
#include "text-int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#define FAMILY "DejaVu Sans"

struct vk_text *vk_text_new(void)
{
	struct vk_text *t = vk_xcalloc(1, sizeof(*t));
	cairo_font_options_t *fo = cairo_font_options_create();

	t->context = pango_font_map_create_context(pango_cairo_font_map_get_default());
	t->widths = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
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

void vk_text_free(struct vk_text *text)
{
	if (!text)
		return;
	for (int f = 0; f < 3; f++)
		pango_font_description_free(text->fonts[f]);
	g_object_unref(text->drawing);
	g_object_unref(text->context);
	g_hash_table_destroy(text->widths);
	free(text);
}

PangoLayout *vk_text_layout(struct vk_text *text, const char *s, enum vk_font font, double size)
{
	PangoLayout *layout = pango_layout_new(text->context);

	pango_font_description_set_absolute_size(text->fonts[font], size * PANGO_SCALE);
	pango_layout_set_font_description(layout, text->fonts[font]);
	pango_layout_set_text(layout, s, -1);
	return layout;
}

/* Widths of short strings (phase names, years, legend entries: the same few thousands of
 * times in a large chart) are kept; labels are measured each time. */
#define CACHED_MAX 32

static double width(void *ctx, const char *s, enum vk_font font, double size)
{
	struct vk_text *text = ctx;
	char key[CACHED_MAX + 32];
	bool cache = strlen(s) <= CACHED_MAX;
	gpointer hit = NULL;
	PangoLayout *layout;
	PangoRectangle logical;

	if (cache) {
		snprintf(key, sizeof(key), "%d %.3f %s", (int)font, size, s);
		if ((hit = g_hash_table_lookup(text->widths, key)))
			return (double)(GPOINTER_TO_INT(hit) - 1) / PANGO_SCALE;
	}
	layout = vk_text_layout(text, s, font, size);
	pango_layout_get_extents(layout, NULL, &logical);
	g_object_unref(layout);
	if (cache)
		g_hash_table_insert(text->widths, g_strdup(key),
				    GINT_TO_POINTER(logical.width + 1));
	return (double)logical.width / PANGO_SCALE;
}

static size_t prefix(void *ctx, const char *s, enum vk_font font, double size, double max_w,
		     double *width)
{
	PangoLayout *layout = vk_text_layout(ctx, s, font, size);
	PangoRectangle logical;
	int index = 0, trailing = 0;
	size_t n;

	pango_layout_get_extents(layout, NULL, &logical);
	*width = (double)logical.width / PANGO_SCALE;
	/* the character under max_w is the first that does not fit whole */
	if (!pango_layout_xy_to_index(layout, (int)(max_w * PANGO_SCALE), 0, &index, &trailing))
		index = max_w <= 0 ? 0 : (int)strlen(s);
	g_object_unref(layout);
	n = (size_t)index;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return n;
}

struct vk_measure vk_text_measure(struct vk_text *text)
{
	return (struct vk_measure){width, text, prefix};
}

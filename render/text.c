/* Pango text measuring. Metrics hinting is off, so widths do not depend on the output
 * resolution: what layout measured is what PDF, SVG and PNG draw. */
#include "text-int.h"

#include <stdlib.h>

#include "alloc.h"

#define FAMILY "DejaVu Sans"

struct vk_text *vk_text_new(void)
{
	struct vk_text *t = vk_xcalloc(1, sizeof(*t));
	cairo_font_options_t *fo = cairo_font_options_create();

	t->context = pango_font_map_create_context(pango_cairo_font_map_get_default());
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
	g_object_unref(text->context);
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

static double width(void *ctx, const char *s, enum vk_font font, double size)
{
	PangoLayout *layout = vk_text_layout(ctx, s, font, size);
	PangoRectangle logical;

	pango_layout_get_extents(layout, NULL, &logical);
	g_object_unref(layout);
	return (double)logical.width / PANGO_SCALE;
}

struct vk_measure vk_text_measure(struct vk_text *text)
{
	return (struct vk_measure){width, text};
}

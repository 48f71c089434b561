/* What draw.c shares with text.c: the pango context and font descriptions. */
#ifndef VK_TEXT_INT_H
#define VK_TEXT_INT_H

#include <pango/pangocairo.h>

#include "text.h"

struct vk_text {
	PangoContext *context;
	PangoFontDescription *fonts[3]; /* by enum vk_font, size set per use */
	GHashTable *shapes;		/* "font size text" to text.c's struct shape */
	PangoLayout *drawing;		/* draw.c's one layout for all text */
};

/* A layout of `s` in `font` at `size` points on the text's context. Caller unrefs. */
PangoLayout *vk_text_layout(struct vk_text *text, const char *s, enum vk_font font, double size);

#endif

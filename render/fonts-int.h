/* What draw.c shares with fonts.c: the pango context and font descriptions. */
#ifndef VK_FONTS_INT_H
#define VK_FONTS_INT_H

#include <pango/pangocairo.h>

#include "fonts.h"

struct vk_fonts {
	PangoContext *context;
	PangoFontDescription *fonts[3]; /* by enum vk_font, size set per use */
	GHashTable *shapes;		/* "font size text" to fonts.c's struct shape */
	PangoLayout *drawing;		/* draw.c's one layout for all text */
};

#endif

/* Text measuring with pango, the production vk_measure. The only files that include
 * pango or cairo are fonts.c and draw.c. */
#ifndef VK_FONTS_H
#define VK_FONTS_H

#include "layout.h"

struct vk_fonts; /* a pango context for the chart fonts (DejaVu Sans) */

/* A new measuring context; caller frees with vk_fonts_free. */
struct vk_fonts *vk_fonts_new(void);
void vk_fonts_free(struct vk_fonts *text);

/* A vk_measure that measures with `text` (borrowed for as long as the measure is used). */
struct vk_measure vk_fonts_measure(struct vk_fonts *text);

#endif

/* Text measuring with pango, the production vk_measure. The only files that include
 * pango or cairo are text.c and draw.c. */
#ifndef VK_TEXT_H
#define VK_TEXT_H

#include "layout.h"

struct vk_text; /* a pango context for the chart fonts (DejaVu Sans) */

/* A new measuring context; caller frees with vk_text_free. */
struct vk_text *vk_text_new(void);
void vk_text_free(struct vk_text *text);

/* A vk_measure that measures with `text` (borrowed for as long as the measure is used). */
struct vk_measure vk_text_measure(struct vk_text *text);

#endif

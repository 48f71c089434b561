/* Numbers as people in each language write them: 1 723,5 (nb) or 1,723.5 (en). */
#ifndef VK_NUMBER_H
#define VK_NUMBER_H

#include <stddef.h>

#include "lang.h"

/* Writes `v` with `decimals` decimals into `buf`: thousands grouped (a no-break space in
 * nb, a comma in en), decimal comma in nb, a minus sign (U+2212) for negatives. */
char *vk_number_format(double v, int decimals, enum vk_lang lang, char *buf, size_t size);

/* "+5", "−7" or "±0". */
char *vk_number_signed(long v, char *buf, size_t size);

#endif

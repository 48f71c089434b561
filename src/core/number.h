/* Numbers as people in each language write them: 1 723,5 (nb) or 1,723.5 (en). */
#ifndef VK_NUMBER_H
#define VK_NUMBER_H

#include <stddef.h>

#include "error.h"
#include "lang.h"

/* Writes `v` with `decimals` decimals into `buf`: thousands grouped (a no-break space in
 * nb, a comma in en), decimal comma in nb, a minus sign (U+2212) for negatives. */
char *vk_number_format(double v, int decimals, enum vk_lang lang, char *buf, size_t size);
/* As vk_number_format, with the decimals `v` has to 15 significant digits (the most
 * veikart accepts), trailing zeros dropped: 0,05 and 40,25 and 1 723, and a sum such as
 * 0.1 + 0.2 shows as 0,3. Amounts are shown
 * this way everywhere (text, charts), so no view rounds what another shows whole. */
char *vk_number_format_exact(double v, enum vk_lang lang, char *buf, size_t size);

/* The most significant digits a number may have: a double keeps 15 exactly. */
#define VK_NUMBER_DIGITS_MAX 15

/* Reads a number as a person or a Norwegian or English spreadsheet writes it, and
 * refuses every form that could be misread:
 *   - digits, an optional sign (-, + or U+2212) and at most one decimal mark, a comma
 *     or a point: "1234,5", "1234.5", "-3";
 *   - thousands grouped by a space, a no-break space (U+00A0) or a narrow no-break
 *     space (U+202F) only, in groups of three: "1 234 567,5";
 *   - ambiguous, refused with both readings: both a comma and a point ("1,234.5",
 *     "1.234,5"), and one comma or point followed by exactly three digits after one to
 *     three digits that do not start with 0 ("1,234", "12.500": thousands in one
 *     language, a decimal in the other);
 *   - refused too: hexadecimal, exponents, inf, nan, two decimal marks ("1,234,567"),
 *     groups not of three, and more than VK_NUMBER_DIGITS_MAX significant digits.
 * Never depends on the locale. On success `*out` is the nearest double. Errors are
 * VK_EDATA with a message that does not repeat the text, e.g. "ambiguous number: 1234.5
 * if ',' groups thousands, 1.2345 if ',' is the decimal mark (...)". */
enum vk_code vk_number_parse(const char *text, double *out, struct vk_error *err);

/* "+5", "−7" or "±0". */
char *vk_number_signed(long v, char *buf, size_t size);

#endif

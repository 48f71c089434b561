/* Strict reading of a plain decimal number, for options and YAML values: strtod alone
 * also takes hex (0x10, 0x1p4), inf, nan, leading spaces and, on ERANGE, a rounded
 * value, all of which would be a misread here. */
#ifndef VK_DECIMAL_H
#define VK_DECIMAL_H

#include <stdbool.h>

/* Reads all of `s` as [+-]digits[.digits][e[+-]digits] (".5" and "5." too) into `*out`;
 * false (and `*out` untouched) for anything else, or a value that overflows or
 * underflows a double. */
bool vk_decimal_parse(const char *s, double *out);

#endif

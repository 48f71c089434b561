/* Strict reading of a plain decimal number, for options and YAML values: strtod alone
 * also takes hex (0x10, 0x1p4), inf, nan, leading spaces and, on ERANGE, a rounded
 * value, all of which would be a misread here. */
#ifndef VK_DECIMAL_H
#define VK_DECIMAL_H

#include <stdbool.h>

/* Reads all of `s` as [+-]digits[.digits][e[+-]digits] (".5" and "5." too) into `*out`;
 * false (and `*out` untouched) for anything else, a value that overflows or underflows
 * a double, or more than VK_NUMBER_DIGITS_MAX significant digits (number.h: the same
 * rule as for sheets). */
bool vk_decimal_parse(const char *s, double *out);

/* The significant digits of the number at the start of `s` as vk_number_parse counts
 * them: every digit of the mantissa but the whole part's leading zeros. */
int vk_decimal_digits(const char *s);

#endif

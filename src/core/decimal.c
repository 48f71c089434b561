/* Plain decimal numbers (see decimal.h): the form is checked by hand, the value is
 * strtod's (correctly rounded), and its range error is not ignored. */
#include "decimal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "number.h"

static const char *digits(const char *p, int *count)
{
	*count = 0;
	while (*p >= '0' && *p <= '9')
		p++, ++*count;
	return p;
}

int vk_decimal_digits(const char *s)
{
	int n = 0;
	bool lead = true; /* leading zeros of the whole part, as vk_number_parse counts */

	if (*s == '-' || *s == '+')
		s++;
	for (bool whole = true; (*s >= '0' && *s <= '9') || (*s == '.' && whole); s++) {
		if (*s == '.') {
			whole = false;
			lead = false;
			continue;
		}
		if (lead && *s == '0')
			continue;
		lead = false;
		n++;
	}
	return n;
}

bool vk_decimal_parse(const char *s, double *out)
{
	const char *p = s;
	char *end;
	int whole, frac = 0, exp;
	double v;

	if (*p == '-' || *p == '+')
		p++;
	p = digits(p, &whole);
	if (*p == '.')
		p = digits(p + 1, &frac);
	if (whole + frac == 0)
		return false;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '-' || *p == '+')
			p++;
		p = digits(p, &exp);
		if (exp == 0)
			return false;
	}
	/* more digits than a double holds exactly would be rounded unseen: the sheets'
	 * rule (vk_number_parse) */
	if (*p || vk_decimal_digits(s) > VK_NUMBER_DIGITS_MAX)
		return false;
	errno = 0;
	v = strtod(s, &end);
	if (*end || errno == ERANGE || !isfinite(v))
		return false;
	*out = v;
	return true;
}

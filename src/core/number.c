/* Number formatting for reports and charts. */
#include "number.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *vk_number_format(double v, int decimals, enum vk_lang lang, char *buf, size_t size)
{
	char raw[64], *dot;
	size_t int_len, o = 0;
	bool en = lang == VK_LANG_EN;

	snprintf(raw, sizeof(raw), "%.*f", decimals, fabs(v));
	dot = strchr(raw, '.');
	int_len = dot ? (size_t)(dot - raw) : strlen(raw);
	if (v < 0 && strcmp(raw, "0") != 0 && o + 4 < size)
		o += (size_t)snprintf(buf, size, "−");
	for (size_t i = 0; i < int_len && o + 4 < size; i++) {
		if (i > 0 && (int_len - i) % 3 == 0) {
			if (en) {
				buf[o++] = ',';
			} else {
				memcpy(buf + o, "\xC2\xA0", 2); /* no-break space */
				o += 2;
			}
		}
		buf[o++] = raw[i];
	}
	if (dot && o + 1 + strlen(dot + 1) < size) {
		buf[o++] = en ? '.' : ',';
		strcpy(buf + o, dot + 1);
		o += strlen(dot + 1);
	}
	buf[o] = '\0';
	return buf;
}

char *vk_number_format_exact(double v, enum vk_lang lang, char *buf, size_t size)
{
	char plain[64], *dot;
	int d = 0;

	/* veikart takes at most VK_NUMBER_DIGITS_MAX (15) significant digits, so `v` to 15
	 * significant digits, trailing zeros dropped, shows every digit a user wrote and
	 * none of a sum's binary noise (0.1 + 0.2 is 0.30000000000000004) */
	snprintf(plain, sizeof(plain), "%.*g", VK_NUMBER_DIGITS_MAX, v);
	if (!strchr(plain, 'e') && (dot = strchr(plain, '.'))) {
		size_t n = strlen(dot + 1);
		while (n > 0 && dot[n] == '0')
			n--;
		d = (int)n;
	} else if (strchr(plain, 'e')) { /* tiny or huge: as many decimals as read back */
		for (d = 0; d < 15; d++) {
			snprintf(plain, sizeof(plain), "%.*f", d, v);
			if (strtod(plain, NULL) == v)
				break;
		}
	}
	return vk_number_format(v, d, lang, buf, size);
}

char *vk_number_signed(long v, char *buf, size_t size)
{
	if (v > 0)
		snprintf(buf, size, "+%ld", v);
	else if (v < 0)
		snprintf(buf, size, "−%ld", -v);
	else
		snprintf(buf, size, "±0");
	return buf;
}

/* A space that may group thousands: ' ', U+00A0 or U+202F; its length in bytes or 0. */
static size_t group_space(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] == ' ')
		return 1;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
		return 3;
	return 0;
}

#define MAX_RUNS 64

/* The value of digit runs run[0..n) read with run[dec] (if dec < n) as the decimals,
 * or -1 when it has too many digits. Exact: at most 15 digits make an integer below
 * 2^53, and one division by a power of ten rounds once. */
static double digits_value(const char *const *run, const size_t *len, size_t n, size_t dec)
{
	double mant = 0, scale = 1;
	int sig = 0;

	for (size_t r = 0; r < n; r++)
		for (size_t i = 0; i < len[r]; i++) {
			if (sig == 0 && run[r][i] == '0' && r < dec)
				continue; /* a leading zero of the whole part */
			if (++sig > VK_NUMBER_DIGITS_MAX)
				return -1;
			mant = mant * 10 + (run[r][i] - '0');
			if (r >= dec)
				scale *= 10;
		}
	return mant / scale;
}

enum vk_code vk_number_parse(const char *text, double *out, struct vk_error *err)
{
	static const char hint[] = "expected e.g. 1 234,5 or 1234.5";
	const char *run[MAX_RUNS], *p = text;
	size_t len[MAX_RUNS], n = 0, marks = 0, mark_at = 0, spaces = 0;
	char sep[MAX_RUNS], mark = 0;
	bool neg = false;
	double v;

	if (*p == '-' || *p == '+') {
		neg = *p++ == '-';
	} else if (strncmp(p, "\xE2\x88\x92", 3) == 0) { /* U+2212 minus sign */
		neg = true;
		p += 3;
	}
	/* digit runs and the one character between each two */
	for (;;) {
		size_t k = 0, g;
		while (p[k] >= '0' && p[k] <= '9')
			k++;
		if (k == 0 || n == MAX_RUNS)
			return vk_error_set(err, VK_EDATA, "not a number (%s)", hint);
		run[n] = p;
		len[n++] = k;
		p += k;
		if (!*p)
			break;
		if (*p == ',' || *p == '.') {
			sep[n - 1] = *p++;
			if (marks++ == 0) {
				mark = sep[n - 1];
				mark_at = n - 1;
			}
		} else if ((g = group_space(p))) {
			sep[n - 1] = ' ';
			spaces++;
			p += g;
		} else {
			return vk_error_set(err, VK_EDATA, "not a number (%s)", hint);
		}
	}
	if (marks > 1) {
		/* both marks: which one is the decimal is a guess either way */
		size_t last = 0;
		char other = 0;
		for (size_t i = 0; i + 1 < n; i++)
			if (sep[i] != ' ') {
				last = i;
				if (sep[i] != mark)
					other = sep[i];
			}
		if (other && spaces == 0) {
			double a = digits_value(run, len, n, last + 1);
			double b = digits_value(run, len, n, mark_at + 1);
			if (a >= 0 && b >= 0)
				return vk_error_set(
				    err, VK_EDATA,
				    "ambiguous number: %.15g if '%c' groups thousands, %.15g if "
				    "'%c' is the decimal mark (write e.g. 1 234,5)",
				    a, mark, b, mark);
		}
		return vk_error_set(err, VK_EDATA, "not a number: more than one decimal mark (%s)",
				    hint);
	}
	/* spaces group the whole part only, in threes after a first group of one to three */
	for (size_t i = 0; i + 1 < n; i++)
		if (sep[i] == ' ' &&
		    ((marks && i >= mark_at) || (i == 0 && len[0] > 3) || len[i + 1] != 3))
			return vk_error_set(
			    err, VK_EDATA,
			    "not a number: spaces must group thousands in threes (%s)", hint);
	if (marks && spaces == 0 && len[0] <= 3 && run[0][0] != '0' && len[1] == 3)
		return vk_error_set(
		    err, VK_EDATA,
		    "ambiguous number: %.15g if '%c' groups thousands, %.15g if '%c' "
		    "is the decimal mark (write 1 234, or 1%c2340 for the decimal)",
		    digits_value(run, len, n, n), mark, digits_value(run, len, n, 1), mark, mark);
	if ((v = digits_value(run, len, n, marks ? mark_at + 1 : n)) < 0)
		return vk_error_set(err, VK_EDATA,
				    "too many digits (at most %d significant digits)",
				    VK_NUMBER_DIGITS_MAX);
	*out = neg && v != 0 ? -v : v;
	return VK_OK;
}

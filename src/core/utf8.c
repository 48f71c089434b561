/* UTF-8 checks and escaping (see utf8.h): a small decoder written to the letter of
 * RFC 3629, so overlong forms, surrogates and code points past U+10FFFF are refused. */
#include "utf8.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"

long vk_utf8_decode(const char *s, size_t n, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t need;
	long cp, min;

	*len = 1;
	if (p[0] < 0x80)
		return p[0];
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		need = 1, cp = p[0] & 0x1f, min = 0x80;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		need = 2, cp = p[0] & 0x0f, min = 0x800;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		need = 3, cp = p[0] & 0x07, min = 0x10000;
	else
		return -1;
	if (need >= n)
		return -1;
	for (size_t i = 1; i <= need; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = need + 1;
	return cp;
}

static bool is_control(long cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp <= 0x9f);
}

enum vk_utf8_fault vk_utf8_check(const char *s, size_t n, size_t *at)
{
	size_t i = 0, len;
	enum vk_utf8_fault f = VK_UTF8_OK;

	while (i < n && !f) {
		long cp = vk_utf8_decode(s + i, n - i, &len);
		if (cp < 0)
			f = VK_UTF8_INVALID;
		else if (cp == 0)
			f = VK_UTF8_NUL;
		else if (is_control(cp))
			f = VK_UTF8_CONTROL;
		else if (cp == 0xfffe || cp == 0xffff)
			f = VK_UTF8_NONCHAR;
		else
			i += len;
	}
	if (at)
		*at = i;
	return f;
}

const char *vk_utf8_problem(const char *s, size_t n, char *buf, size_t size)
{
	size_t at, len;
	enum vk_utf8_fault fault = vk_utf8_check(s, n, &at);
	long cp = fault ? vk_utf8_decode(s + at, n - at, &len) : 0;

	switch (fault) {
	case VK_UTF8_OK:
		return NULL;
	case VK_UTF8_INVALID:
		snprintf(buf, size, "is not UTF-8 text");
		break;
	case VK_UTF8_NUL:
		snprintf(buf, size, "contains a NUL character");
		break;
	case VK_UTF8_CONTROL:
		snprintf(
		    buf, size,
		    "contains the control character U+%04lX (only tab and newline are allowed)",
		    cp);
		break;
	case VK_UTF8_NONCHAR:
		snprintf(buf, size, "contains U+%04lX, which is not a character", cp);
		break;
	}
	return buf;
}

/* What one character at `s` is shown as: NULL when as it is, else the escape in `buf`. */
static const char *escape_one(const char *s, size_t n, size_t *len, bool lines, char buf[8])
{
	long cp = vk_utf8_decode(s, n, len);

	if (lines && (cp == '\t' || cp == '\n'))
		return NULL;
	if (cp < 0) {
		snprintf(buf, 8, "\\x%02x", (unsigned char)s[0]);
		return buf;
	}
	if (cp == '\t' || cp == '\n' || cp == '\r') {
		snprintf(buf, 8, "\\%c", cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
		return buf;
	}
	if (cp < 0x20 || cp == 0x7f) {
		snprintf(buf, 8, "\\x%02x", (unsigned)cp & 0xffu);
		return buf;
	}
	if (cp >= 0x80 && cp <= 0x9f) {
		snprintf(buf, 8, "\\u%04x", (unsigned)cp & 0xffffu);
		return buf;
	}
	return NULL;
}

bool vk_utf8_needs_escape(const char *s, bool lines)
{
	size_t n = strlen(s), len;
	char buf[8];

	for (size_t i = 0; i < n; i += len)
		if (escape_one(s + i, n - i, &len, lines, buf))
			return true;
	return false;
}

char *vk_utf8_escape(const char *s, bool lines)
{
	size_t n = strlen(s), len, o = 0;
	/* an escape is at most 6 bytes for a character of at least 1 */
	char *out = vk_xmalloc(6 * n + 1), buf[8];

	for (size_t i = 0; i < n; i += len) {
		const char *e = escape_one(s + i, n - i, &len, lines, buf);
		if (e) {
			memcpy(out + o, e, strlen(e));
			o += strlen(e);
		} else {
			memcpy(out + o, s + i, len);
			o += len;
		}
	}
	out[o] = '\0';
	return out;
}

size_t vk_utf8_cell_length(const char *s)
{
	size_t n = 0;

	for (const unsigned char *u = (const unsigned char *)s; *u; u++)
		if ((*u & 0xc0) != 0x80)
			n += *u >= 0xf0 ? 2 : 1;
	return n;
}

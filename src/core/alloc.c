/* Allocation wrappers that abort on exhaustion. */
#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *check(void *p)
{
	if (!p) {
		fputs("veikart: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *vk_xmalloc(size_t size)
{
	return check(malloc(size ? size : 1));
}

void *vk_xcalloc(size_t n, size_t size)
{
	return check(calloc(n ? n : 1, size ? size : 1));
}

void *vk_xrealloc(void *p, size_t size)
{
	return check(realloc(p, size ? size : 1));
}

char *vk_xstrdup(const char *s)
{
	return s ? vk_xstrndup(s, strlen(s)) : NULL;
}

char *vk_xstrndup(const char *s, size_t n)
{
	char *d = vk_xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *vk_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		abort();
	s = vk_xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return s;
}

void *vk_xpush(void *p, size_t *n, size_t *cap, size_t size)
{
	void **arr = p;
	char *elem;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*arr = vk_xrealloc(*arr, *cap * size);
	}
	elem = (char *)*arr + *n * size;
	memset(elem, 0, size);
	(*n)++;
	return elem;
}

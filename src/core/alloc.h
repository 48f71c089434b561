/* Allocation that cannot fail: on exhaustion the process aborts, so callers never
 * test for NULL. Everything returned is freed with free(). */
#ifndef VK_ALLOC_H
#define VK_ALLOC_H

#include <stddef.h>

void *vk_xmalloc(size_t size);
void *vk_xcalloc(size_t n, size_t size);
void *vk_xrealloc(void *p, size_t size);
/* A copy of `s`, or NULL when `s` is NULL. */
char *vk_xstrdup(const char *s);
/* A NUL-terminated copy of the first `n` bytes of `s`. */
char *vk_xstrndup(const char *s, size_t n);
/* A newly allocated printf-formatted string. */
char *vk_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Makes room for one more element in the array `*p` of `*n` elements of `size` bytes
 * (capacity `*cap`), zeroes it, increments `*n` and returns a pointer to it. */
void *vk_xpush(void *p, size_t *n, size_t *cap, size_t size);

/* Appends to an array field `a` with count `a##_n` and capacity `a##_cap`. */
#define VK_PUSH(a) ((__typeof__(a))vk_xpush(&(a), &a##_n, &a##_cap, sizeof(*(a))))

#endif

/* The project's one error type: a code (which also picks the exit status) and a
 * message. Fallible functions take a `struct vk_error *` as their last parameter. */
#ifndef VK_ERROR_H
#define VK_ERROR_H

#include <stddef.h>

enum vk_code {
	VK_OK = 0,
	VK_EUSAGE,     /* the command line is wrong */
	VK_EDATA,      /* input data is invalid */
	VK_ENOINPUT,   /* an input file or the store does not exist */
	VK_ENOTFOUND,  /* a named thing is not in the store */
	VK_ECANTCREAT, /* an output file cannot be created */
	VK_EBUSY,      /* the store is locked by another process */
	VK_ESTORE,     /* the store failed or is of an unknown version */
	VK_EIO,	       /* reading or writing failed */
	VK_ECHECK,     /* `veikart check` found errors in the store */
	VK_CODE_COUNT
};

struct vk_error {
	enum vk_code code;
	char msg[256];
};

/* Sets `err` (may be NULL) to `code` and a printf-formatted message; returns `code`. */
/* "FILE:LINE", or "FILE:LINE:COL" when `col` is known (> 0), into `buf`: where a sheet's
 * row or a YAML file's entry is, for messages. Returns buf. */
const char *vk_error_place(char *buf, size_t size, const char *file, int line, int col);

enum vk_code vk_error_set(struct vk_error *err, enum vk_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Clears `err` to VK_OK and an empty message. Accepts NULL. */
void vk_error_clear(struct vk_error *err);

/* A short English name of `code`, for messages that have nothing better to say. */
const char *vk_error_name(enum vk_code code);

#endif

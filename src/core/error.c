/* Error codes, their names and the formatting of error messages. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const names[] = {
    [VK_OK] = "success",
    [VK_EUSAGE] = "usage error",
    [VK_EDATA] = "invalid input data",
    [VK_ENOINPUT] = "input not found",
    [VK_ENOTFOUND] = "not found",
    [VK_ECANTCREAT] = "cannot create output",
    [VK_EBUSY] = "store is busy",
    [VK_ESTORE] = "store error",
    [VK_EIO] = "input/output error",
    [VK_ECHECK] = "the store has errors",
};
_Static_assert(sizeof(names) / sizeof(names[0]) == VK_CODE_COUNT, "one name per error code");

enum vk_code vk_error_set(struct vk_error *err, enum vk_code code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		err->code = code;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
		va_end(ap);
	}
	return code;
}

void vk_error_clear(struct vk_error *err)
{
	if (err) {
		err->code = VK_OK;
		err->msg[0] = '\0';
	}
}

const char *vk_error_name(enum vk_code code)
{
	if ((unsigned)code >= VK_CODE_COUNT)
		return "unknown error";
	return names[code];
}

const char *vk_error_place(char *buf, size_t size, const char *file, int line, int col)
{
	if (col > 0)
		snprintf(buf, size, "%s:%d:%d", file, line, col);
	else
		snprintf(buf, size, "%s:%d", file, line);
	return buf;
}

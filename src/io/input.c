/* Whole-file input and UTF-8 validation, shared by the importers. */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"

enum vk_code vk_input_read(const char *path, char **data, size_t *size, struct vk_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st = {0};
	char *buf = NULL, *more;
	size_t used = 0, cap = 0, got;
	enum vk_code rc = VK_OK;

	*data = NULL;
	*size = 0;
	if (!f)
		return vk_error_set(err, errno == ENOENT ? VK_ENOINPUT : VK_EIO,
				    "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		return vk_error_set(err, VK_ENOINPUT, "%s: is a directory, not a file", path);
	}
	/* a regular file is read in one allocation; a pipe or device grows one */
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > VK_INPUT_MAX)
		goto too_large;
	cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 2 : 65536;
	for (;;) {
		if (!buf || cap - used < 2) {
			if (buf)
				cap = cap > VK_INPUT_MAX / 2 ? VK_INPUT_MAX + 2 : cap * 2;
			if (!(more = realloc(buf, cap))) {
				rc = vk_error_set(err, VK_EIO,
						  "%s: not enough memory to read it (%zu MB read)",
						  path, used >> 20);
				goto out;
			}
			buf = more;
		}
		got = fread(buf + used, 1, cap - used - 1, f);
		used += got;
		if (used > VK_INPUT_MAX)
			goto too_large;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		rc = vk_error_set(err, VK_EIO, "%s: cannot read: %s", path, strerror(errno));
		goto out;
	}
	buf[used] = '\0';
	*data = buf;
	*size = used;
	buf = NULL;
	goto out;
too_large:
	rc = vk_error_set(err, VK_EDATA,
			  "%s: larger than %zu MB, the most veikart reads from one input file",
			  path, VK_INPUT_MAX >> 20);
out:
	free(buf);
	fclose(f);
	return rc;
}

bool vk_input_bad_utf8(const char *text, size_t n, int *line, int *col)
{
	const unsigned char *s = (const unsigned char *)text;
	int l = 1, c = 1;

	for (size_t i = 0; i < n;) {
		unsigned char b = s[i];
		size_t len = b < 0x80	      ? 1
			     : (b >> 5) == 6  ? 2
			     : (b >> 4) == 14 ? 3
			     : (b >> 3) == 30 ? 4
					      : 0;
		bool ok = len > 0 && b != 0 && i + len <= n;
		uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1f : len == 3 ? b & 0x0f : b & 0x07;

		for (size_t k = 1; ok && k < len; k++) {
			ok = (s[i + k] & 0xc0) == 0x80;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		/* no overlong forms, surrogates or code points past U+10FFFF */
		if (ok && len > 1)
			ok = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) &&
			     !(len == 4 && (cp < 0x10000 || cp > 0x10ffff)) &&
			     !(cp >= 0xd800 && cp <= 0xdfff);
		if (!ok) {
			*line = l;
			*col = c;
			return true;
		}
		if (b == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
		i += len;
	}
	return false;
}

/* Reading input files whole, and checking their text encoding. */
#ifndef VK_INPUT_H
#define VK_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/* The largest input file veikart reads: 256 MiB, some 2 million status rows, far beyond
 * any portfolio; a bound so that `import /dev/zero` ends with a message. */
#define VK_INPUT_MAX ((size_t)256 << 20)

/* Reads the file at `path` into `*data` (NUL-terminated, caller frees) of `*size` bytes.
 * VK_ENOINPUT when it does not exist or is a directory, VK_EIO when it cannot be read
 * or there is no memory to hold it, VK_EDATA when it is larger than VK_INPUT_MAX (a
 * device such as /dev/zero included). */
enum vk_code vk_input_read(const char *path, char **data, size_t *size, struct vk_error *err);

/* Finds the first byte of `s` that is not valid UTF-8 (or is a NUL) and gives its 1-based
 * line and column (in characters); false when all of it is valid. */
bool vk_input_bad_utf8(const char *s, size_t n, int *line, int *col);

#endif

/* Reading input files whole, and checking their text encoding. */
#ifndef VK_INPUT_H
#define VK_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/* Reads the file at `path` into `*data` (NUL-terminated, caller frees) of `*size` bytes.
 * VK_ENOINPUT when it does not exist, VK_EIO when it cannot be read. */
enum vk_code vk_input_read(const char *path, char **data, size_t *size, struct vk_error *err);

/* Finds the first byte of `s` that is not valid UTF-8 (or is a NUL) and gives its 1-based
 * line and column (in characters); false when all of it is valid. */
bool vk_input_bad_utf8(const char *s, size_t n, int *line, int *col);

#endif

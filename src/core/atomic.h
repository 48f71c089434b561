/* Output files that appear whole or not at all: written to a temporary file beside the
 * destination, then renamed into place; on failure the temporary file is removed. */
#ifndef VK_ATOMIC_H
#define VK_ATOMIC_H

#include "error.h"

/* Creates an empty temporary file beside `path` with the mode a new file would get
 * (mkstemp's is private). On success `*tmp` is its name, freed by vk_atomic_commit or
 * vk_atomic_abort. VK_ECANTCREAT when the directory cannot take it. */
enum vk_code vk_atomic_begin(const char *path, char **tmp, struct vk_error *err);
/* Renames `tmp` to `path` and frees `tmp`; on failure removes it (VK_ECANTCREAT). */
enum vk_code vk_atomic_commit(char *tmp, const char *path, struct vk_error *err);
/* Removes `tmp` and frees it. Accepts NULL. */
void vk_atomic_abort(char *tmp);

#endif

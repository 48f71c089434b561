/* Reader of the portfolio file (YAML 1.2, see docs/portfolio-format.md) into a model.
 * The only module that includes libfyaml. */
#ifndef VK_YAML_H
#define VK_YAML_H

#include <stddef.h>

#include "error.h"
#include "model.h"

/* Reads the portfolio file at `path`. Checks its form (UTF-8, YAML, known keys, value
 * types, dates); references between elements are checked by vk_model_validate once the
 * file is merged with the store. On success `*out` is a model the caller frees with
 * vk_model_free; its positions borrow `path`, which must outlive it. Errors: VK_ENOINPUT
 * when the file cannot be read, VK_EDATA with "FILE:LINE:COL: message" otherwise. */
enum vk_code vk_yaml_read_file(const char *path, struct vk_portfolio **out, struct vk_error *err);

/* As vk_yaml_read_file, from `size` bytes at `data` named `name` in messages. */
enum vk_code vk_yaml_read_buffer(const char *name, const char *data, size_t size,
				 struct vk_portfolio **out, struct vk_error *err);

#endif

/* Reader of the portfolio file (YAML 1.2, see docs/portfolio-format.md) into a model.
 * The only module that includes libfyaml. */
#ifndef VK_YAML_H
#define VK_YAML_H

#include <stddef.h>

#include "error.h"
#include "cost.h"
#include "model.h"
#include "score.h"
#include "status.h"

/* Reads the portfolio file at `path`. Checks its form (UTF-8, YAML, known keys, value
 * types, dates); references between elements are checked by vk_model_validate once the
 * file is merged with the store. On success `*out` is a model the caller frees with
 * vk_model_free; its positions borrow `path`, which must outlive it. Errors: VK_ENOINPUT
 * when the file cannot be read, VK_EDATA with "FILE:LINE:COL: message" otherwise. */
enum vk_code vk_yaml_read_file(const char *path, struct vk_portfolio **out, struct vk_error *err);

/* What one portfolio file holds: the portfolio, and the data sections that come in as
 * a status, score and cost sheet would (NULL when the file has no such section). */
struct vk_yaml_doc {
	struct vk_portfolio *pf;
	struct vk_status_file *status; /* reports: */
	struct vk_score_file *scores;  /* scores: */
	struct vk_cost_file *costs;    /* costs: */
};

/* Reads the portfolio file of `size` bytes at `data`, named `name` in messages (borrowed
 * by everything read), into `*out`, which the caller clears with vk_yaml_doc_clear
 * (also after an error: it is left empty then). The reports, scores and costs are
 * checked in their form here (words, numbers, one measure and one cost figure once) and
 * against the portfolio by the import, as sheets are. */
enum vk_code vk_yaml_read_doc(const char *name, const char *data, size_t size,
			      struct vk_yaml_doc *out, struct vk_error *err);
void vk_yaml_doc_clear(struct vk_yaml_doc *doc);

/* As vk_yaml_read_file, from `size` bytes at `data` named `name` in messages. The data
 * sections are read and checked, then dropped: vk_yaml_read_doc keeps them. */
enum vk_code vk_yaml_read_buffer(const char *name, const char *data, size_t size,
				 struct vk_portfolio **out, struct vk_error *err);

#endif

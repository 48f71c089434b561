/* Plausibility review of a whole portfolio (`veikart check`): the hard rules of
 * vk_model_validate as errors, and warnings for plans that are allowed but suspicious. */
#ifndef VK_REVIEW_H
#define VK_REVIEW_H

#include <stddef.h>

#include "model.h"
#include "status.h"

enum vk_severity { VK_SEV_ERROR, VK_SEV_WARNING };

struct vk_finding {
	enum vk_severity severity;
	char *code; /* programme or project concerned; NULL for the portfolio */
	char *message;
};

struct vk_findings {
	struct vk_finding *list;
	size_t list_n, list_cap;
	size_t errors;
	size_t warnings;
};

/* Reviews `pf` (and, when `status` is not NULL, its latest reporting period) and appends
 * what it finds to `out` (zero-initialised or cleared); `pf` may have rollout area names
 * rewritten to codes as vk_model_validate does. Milestones count as past when they fall
 * before the portfolio's status date. */
void vk_review_run(struct vk_portfolio *pf, const struct vk_status_set *status,
		   struct vk_findings *out);
/* Frees the findings and leaves `f` empty. */
void vk_review_clear(struct vk_findings *f);

#endif

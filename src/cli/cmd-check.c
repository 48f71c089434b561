/* veikart check: review the store's plans and report errors and warnings. */
#include "review.h"
#include "util.h"

static enum vk_code exec_check(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	struct vk_findings f = {0};
	struct vk_portfolio *pf;
	enum vk_code rc;

	if (argc > 1)
		return vk_error_set(err, VK_EUSAGE, "check takes no arguments, got '%s'", argv[1]);
	if ((rc = vk_util_load(ctx, &pf, err)))
		return rc;
	vk_review_run(pf, &f);
	for (size_t i = 0; i < f.list_n; i++)
		fprintf(ctx->out, "%s: %s%s%s\n",
			f.list[i].severity == VK_SEV_ERROR ? VK_TR(ctx, "feil", "error")
							   : VK_TR(ctx, "advarsel", "warning"),
			f.list[i].code ? f.list[i].code : "", f.list[i].code ? ": " : "",
			f.list[i].message);
	fprintf(ctx->out,
		VK_TR(ctx, "%zu programmer og prosjekter: %zu feil, %zu advarsler\n",
		      "%zu programmes and projects: %zu errors, %zu warnings\n"),
		pf->items_n, f.errors, f.warnings);
	if (f.errors)
		rc = vk_error_set(err, VK_EDATA, "%s: the store has %zu error(s)", ctx->db_path,
				  f.errors);
	vk_review_clear(&f);
	vk_model_free(pf);
	return rc;
}

const struct vk_cmd_entry vk_cmd_check_entry = {
    .name = "check",
    .usage = "",
    .summary = "review the store: references, dates, phase order, rollout coverage",
    .help = "Errors (broken references, end before start, dependency cycles) make the\n"
	    "exit status 65. Warnings are plans that are allowed but worth a look: an item\n"
	    "without dated phases, phases against the life-cycle order, a project or a\n"
	    "rollout outside its programme's span, a rollout that leaves areas out.\n",
    .exec = exec_check,
};

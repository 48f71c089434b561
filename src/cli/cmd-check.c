/* veikart check: review the store's plans and report errors and warnings. */
#include "json.h"
#include "review.h"
#include "util.h"

static enum vk_code exec_check(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			       struct vk_error *err);

const struct vk_cmd_entry vk_cmd_check_entry = {
    .name = "check",
    .usage = "[--format text|json]",
    .summary = "review the store: references, dates, phase order, rollouts, milestones, status",
    .help = "Errors (broken references, end before start, dependency cycles) make the\n"
	    "exit status 1; warnings leave it 0. Warnings are plans worth a look before a\n"
	    "council meeting: an item without dated phases; phases that overlap, leave a gap\n"
	    "or run against the life-cycle order (also within a rollout area); a project or\n"
	    "a rollout outside its programme's span; a rollout that leaves some areas of a\n"
	    "region out; milestones before the status date not marked done (milestones take\n"
	    "'done: true' in the portfolio file); a grønn item whose goal has passed; items\n"
	    "running in the latest period without a status report.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--format", .arg = "text|json", .help = "json for scripts"}, {0}},
    .args_max = 0,
    .exec = exec_check,
};

static enum vk_code exec_check(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			       struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_findings f = {0};
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_db *db = NULL;
	const char *v = vk_cmd_value(args, "--format");
	enum vk_code rc;

	if (v && vk_util_parse_format(v, &format, err))
		return VK_EUSAGE;
	if ((rc = vk_util_read(ctx, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (rc = vk_db_load_status(db, &set, err)))
		goto out;
	vk_review_run(pf, &set, &f);
	if (format == VK_FORMAT_JSON) {
		rc = vk_json_write_findings(ctx->out, &f, err);
	} else {
		for (size_t i = 0; i < f.list_n; i++) {
			fprintf(ctx->out, "%s: %s%s",
				f.list[i].severity == VK_SEV_ERROR
				    ? VK_TR(ctx->lang, "feil", "error")
				    : VK_TR(ctx->lang, "advarsel", "warning"),
				f.list[i].code ? f.list[i].code : "", f.list[i].code ? ": " : "");
			vk_text_line(ctx->out, f.list[i].message); /* quotes names and comments */
			fputc('\n', ctx->out);
		}
		fprintf(ctx->out,
			VK_TR(ctx->lang, "%zu programmer og prosjekter: %zu feil, %zu advarsler\n",
			      "%zu programmes and projects: %zu errors, %zu warnings\n"),
			pf->items_n, f.errors, f.warnings);
	}
	if (!rc && f.errors)
		rc = vk_error_set(err, VK_ECHECK, "%s: the store has %zu error(s)", ctx->db_path,
				  f.errors);
out:
	vk_review_clear(&f);
	vk_status_set_clear(&set);
	vk_model_free(pf);
	vk_db_close(db);
	return rc;
}

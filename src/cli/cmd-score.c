/* veikart score: the priority ranking of the scoring model, adjustable weights, and how
 * one measure's score was built. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "json.h"
#include "util.h"

static enum vk_code exec_score(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			       struct vk_error *err);

const struct vk_cmd_entry vk_cmd_score_entry = {
    .name = "score",
    .usage = "[--weight GROUP=W ...] [--explain NAME] [--format text|json]",
    .summary = "priority ranking of the measures by the scoring model",
    .help = "Ranks the scored measures: the score is the weighted sum of the groups\n"
	    "(Måloppnåelse, Kostnader, Nytte), each the mean of its criteria; a missing value\n"
	    "is left out of its mean. Values are shown with one decimal, rounded half away\n"
	    "from zero. Ties go to higher Nytte, then higher Måloppnåelse, then the name. A\n"
	    "measure with an empty group is listed last as incomplete. See docs/scoring.md.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--weight",
	     .arg = "GROUP=W",
	     .repeat = true,
	     .help = "weight a group or criterion (code or name), e.g.\n"
		     "--weight Nytte=2; repeat for several; not stored"},
	    {.name = "--explain",
	     .arg = "NAME",
	     .help = "how one measure's score is built (with --format json, as\n"
		     "one object: each criterion's value and weight)"},
	    {.name = "--format", .arg = "text|json", .help = "json for scripts"},
	    {0},
	},
    .args_max = 0,
    .exec = exec_score,
};

static const struct vk_score *find_measure(const struct vk_score *s, size_t n, const char *name)
{
	const struct vk_score *found = NULL;
	size_t len = strlen(name), hits = 0;

	for (size_t i = 0; i < n; i++)
		if (strcasecmp(s[i].measure->name, name) == 0 ||
		    (s[i].measure->code && strcasecmp(s[i].measure->code, name) == 0))
			return &s[i];
	for (size_t i = 0; i < n; i++)
		if (strncasecmp(s[i].measure->name, name, len) == 0) {
			found = &s[i];
			hits++;
		}
	return hits == 1 ? found : NULL;
}

static enum vk_code exec_score(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			       struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *ms = NULL;
	struct vk_score *scores = NULL;
	struct vk_db *db = NULL;
	const char *explain_name = vk_cmd_value(args, "--explain"),
		   *v = vk_cmd_value(args, "--format");
	size_t nweights = vk_cmd_values(args, "--weight", NULL, 0);
	const char **weights = vk_xcalloc(nweights + 1, sizeof(*weights));
	double *defaults = NULL;
	enum vk_code rc = VK_OK;

	vk_cmd_values(args, "--weight", weights, nweights);
	if (v && vk_util_parse_format(v, &format, err))
		rc = VK_EUSAGE;
	if (rc || (rc = vk_util_read(ctx, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
	    (rc = vk_db_load_measures(db, &ms, err)))
		goto out;
	rc = vk_util_set_weights(pf->scoring, weights, nweights, &defaults, err);
	/* a store written by an older veikart may hold a weight that makes scores inf */
	if (!rc && pf->scoring->criteria_n > 0)
		rc = vk_scoring_validate(pf->scoring, err);
	if (rc)
		goto out;
	if (ms->measures_n == 0) {
		rc = vk_error_set(
		    err, VK_ENOTFOUND,
		    "%s: no scored measures yet (import a score sheet, see docs/scoring.md)",
		    ctx->db_path);
		goto out;
	}
	scores = vk_score_rank(pf->scoring, ms->measures, ms->measures_n);
	if (explain_name) {
		const struct vk_score *s = find_measure(scores, ms->measures_n, explain_name);
		if (!s)
			rc = vk_error_set(err, VK_ENOTFOUND,
					  "no measure '%s' (or the name fits several)",
					  explain_name);
		else if (format == VK_FORMAT_JSON)
			rc = vk_json_write_explain(ctx->out, pf->scoring, s, err);
		else
			vk_text_explain(ctx->out, ctx->lang, pf->scoring, s);
	} else if (format == VK_FORMAT_JSON) {
		rc = vk_json_write_scores(ctx->out, pf->scoring, scores, ms->measures_n, err);
	} else {
		vk_text_scores(ctx->out, ctx->lang, pf->scoring, defaults, scores, ms->measures_n);
	}
out:
	if (ms)
		vk_score_free(scores, ms->measures_n);
	vk_score_file_free(ms);
	vk_model_free(pf);
	vk_db_close(db);
	free(weights);
	free(defaults);
	return rc;
}

/* veikart score: the priority ranking of the scoring model, adjustable weights, and how
 * one measure's score was built. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "json.h"
#include "number.h"
#include "util.h"

/* One decimal, half away from zero, in the run's language; "–" for no value. */
static const char *dec1(const struct vk_ctx *ctx, double v, char *buf, size_t size)
{
	if (isnan(v))
		return "–";
	return vk_number_format(vk_score_round1(v), 1, ctx->lang, buf, size);
}

/* Up to four decimals, trailing zeros dropped: the exact value an explanation needs. */
static const char *exact(const struct vk_ctx *ctx, double v, char *buf, size_t size)
{
	char *end;

	vk_number_format(v, 4, ctx->lang, buf, size);
	end = buf + strlen(buf);
	while (end > buf && end[-1] == '0')
		*--end = '\0';
	if (end > buf && (end[-1] == ',' || end[-1] == '.'))
		*--end = '\0';
	return buf;
}

/* `defaults`: the model's weights before --weight, one per criterion */
static void print_ranking(const struct vk_ctx *ctx, const struct vk_scoring *m,
			  const double *defaults, const struct vk_score *s, size_t n)
{
	FILE *out = ctx->out;
	char buf[32];
	bool header_incomplete = false;

	fputs(VK_TR(ctx->lang, "Rang ", "Rank "), out);
	vk_util_cell(out, VK_TR(ctx->lang, "Tiltak", "Measure"), 52);
	vk_util_rcell(out, "Score", 5);
	for (size_t g = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			vk_util_rcell(out, m->criteria[g].name, 12);
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		if (!s[i].complete) {
			if (!header_incomplete)
				fputs(VK_TR(ctx->lang, "Ufullstendige, ikke rangert:\n",
					    "Incomplete, not ranked:\n"),
				      out);
			header_incomplete = true;
			fputs("   – ", out);
		} else {
			fprintf(out, "%4d ", s[i].rank);
		}
		vk_util_cell(out, s[i].measure->name, 52);
		vk_util_rcell(out, s[i].complete ? dec1(ctx, s[i].score, buf, sizeof(buf)) : "–",
			      5);
		for (size_t g = 0; g < m->criteria_n; g++)
			if (!m->criteria[g].parent)
				vk_util_rcell(out, dec1(ctx, s[i].node[g], buf, sizeof(buf)), 12);
		if (s[i].missing_n) {
			fputs(VK_TR(ctx->lang, "mangler ", "missing "), out);
			for (size_t k = 0; k < s[i].missing_n; k++)
				fprintf(out, "%s%s", k ? ", " : "", s[i].missing[k]);
		}
		fputc('\n', out);
	}
	fputs(VK_TR(ctx->lang, "Vekter:", "Weights:"), out);
	for (size_t g = 0, k = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			fprintf(out, "%s %s %s", k++ ? " ·" : "", m->criteria[g].name,
				exact(ctx, m->criteria[g].weight, buf, sizeof(buf)));
	/* a criterion weighted otherwise than the model says changes the ranking too */
	for (size_t g = 0, k = 0; g < m->criteria_n; g++) {
		char was[32];
		if (!m->criteria[g].parent || m->criteria[g].weight == defaults[g])
			continue;
		fprintf(out, "%s %s %s (%s %s)",
			k++ ? " ·" : VK_TR(ctx->lang, "; kriterier:", "; criteria:"),
			m->criteria[g].code, exact(ctx, m->criteria[g].weight, buf, sizeof(buf)),
			VK_TR(ctx->lang, "modellen", "model"),
			exact(ctx, defaults[g], was, sizeof(was)));
	}
	fputc('\n', out);
}

/* "snitt av M1 8, M2 10" for the children of criterion `g` of one measure. */
static void explain_node(const struct vk_ctx *ctx, const struct vk_scoring *m,
			 const struct vk_score *s, size_t g, int depth)
{
	FILE *out = ctx->out;
	const struct vk_criterion *c = &m->criteria[g];
	char buf[32], w[32];
	bool first = true, weighted = false;

	fprintf(out, "%*s", 2 + 2 * depth, "");
	vk_util_cell(out, c->name, 24 - 2 * depth);
	vk_util_rcell(out,
		      isnan(s->node[g]) ? VK_TR(ctx->lang, "mangler", "missing")
					: exact(ctx, s->node[g], buf, sizeof(buf)),
		      7);
	for (size_t k = 0; k < m->criteria_n; k++)
		weighted |= m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0 &&
			    m->criteria[k].weight != 1;
	fputs(weighted ? VK_TR(ctx->lang, "= vektet snitt av", "= weighted mean of")
		       : VK_TR(ctx->lang, "= snitt av", "= mean of"),
	      out);
	for (size_t k = 0; k < m->criteria_n; k++) {
		const struct vk_criterion *ch = &m->criteria[k];
		if (!ch->parent || strcmp(ch->parent, c->code) != 0)
			continue;
		fprintf(out, "%s %s %s", first ? "" : ",",
			vk_scoring_is_leaf(m, ch) ? ch->code : ch->name,
			isnan(s->node[k])
			    ? VK_TR(ctx->lang, "(mangler, utelatt)", "(missing, left out)")
			    : exact(ctx, s->node[k], buf, sizeof(buf)));
		if (ch->weight != 1)
			fprintf(out, " ×%s", exact(ctx, ch->weight, w, sizeof(w)));
		first = false;
	}
	fputc('\n', out);
	for (size_t k = 0; k < m->criteria_n; k++)
		if (m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0 &&
		    !vk_scoring_is_leaf(m, &m->criteria[k]))
			explain_node(ctx, m, s, k, depth + 1);
}

static void explain(const struct vk_ctx *ctx, const struct vk_scoring *m, const struct vk_score *s)
{
	FILE *out = ctx->out;
	char buf[32], w[32];
	bool first = true;

	vk_util_text_line(out, s->measure->name); /* from a sheet: escaped on a terminal */
	if (s->measure->code)
		fprintf(out, " (%s)", s->measure->code);
	if (s->complete)
		fprintf(out, VK_TR(ctx->lang, ": score %s, rang %d\n", ": score %s, rank %d\n"),
			dec1(ctx, s->score, buf, sizeof(buf)), s->rank);
	else
		fputs(VK_TR(ctx->lang, ": ufullstendig, ikke rangert\n",
			    ": incomplete, not ranked\n"),
		      out);
	for (size_t g = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			explain_node(ctx, m, s, g, 0);
	if (!s->complete) {
		fputs(VK_TR(ctx->lang, "  Mangler:", "  Missing:"), out);
		for (size_t k = 0; k < s->missing_n; k++)
			fprintf(out, "%s %s", k ? "," : "", s->missing[k]);
		fputs(VK_TR(ctx->lang, "; en tom gruppe gir ingen score.\n",
			    "; an empty group gives no score.\n"),
		      out);
		return;
	}
	fputs("  Score =", out);
	for (size_t g = 0; g < m->criteria_n; g++) {
		if (m->criteria[g].parent)
			continue;
		fprintf(out, "%s %s × %s", first ? "" : " +",
			exact(ctx, m->criteria[g].weight, w, sizeof(w)),
			exact(ctx, s->node[g], buf, sizeof(buf)));
		first = false;
	}
	fprintf(out, " = %s", exact(ctx, s->score, buf, sizeof(buf)));
	fprintf(out,
		VK_TR(ctx->lang, " → %s (én desimal, halvt opp)\n",
		      " → %s (one decimal, half away from zero)\n"),
		dec1(ctx, s->score, buf, sizeof(buf)));
	for (size_t k = 0; k < s->missing_n; k++)
		fprintf(out,
			VK_TR(ctx->lang, "  %s mangler verdi og er utelatt av snittet.\n",
			      "  %s has no value and is left out of its mean.\n"),
			s->missing[k]);
}

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

static enum vk_code exec_score(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	enum vk_format format = VK_FORMAT_TEXT;
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *ms = NULL;
	struct vk_score *scores = NULL;
	struct vk_db *db = NULL;
	const char *explain_name = NULL, *v;
	const char **weights = vk_xcalloc((size_t)argc, sizeof(*weights));
	double *defaults = NULL;
	size_t nweights = 0;
	enum vk_code rc = VK_OK;

	for (int i = 1; i < argc && !rc; i++) {
		if (vk_util_option(argc, argv, &i, "--format", &v, err)) {
			if (!v || vk_util_parse_format(v, &format, err))
				rc = VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--weight", &v, err)) {
			if (!(weights[nweights++] = v))
				rc = VK_EUSAGE;
		} else if (vk_util_option(argc, argv, &i, "--explain", &v, err)) {
			if (!(explain_name = v))
				rc = VK_EUSAGE;
		} else {
			rc = vk_error_set(err, VK_EUSAGE, "unknown argument '%s' for score",
					  argv[i]);
		}
	}
	if (rc || (rc = vk_util_open(ctx, false, &db, err)) || (rc = vk_db_load(db, &pf, err)) ||
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
			explain(ctx, pf->scoring, s);
	} else if (format == VK_FORMAT_JSON) {
		rc = vk_json_write_scores(ctx->out, pf->scoring, scores, ms->measures_n, err);
	} else {
		print_ranking(ctx, pf->scoring, defaults, scores, ms->measures_n);
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

const struct vk_cmd_entry vk_cmd_score_entry = {
    .name = "score",
    .usage = "[--weight GROUP=W ...] [--explain NAME] [--format text|json]",
    .summary = "priority ranking of the measures by the scoring model",
    .help = "Ranks the scored measures: the score is the weighted sum of the groups\n"
	    "(Måloppnåelse, Kostnader, Nytte), each the mean of its criteria; a missing value\n"
	    "is left out of its mean. Values are shown with one decimal, rounded half away\n"
	    "from zero. Ties go to higher Nytte, then higher Måloppnåelse, then the name. A\n"
	    "measure with an empty group is listed last as incomplete. See docs/scoring.md.\n"
	    "\n"
	    "options:\n"
	    "  --weight GROUP=W     weight a group or criterion (code or name), e.g.\n"
	    "                       --weight Nytte=2; repeat for several; not stored\n"
	    "  --explain NAME       how one measure's score is built (with --format json, as\n"
	    "                       one object: each criterion's value and weight)\n"
	    "  --format text|json   json for scripts\n",
    .exec = exec_score,
};

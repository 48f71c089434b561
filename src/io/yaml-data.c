/* The portfolio file's data sections: reports, scores and costs, read into the same
 * files a status, score and cost sheet gives, so the import checks them with the same
 * rules (vk_status_validate, vk_score_file_validate, vk_cost_file_validate) and sums
 * them up as it does a sheet. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "sheet.h"
#include "yaml-int.h"

/* A word (a period, a colour, a kind) as text, parsed by the caller with the sheets' parser. */
static enum vk_code get_word(struct vk_yaml_reader *r, const struct vk_yaml_entry *e, char **word)
{
	return vk_yaml_string(r, e->value, e->pos, e->key, word);
}

static enum vk_code read_report(struct vk_yaml_reader *r, struct fy_node *m, struct vk_pos at,
				struct vk_status_file *f)
{
	struct vk_pos mpos = vk_yaml_pos(r, m, at);
	struct vk_report rep = {.budget = -1, .line = mpos.line, .col = mpos.col};
	bool has_period = false, has_status = false;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, m, mpos, "a status report"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
		char *word = NULL;
		struct vk_error perr;

		if (strcmp(e.key, "period") == 0) {
			/* the rules of a sheet's periode column */
			if (!(rc = get_word(r, &e, &word)) &&
			    vk_period_parse(word, &rep.period, &perr))
				rc =
				    vk_yaml_fail(r, vk_yaml_pos(r, e.value, e.pos), "%s", perr.msg);
			has_period = true;
		} else if (strcmp(e.key, "code") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &rep.code);
		} else if (strcmp(e.key, "status") == 0) {
			if (!(rc = get_word(r, &e, &word)) && !vk_colour_parse(word, &rep.colour))
				rc = vk_yaml_fail(
				    r, vk_yaml_pos(r, e.value, e.pos),
				    "unknown status '%.40s' (expected grønn, gul or rød)", word);
			has_status = true;
		} else if (strcmp(e.key, "comment") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &rep.comment);
		} else if (strcmp(e.key, "budget") == 0) {
			rc = vk_yaml_mnok(r, e.value, e.pos, e.key, &rep.budget);
		} else {
			rc = vk_yaml_unknown_key(r, &e, "a status report",
						 "period, code, status, comment, budget");
		}
		free(word);
	}
	if (!rc && !has_period)
		rc = vk_yaml_missing_key(r, mpos, "period", "this status report");
	if (!rc && !rep.code)
		rc = vk_yaml_missing_key(r, mpos, "code", "this status report");
	if (!rc && !has_status)
		rc = vk_yaml_missing_key(r, mpos, "status", "this status report");
	if (rc) {
		free(rep.code);
		free(rep.comment);
		return rc;
	}
	*VK_PUSH(f->reports) = rep;
	return VK_OK;
}

enum vk_code vk_yaml_read_reports(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "reports"))
		return VK_EDATA;
	if (!r->status) {
		r->status = vk_xcalloc(1, sizeof(*r->status));
		r->status->file = r->file;
	}
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter)))
		rc = read_report(r, m, at, r->status);
	return rc;
}

/* One measure's values: {criterion: value}; a criterion not named has no value. */
static enum vk_code read_values(struct vk_yaml_reader *r, struct fy_node *map, struct vk_pos at,
				struct vk_candidate *c, struct vk_score_file *f)
{
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, map, at, "'values'"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, map, &it, &e, &rc)) {
		double v;
		bool known = false;

		for (size_t i = 0; i < c->values_n; i++)
			if (strcmp(c->values[i].criterion, e.key) == 0)
				return vk_yaml_fail(r, e.pos, "'%s' is given twice for '%s'", e.key,
						    c->name);
		if ((rc = vk_yaml_score(r, e.value, e.pos, e.key, &v)))
			break;
		*VK_PUSH(c->values) = (struct vk_value){vk_xstrdup(e.key), v};
		/* the file's criteria, as a sheet's header gives them, for the import to
		 * check against the model */
		for (size_t i = 0; i < f->columns_n && !known; i++)
			known = strcmp(f->columns[i], e.key) == 0;
		if (!known) {
			*VK_PUSH(f->columns) = vk_xstrdup(e.key);
			f->columns_pos =
			    vk_xrealloc(f->columns_pos, f->columns_cap * sizeof(*f->columns_pos));
			f->columns_pos[f->columns_n - 1] = e.pos;
		}
	}
	return rc;
}

static enum vk_code read_measure(struct vk_yaml_reader *r, struct fy_node *m, struct vk_pos at,
				 struct vk_score_file *f)
{
	struct vk_pos mpos = vk_yaml_pos(r, m, at);
	struct vk_candidate c = {.line = mpos.line, .col = mpos.col};
	struct fy_node *values = NULL;
	struct vk_pos values_pos = mpos;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, m, mpos, "a scored measure"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
		if (strcmp(e.key, "measure") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &c.name);
		} else if (strcmp(e.key, "code") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &c.code);
		} else if (strcmp(e.key, "values") == 0) {
			values = e.value;
			values_pos = e.pos;
		} else {
			rc =
			    vk_yaml_unknown_key(r, &e, "a scored measure", "measure, code, values");
		}
	}
	if (!rc && !c.name)
		rc = vk_yaml_missing_key(r, mpos, "measure", "this scored measure");
	if (!rc && values)
		rc = read_values(r, values, values_pos, &c, f);
	if (rc) {
		vk_candidate_clear(&c);
		return rc;
	}
	*VK_PUSH(f->measures) = c;
	return VK_OK;
}

enum vk_code vk_yaml_read_scores(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "scores"))
		return VK_EDATA;
	if (!r->scores) {
		r->scores = vk_xcalloc(1, sizeof(*r->scores));
		r->scores->file = r->file;
		r->scores->header_line = at.line;
	}
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter)))
		rc = read_measure(r, m, at, r->scores);
	/* one entry per measure, as one row per measure in a sheet */
	return rc ? rc : vk_sheet_check_measures(r->scores, r->err);
}

static enum vk_code read_cost(struct vk_yaml_reader *r, struct fy_node *m, struct vk_pos at,
			      struct vk_cost_file *f)
{
	struct vk_pos mpos = vk_yaml_pos(r, m, at);
	struct vk_cost c = {.line = mpos.line, .col = mpos.col};
	bool has_year = false, has_kind = false, has_mnok = false;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, m, mpos, "a cost"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
		char *word = NULL;

		if (strcmp(e.key, "solution") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &c.solution);
		} else if (strcmp(e.key, "year") == 0) {
			rc = vk_yaml_int(r, e.value, e.pos, e.key, 1900, 2200, &c.year);
			has_year = true;
		} else if (strcmp(e.key, "kind") == 0) {
			if (!(rc = get_word(r, &e, &word)) && !vk_cost_kind_parse(word, &c.kind))
				rc = vk_yaml_fail(r, vk_yaml_pos(r, e.value, e.pos),
						  "unknown kind '%.20s' (expected budsjett, "
						  "forskrift, estimat or faktisk)",
						  word);
			has_kind = true;
		} else if (strcmp(e.key, "mnok") == 0) {
			rc = vk_yaml_mnok(r, e.value, e.pos, e.key, &c.mnok);
			has_mnok = true;
		} else {
			rc = vk_yaml_unknown_key(r, &e, "a cost", "solution, year, kind, mnok");
		}
		free(word);
	}
	if (!rc && !c.solution)
		rc = vk_yaml_missing_key(r, mpos, "solution", "this cost");
	if (!rc && !has_year)
		rc = vk_yaml_missing_key(r, mpos, "year", "this cost");
	if (!rc && !has_kind)
		rc = vk_yaml_missing_key(r, mpos, "kind", "this cost");
	if (!rc && !has_mnok)
		rc = vk_yaml_missing_key(r, mpos, "mnok", "this cost");
	if (rc) {
		free(c.solution);
		return rc;
	}
	*VK_PUSH(f->costs) = c;
	return VK_OK;
}

enum vk_code vk_yaml_read_costs(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "costs"))
		return VK_EDATA;
	if (!r->costs) {
		r->costs = vk_xcalloc(1, sizeof(*r->costs));
		r->costs->file = r->file;
	}
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter)))
		rc = read_cost(r, m, at, r->costs);
	/* one figure per solution, year and kind: the cost sheet's rule */
	return rc ? rc : vk_cost_file_validate(r->costs, r->err);
}

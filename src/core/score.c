/* The scoring model: tree arithmetic, validation and ranking. */
#include "score.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"

void vk_scoring_clear(struct vk_scoring *m)
{
	for (size_t i = 0; i < m->criteria_n; i++) {
		free(m->criteria[i].code);
		free(m->criteria[i].name);
		free(m->criteria[i].parent);
	}
	free(m->criteria);
	memset(m, 0, sizeof(*m));
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

bool vk_scoring_equal(const struct vk_scoring *a, const struct vk_scoring *b)
{
	if (a->criteria_n != b->criteria_n)
		return false;
	for (size_t i = 0; i < a->criteria_n; i++) {
		const struct vk_criterion *x = &a->criteria[i], *y = &b->criteria[i];
		if (!same_text(x->code, y->code) || !same_text(x->name, y->name) ||
		    !same_text(x->parent, y->parent) || x->weight != y->weight ||
		    x->tiebreak != y->tiebreak)
			return false;
	}
	return true;
}

struct vk_criterion *vk_scoring_find(const struct vk_scoring *m, const char *code)
{
	for (size_t i = 0; i < m->criteria_n; i++)
		if (strcmp(m->criteria[i].code, code) == 0)
			return &m->criteria[i];
	for (size_t i = 0; i < m->criteria_n; i++)
		if (strcasecmp(m->criteria[i].code, code) == 0 ||
		    strcasecmp(m->criteria[i].name, code) == 0)
			return &m->criteria[i];
	return NULL;
}

bool vk_scoring_is_leaf(const struct vk_scoring *m, const struct vk_criterion *c)
{
	for (size_t i = 0; i < m->criteria_n; i++)
		if (m->criteria[i].parent && strcmp(m->criteria[i].parent, c->code) == 0)
			return false;
	return true;
}

static enum vk_code at(struct vk_error *err, struct vk_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum vk_code at(struct vk_error *err, struct vk_pos pos, const char *fmt, ...)
{
	va_list ap;
	enum vk_code rc;

	va_start(ap, fmt);
	rc = vk_model_failv(err, pos, "scoring model", fmt, ap);
	va_end(ap);
	return rc;
}

enum vk_code vk_scoring_validate(const struct vk_scoring *m, struct vk_error *err)
{
	if (m->criteria_n == 0)
		return vk_error_set(err, VK_EDATA, "the scoring model has no criteria");
	for (size_t i = 0; i < m->criteria_n; i++) {
		const struct vk_criterion *c = &m->criteria[i];
		bool parent_before = !c->parent;

		for (size_t j = 0; j < i; j++) {
			if (strcmp(m->criteria[j].code, c->code) == 0)
				return at(err, c->pos, "duplicate criterion code '%s'", c->code);
			parent_before |= c->parent && strcmp(m->criteria[j].code, c->parent) == 0;
		}
		if (!parent_before)
			return at(err, c->pos, "criterion '%s' is under unknown group '%s'",
				  c->code, c->parent);
		if (!(c->weight >= 0 && c->weight <= VK_WEIGHT_MAX))
			return at(err, c->pos, "the weight of '%s' must be from 0 to %d, not %g",
				  c->code, VK_WEIGHT_MAX, c->weight);
	}
	return VK_OK;
}

void vk_candidate_clear(struct vk_candidate *m)
{
	free(m->name);
	free(m->code);
	for (size_t i = 0; i < m->values_n; i++)
		free(m->values[i].criterion);
	free(m->values);
}

void vk_score_file_free(struct vk_score_file *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->measures_n; i++)
		vk_candidate_clear(&f->measures[i]);
	free(f->measures);
	for (size_t i = 0; i < f->columns_n; i++)
		free(f->columns[i]);
	free(f->columns);
	free(f->columns_pos);
	free(f);
}

/* Where column `i` of `f` was named: the header line of a sheet, the place in a YAML
 * file. */
static const char *column_place(const struct vk_score_file *f, size_t i, char *buf, size_t size)
{
	if (f->columns_pos)
		return vk_error_place(buf, size, f->file, f->columns_pos[i].line,
				      f->columns_pos[i].col);
	return vk_error_place(buf, size, f->file, f->header_line, 0);
}

enum vk_code vk_score_file_validate(const struct vk_score_file *f, const struct vk_scoring *m,
				    const struct vk_portfolio *pf, struct vk_error *err)
{
	char known[256] = "", at[300];

	for (size_t i = 0; i < m->criteria_n; i++)
		if (vk_scoring_is_leaf(m, &m->criteria[i]) &&
		    strlen(known) + strlen(m->criteria[i].code) + 3 < sizeof(known))
			strcat(strcat(known, known[0] ? " " : ""), m->criteria[i].code);
	for (size_t i = 0; i < f->columns_n; i++) {
		const struct vk_criterion *c = vk_scoring_find(m, f->columns[i]);
		if (!c || !vk_scoring_is_leaf(m, c))
			return vk_error_set(
			    err, VK_EDATA, "%s: unknown criterion '%s' (the model's criteria: %s)",
			    column_place(f, i, at, sizeof(at)), f->columns[i], known);
		for (size_t j = 0; j < i; j++)
			if (vk_scoring_find(m, f->columns[j]) == c)
				return vk_error_set(
				    err, VK_EDATA,
				    "%s: columns '%s' and '%s' are the same criterion %s",
				    column_place(f, i, at, sizeof(at)), f->columns[j],
				    f->columns[i], c->code);
	}
	for (size_t i = 0; i < f->measures_n; i++)
		if (f->measures[i].code && !vk_model_item(pf, f->measures[i].code))
			return vk_error_set(err, VK_EDATA,
					    "%s: unknown programme or project code '%s'",
					    vk_error_place(at, sizeof(at), f->file,
							   f->measures[i].line, f->measures[i].col),
					    f->measures[i].code);
	return VK_OK;
}

double vk_score_round1(double v)
{
	/* a hair away from zero first, so 6.25 computed as 6.2499999999 still goes up */
	return round(v * 10 + copysign(1e-7, v)) / 10;
}

/* Computes node values for one measure, deepest criteria first (children follow their
 * parents in the model, so a backward pass sees children before parents). */
static void evaluate(const struct vk_scoring *m, const struct vk_candidate *ms, struct vk_score *s)
{
	size_t n = m->criteria_n;
	double *sum = vk_xcalloc(n, sizeof(double)), *wsum = vk_xcalloc(n, sizeof(double));
	size_t cap = 0;

	s->node = vk_xmalloc(n * sizeof(double));
	for (size_t i = 0; i < n; i++)
		s->node[i] = NAN;
	for (size_t i = n; i-- > 0;) {
		const struct vk_criterion *c = &m->criteria[i];

		if (vk_scoring_is_leaf(m, c)) {
			for (size_t k = 0; k < ms->values_n; k++)
				if (strcmp(ms->values[k].criterion, c->code) == 0)
					s->node[i] = ms->values[k].value;
			if (isnan(s->node[i]))
				*(const char **)vk_xpush(&s->missing, &s->missing_n, &cap,
							 sizeof(*s->missing)) = c->code;
		} else if (wsum[i] > 0) {
			s->node[i] = sum[i] / wsum[i];
		} else {
			/* a group with nothing in it: the measure cannot be scored */
			*(const char **)vk_xpush(&s->missing, &s->missing_n, &cap,
						 sizeof(*s->missing)) = c->name;
			s->complete = false;
		}
		if (c->parent && !isnan(s->node[i])) {
			size_t p = (size_t)(vk_scoring_find(m, c->parent) - m->criteria);
			sum[p] += c->weight * s->node[i];
			wsum[p] += c->weight;
		}
	}
	for (size_t i = 0; i < n; i++)
		if (!m->criteria[i].parent && isnan(s->node[i]))
			s->complete =
			    false; /* a group, or a criterion on its own, without a value */
	if (s->complete) {
		s->score = 0;
		for (size_t i = 0; i < n; i++)
			if (!m->criteria[i].parent)
				s->score += m->criteria[i].weight * s->node[i];
	}
	/* report missing things in model order */
	for (size_t a = 0, b = s->missing_n; a + 1 < b; a++, b--) {
		const char *t = s->missing[a];
		s->missing[a] = s->missing[b - 1];
		s->missing[b - 1] = t;
	}
	free(sum);
	free(wsum);
}

static int compare(const struct vk_scoring *m, const struct vk_score *a, const struct vk_score *b)
{
	if (a->complete != b->complete)
		return a->complete ? -1 : 1;
	if (a->complete && fabs(a->score - b->score) > 1e-9)
		return a->score > b->score ? -1 : 1;
	for (int t = 1; a->complete && t <= 9; t++)
		for (size_t i = 0; i < m->criteria_n; i++)
			if (m->criteria[i].tiebreak == t && fabs(a->node[i] - b->node[i]) > 1e-9)
				return a->node[i] > b->node[i] ? -1 : 1;
	return strcmp(a->measure->name, b->measure->name);
}

struct vk_score *vk_score_rank(const struct vk_scoring *m, const struct vk_candidate *measures,
			       size_t n)
{
	struct vk_score *s = vk_xcalloc(n, sizeof(*s));

	for (size_t i = 0; i < n; i++) {
		s[i].measure = &measures[i];
		s[i].complete = true;
		evaluate(m, &measures[i], &s[i]);
	}
	/* insertion sort: a few dozen measures, and a stable, obvious order */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && compare(m, &s[j], &s[j - 1]) < 0; j--) {
			struct vk_score t = s[j];
			s[j] = s[j - 1];
			s[j - 1] = t;
		}
	for (size_t i = 0; i < n; i++)
		s[i].rank = s[i].complete ? (int)i + 1 : 0;
	return s;
}

void vk_score_free(struct vk_score *scores, size_t n)
{
	if (!scores)
		return;
	for (size_t i = 0; i < n; i++) {
		free(scores[i].node);
		free(scores[i].missing);
	}
	free(scores);
}

/* JSON views of the model through jansson: dates as YYYY-MM-DD strings, money in MNOK,
 * absent optional fields as null, keys in a fixed order so output is stable. */
#include "json.h"

#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "export.h"
#include "utf8.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string_nocheck(s) : json_null();
}

/* jansson has no inf or nan (json_real gives NULL, and the key would be dropped without
 * a word): such a value is written as null. The readers keep every stored number
 * finite, so this is a last guard. */
static json_t *real_json(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

static json_t *date_json(int date)
{
	char buf[VK_DATE_TEXT_MAX];
	return date == VK_DATE_NONE ? json_null() : json_string_nocheck(vk_date_format(date, buf));
}

static json_t *span_json(const struct vk_span *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "phase", json_string_nocheck(s->phase));
	json_object_set_new(o, "start", date_json(s->start));
	json_object_set_new(o, "end", date_json(s->end));
	return o;
}

/* `archived`: `it` is one of pf->archived (its projects are looked up there too) */
static json_t *item_json(const struct vk_portfolio *pf, const struct vk_item *it, bool archived)
{
	json_t *o = json_object(), *a;
	int start = VK_DATE_NONE, end = VK_DATE_NONE;
	const struct vk_item *kin = archived ? pf->archived : pf->items;
	size_t kin_n = archived ? pf->archived_n : pf->items_n;
	char year[16];

	/* an archived item's span is kept by the store even when its plan is not loaded */
	if (!vk_model_item_span(it, &start, &end) && archived) {
		start = it->archived_start;
		end = it->archived_end;
	}
	json_object_set_new(o, "code", json_string_nocheck(it->code));
	json_object_set_new(
	    o, "kind", json_string_nocheck(it->kind == VK_PROGRAMME ? "programme" : "project"));
	json_object_set_new(o, "name", json_string_nocheck(it->name));
	json_object_set_new(o, "owner", str_or_null(it->owner));
	json_object_set_new(o, "programme", str_or_null(it->parent));
	json_object_set_new(o, "priority", it->priority ? json_integer(it->priority) : json_null());
	json_object_set_new(o, "description", str_or_null(it->description));
	json_object_set_new(o, "start", date_json(start));
	json_object_set_new(o, "end", date_json(end));
	json_object_set_new(o, "archived", json_boolean(archived));

	json_object_set_new(o, "phases", a = json_array());
	for (size_t i = 0; i < it->phases_n; i++)
		json_array_append_new(a, span_json(&it->phases[i]));
	json_object_set_new(o, "milestones", a = json_array());
	for (size_t i = 0; i < it->milestones_n; i++) {
		json_t *m = json_object();
		json_object_set_new(m, "date", date_json(it->milestones[i].date));
		json_object_set_new(
		    m, "kind",
		    json_string_nocheck(vk_model_milestone_kind_name(it->milestones[i].kind)));
		json_object_set_new(m, "name", json_string_nocheck(it->milestones[i].name));
		json_object_set_new(m, "done", json_boolean(it->milestones[i].done));
		json_array_append_new(a, m);
	}
	json_object_set_new(o, "depends_on", a = json_array());
	for (size_t i = 0; i < it->deps_n; i++)
		json_array_append_new(a, json_string_nocheck(it->deps[i].code));
	json_object_set_new(o, "rollout", a = json_array());
	for (size_t i = 0; i < it->rollouts_n; i++) {
		json_t *r = span_json(&it->rollouts[i].span);
		json_object_set_new(r, "area", json_string_nocheck(it->rollouts[i].area));
		json_array_append_new(a, r);
	}
	json_object_set_new(o, "budget_mnok", a = json_object());
	for (size_t i = 0; i < it->budgets_n; i++) {
		snprintf(year, sizeof(year), "%d", it->budgets[i].year);
		json_object_set_new(a, year, real_json(it->budgets[i].mnok));
	}
	if (it->kind == VK_PROGRAMME) {
		json_object_set_new(o, "projects", a = json_array());
		for (size_t i = 0; i < kin_n; i++)
			if (kin[i].parent && strcmp(kin[i].parent, it->code) == 0)
				json_array_append_new(a, json_string_nocheck(kin[i].code));
	}
	return o;
}

static json_t *list_json(const struct vk_portfolio *pf, enum vk_json_list what, bool archived)
{
	const struct vk_item *items = archived ? pf->archived : pf->items;
	size_t items_n = archived ? pf->archived_n : pf->items_n;
	json_t *a = json_array();

	switch (what) {
	case VK_JSON_PROGRAMMES:
	case VK_JSON_PROJECTS:
	case VK_JSON_ITEMS:
		for (size_t i = 0; i < items_n; i++)
			if (what == VK_JSON_ITEMS ||
			    (items[i].kind == VK_PROGRAMME) == (what == VK_JSON_PROGRAMMES))
				json_array_append_new(a, item_json(pf, &items[i], archived));
		break;
	case VK_JSON_AREAS:
		for (size_t i = 0; i < pf->areas_n; i++) {
			const struct vk_area *ar = &pf->areas[i];
			const struct vk_region *r = vk_model_region(pf, ar->region);
			json_t *o = json_object();
			json_object_set_new(o, "code", json_string_nocheck(ar->code));
			json_object_set_new(o, "name", json_string_nocheck(ar->name));
			json_object_set_new(o, "region", json_string_nocheck(ar->region));
			json_object_set_new(o, "region_name", str_or_null(r ? r->name : NULL));
			json_array_append_new(a, o);
		}
		break;
	case VK_JSON_MILESTONES: {
		size_t n;
		struct vk_milestone_ref *refs = vk_model_milestones(pf, &n);
		for (size_t i = 0; i < n; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "date", date_json(refs[i].milestone->date));
			json_object_set_new(o, "kind",
					    json_string_nocheck(vk_model_milestone_kind_name(
						refs[i].milestone->kind)));
			json_object_set_new(o, "name",
					    json_string_nocheck(refs[i].milestone->name));
			json_object_set_new(o, "code", json_string_nocheck(refs[i].item->code));
			json_object_set_new(o, "done", json_boolean(refs[i].milestone->done));
			json_array_append_new(a, o);
		}
		free(refs);
		break;
	}
	case VK_JSON_PHASES:
		for (size_t i = 0; i < pf->phases_n; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "code", json_string_nocheck(pf->phases[i].code));
			json_object_set_new(o, "name", json_string_nocheck(pf->phases[i].name));
			json_object_set_new(o, "colour", json_string_nocheck(pf->phases[i].colour));
			json_array_append_new(a, o);
		}
		break;
	}
	return a;
}

/* `v` in the fewest significant digits that read back as exactly `v` (strtod is
 * correctly rounded, so 17 always do), laid out as JavaScript's Number.toString does:
 * plain from 1e-6 up to 1e21, else with an exponent; with ".0" when it would read as an
 * integer, as jansson writes reals. */
static void shortest_real(double v, char buf[40])
{
	char e[32], digits[20], *p = buf;
	int n, exp, k = 0;

	for (n = 1; n < 17; n++) {
		snprintf(e, sizeof(e), "%.*e", n - 1, v);
		if (strtod(e, NULL) == v)
			break;
	}
	snprintf(e, sizeof(e), "%.*e", n - 1, v); /* [-]d[.ddd]e[+-]xx */
	exp = atoi(strchr(e, 'e') + 1);
	for (const char *q = e; *q != 'e'; q++)
		if (*q >= '0' && *q <= '9')
			digits[k++] = *q;
	digits[k] = '\0';
	if (signbit(v))
		*p++ = '-';
	if (exp >= 21 || exp < -6) {
		sprintf(p, "%c%s%se%d", digits[0], n > 1 ? "." : "", digits + 1, exp);
	} else if (exp >= n - 1) { /* a whole number: the digits, then zeros */
		p += sprintf(p, "%s", digits);
		for (int z = 0; z < exp - (n - 1); z++)
			*p++ = '0';
		strcpy(p, ".0");
	} else if (exp >= 0) {
		sprintf(p, "%.*s.%s", exp + 1, digits, digits + exp + 1);
	} else {
		p += sprintf(p, "0.");
		for (int z = 0; z < -exp - 1; z++)
			*p++ = '0';
		strcpy(p, digits);
	}
}

/* A string as jansson escapes it. The tree holds strings unchecked (json_string would
 * give NULL for bytes that are not UTF-8, and the key would be dropped without a word);
 * such bytes, from a store written before every input was checked, are written as
 * "\xff" text, so they are seen and the JSON stays valid. */
static bool put_string(FILE *out, const char *s, size_t len)
{
	json_t *j = json_stringn(s, len);
	char *text, *shown = NULL;
	bool ok;

	if (!j) {
		shown = vk_utf8_escape(s, true);
		j = json_string(shown);
	}
	text = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
	ok = text && fputs(text, out) != EOF;
	free(text);
	free(shown);
	json_decref(j);
	return ok;
}

static bool put_indent(FILE *out, int depth)
{
	return fprintf(out, "\n%*s", 2 * depth, "") >= 0;
}

/* Writes `j` as json_dumpf with JSON_INDENT(2) does, but every real in its shortest
 * round-trip form: jansson has one precision for a whole dump, which either cuts digits
 * (a score read back differs from the one ranked) or pads them (0.1 as
 * 0.10000000000000001). Keys keep their insertion order, as jansson's always do. */
static bool put(FILE *out, json_t *j, int depth)
{
	char buf[40];
	bool ok = true;

	switch (json_typeof(j)) {
	case JSON_OBJECT: {
		const char *key;
		json_t *v;
		bool first = true;

		if (json_object_size(j) == 0)
			return fputs("{}", out) != EOF;
		ok = fputc('{', out) != EOF;
		json_object_foreach(j, key, v)
		{
			ok = ok && (first || fputc(',', out) != EOF) &&
			     put_indent(out, depth + 1) && put_string(out, key, strlen(key)) &&
			     fputs(": ", out) != EOF && put(out, v, depth + 1);
			first = false;
		}
		return ok && put_indent(out, depth) && fputc('}', out) != EOF;
	}
	case JSON_ARRAY:
		if (json_array_size(j) == 0)
			return fputs("[]", out) != EOF;
		ok = fputc('[', out) != EOF;
		for (size_t i = 0; i < json_array_size(j); i++)
			ok = ok && (i == 0 || fputc(',', out) != EOF) &&
			     put_indent(out, depth + 1) &&
			     put(out, json_array_get(j, i), depth + 1);
		return ok && put_indent(out, depth) && fputc(']', out) != EOF;
	case JSON_STRING:
		return put_string(out, json_string_value(j), json_string_length(j));
	case JSON_INTEGER:
		return fprintf(out, "%" JSON_INTEGER_FORMAT, json_integer_value(j)) >= 0;
	case JSON_REAL:
		shortest_real(json_real_value(j), buf);
		return fputs(buf, out) != EOF;
	case JSON_TRUE:
		return fputs("true", out) != EOF;
	case JSON_FALSE:
		return fputs("false", out) != EOF;
	case JSON_NULL:
		return fputs("null", out) != EOF;
	}
	return false;
}

static enum vk_code dump(FILE *out, json_t *j, struct vk_error *err)
{
	bool ok = put(out, j, 0) && fputc('\n', out) != EOF;

	json_decref(j);
	if (!ok)
		return vk_error_set(err, VK_EIO, "cannot write the JSON output");
	return VK_OK;
}

enum vk_code vk_json_write_list(FILE *out, const struct vk_portfolio *pf, enum vk_json_list what,
				bool archived, struct vk_error *err)
{
	return dump(out, list_json(pf, what, archived), err);
}

enum vk_code vk_json_write_item(FILE *out, const struct vk_portfolio *pf,
				const struct vk_status_set *set, const struct vk_item *it,
				struct vk_error *err)
{
	bool archived = pf->archived_n && it >= pf->archived && it < pf->archived + pf->archived_n;
	json_t *o = item_json(pf, it, archived), *a = json_array();

	for (size_t p = 0; p < set->periods_n; p++)
		for (size_t i = 0; i < set->reports_n; i++) {
			const struct vk_report *r = &set->reports[i];
			json_t *x;
			if (strcmp(r->code, it->code) != 0 ||
			    strcmp(r->period.code, set->periods[p].code) != 0)
				continue;
			x = json_object();
			json_object_set_new(x, "period", json_string_nocheck(r->period.code));
			json_object_set_new(
			    x, "status",
			    json_string_nocheck(vk_colour_name(r->colour, VK_LANG_EN)));
			json_object_set_new(x, "comment", str_or_null(r->comment));
			json_object_set_new(x, "budget_mnok",
					    r->budget >= 0 ? real_json(r->budget) : json_null());
			json_array_append_new(a, x);
		}
	json_object_set_new(o, "status", a);
	return dump(out, o, err);
}

static json_t *by_colour(const double v[4], bool integers)
{
	json_t *o = json_object();

	/* the keys are the colours' English names */
	for (int c = VK_GRONN; c <= VK_ROD; c++)
		json_object_set_new(o, vk_colour_name((enum vk_colour)c, VK_LANG_EN),
				    integers ? json_integer((json_int_t)v[c]) : real_json(v[c]));
	return o;
}

/* The numbers of a summary, without the red and missing lists. */
static json_t *summary_json(const struct vk_status_summary *s)
{
	json_t *o = json_object();
	double counts[4], delta[4];

	for (int c = 0; c < 4; c++) {
		counts[c] = (double)s->counts[c];
		delta[c] = (double)s->delta[c];
	}
	json_object_set_new(o, "period", json_string_nocheck(s->period->code));
	json_object_set_new(o, "previous_period",
			    s->previous ? json_string_nocheck(s->previous->code) : json_null());
	json_object_set_new(o, "total", json_integer((json_int_t)s->total));
	json_object_set_new(o, "counts", by_colour(counts, true));
	json_object_set_new(o, "delta", s->previous ? by_colour(delta, true) : json_null());
	json_object_set_new(o, "share", by_colour(s->share, false));
	json_object_set_new(o, "budget_mnok", s->budgets ? real_json(s->budget) : json_null());
	if (s->silent_known) {
		/* uten rapport is a category of its own, and the shares are of the reports
		 * and the silent items together */
		json_object_set_new(o, "share", by_colour(s->share_all, false));
		json_object_set_new(json_object_get(o, "counts"), "silent",
				    json_integer((json_int_t)s->silent));
		if (s->previous)
			json_object_set_new(json_object_get(o, "delta"), "silent",
					    json_integer(s->delta_silent));
		json_object_set_new(json_object_get(o, "share"), "silent",
				    real_json(s->share_silent));
	} else {
		/* a trend row: silent items are not counted there, and its shares are of
		 * the reports alone */
		json_object_set_new(json_object_get(o, "counts"), "silent", json_null());
		if (s->previous)
			json_object_set_new(json_object_get(o, "delta"), "silent", json_null());
		json_object_set_new(json_object_get(o, "share"), "silent", json_null());
	}
	return o;
}

enum vk_code vk_json_write_status(FILE *out, const struct vk_status_summary *s,
				  const struct vk_portfolio *pf, struct vk_error *err)
{
	json_t *o = summary_json(s), *red = json_array(), *missing = json_array();

	for (size_t i = 0; i < s->red_n; i++) {
		const struct vk_item *it = vk_model_item_any(pf, s->red[i]->code);
		json_t *r = json_object();
		json_object_set_new(r, "code", json_string_nocheck(s->red[i]->code));
		json_object_set_new(r, "name", str_or_null(it ? it->name : NULL));
		json_object_set_new(r, "comment", str_or_null(s->red[i]->comment));
		json_array_append_new(red, r);
	}
	for (size_t i = 0; i < s->missing_n; i++)
		json_array_append_new(missing, json_string_nocheck(s->missing[i]));
	json_object_set_new(o, "red", red);
	json_object_set_new(o, "missing", missing);
	return dump(out, o, err);
}

enum vk_code vk_json_write_trend(FILE *out, const struct vk_status_summary *rows, size_t n,
				 struct vk_error *err)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, summary_json(&rows[i]));
	return dump(out, a, err);
}

enum vk_code vk_json_write_scores(FILE *out, const struct vk_scoring *m, const struct vk_score *s,
				  size_t n, struct vk_error *err)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object(), *groups = json_object(), *missing = json_array();
		json_object_set_new(o, "rank",
				    s[i].complete ? json_integer(s[i].rank) : json_null());
		json_object_set_new(o, "name", json_string_nocheck(s[i].measure->name));
		json_object_set_new(o, "code", str_or_null(s[i].measure->code));
		json_object_set_new(o, "score",
				    s[i].complete ? real_json(s[i].score) : json_null());
		for (size_t g = 0; g < m->criteria_n; g++)
			if (!m->criteria[g].parent)
				json_object_set_new_nocheck(
				    groups, m->criteria[g].name,
				    isnan(s[i].node[g]) ? json_null() : real_json(s[i].node[g]));
		json_object_set_new(o, "groups", groups);
		for (size_t k = 0; k < s[i].missing_n; k++)
			json_array_append_new(missing, json_string_nocheck(s[i].missing[k]));
		json_object_set_new(o, "missing", missing);
		json_array_append_new(a, o);
	}
	return dump(out, a, err);
}

enum vk_code vk_json_write_findings(FILE *out, const struct vk_findings *f, struct vk_error *err)
{
	json_t *o = json_object(), *a = json_array();

	json_object_set_new(o, "errors", json_integer((json_int_t)f->errors));
	json_object_set_new(o, "warnings", json_integer((json_int_t)f->warnings));
	for (size_t i = 0; i < f->list_n; i++) {
		json_t *x = json_object();
		json_object_set_new(
		    x, "severity",
		    json_string_nocheck(f->list[i].severity == VK_SEV_ERROR ? "error" : "warning"));
		json_object_set_new(x, "code", str_or_null(f->list[i].code));
		json_object_set_new(x, "message", json_string_nocheck(f->list[i].message));
		json_array_append_new(a, x);
	}
	json_object_set_new(o, "findings", a);
	return dump(out, o, err);
}

/* Criterion `g` of one measure's score: its value (null when missing), its weight and
 * how its children built it. */
static json_t *criterion_json(const struct vk_scoring *m, const struct vk_score *s, size_t g)
{
	const struct vk_criterion *c = &m->criteria[g];
	json_t *o = json_object(), *a = json_array();

	json_object_set_new(o, "code", json_string_nocheck(c->code));
	json_object_set_new(o, "name", json_string_nocheck(c->name));
	json_object_set_new(o, "weight", real_json(c->weight));
	json_object_set_new(o, "value", isnan(s->node[g]) ? json_null() : real_json(s->node[g]));
	for (size_t k = 0; k < m->criteria_n; k++)
		if (m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0)
			json_array_append_new(a, criterion_json(m, s, k));
	if (!vk_scoring_is_leaf(m, c))
		json_object_set_new(o, "criteria", a);
	else
		json_decref(a);
	return o;
}

enum vk_code vk_json_write_explain(FILE *out, const struct vk_scoring *m, const struct vk_score *s,
				   struct vk_error *err)
{
	json_t *o = json_object(), *groups = json_array(), *missing = json_array();

	json_object_set_new(o, "name", json_string_nocheck(s->measure->name));
	json_object_set_new(o, "code", str_or_null(s->measure->code));
	json_object_set_new(o, "complete", json_boolean(s->complete));
	json_object_set_new(o, "rank", s->complete ? json_integer(s->rank) : json_null());
	json_object_set_new(o, "score", s->complete ? real_json(s->score) : json_null());
	json_object_set_new(o, "score_rounded",
			    s->complete ? real_json(vk_score_round1(s->score)) : json_null());
	for (size_t g = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			json_array_append_new(groups, criterion_json(m, s, g));
	json_object_set_new(o, "groups", groups);
	for (size_t k = 0; k < s->missing_n; k++)
		json_array_append_new(missing, json_string_nocheck(s->missing[k]));
	json_object_set_new(o, "missing", missing);
	return dump(out, o, err);
}

static json_t *store_reference(const struct vk_portfolio *pf, json_t *o)
{
	json_t *a, *areas;

	json_object_set_new(o, "phases", list_json(pf, VK_JSON_PHASES, false));
	json_object_set_new(o, "regions", a = json_array());
	for (size_t i = 0; i < pf->regions_n; i++) {
		json_t *r = json_object();
		json_object_set_new(r, "code", json_string_nocheck(pf->regions[i].code));
		json_object_set_new(r, "name", json_string_nocheck(pf->regions[i].name));
		json_object_set_new(r, "areas", areas = json_array());
		for (size_t k = 0; k < pf->areas_n; k++) {
			json_t *ar;
			if (strcmp(pf->areas[k].region, pf->regions[i].code) != 0)
				continue;
			ar = json_object();
			json_object_set_new(ar, "code", json_string_nocheck(pf->areas[k].code));
			json_object_set_new(ar, "name", json_string_nocheck(pf->areas[k].name));
			json_array_append_new(areas, ar);
		}
		json_array_append_new(a, r);
	}
	json_object_set_new(o, "scoring", a = json_array());
	for (size_t i = 0; pf->scoring && i < pf->scoring->criteria_n; i++) {
		const struct vk_criterion *c = &pf->scoring->criteria[i];
		json_t *j = json_object();
		json_object_set_new(j, "code", json_string_nocheck(c->code));
		json_object_set_new(j, "name", json_string_nocheck(c->name));
		json_object_set_new(j, "group", str_or_null(c->parent));
		json_object_set_new(j, "weight", real_json(c->weight));
		json_object_set_new(j, "tiebreak",
				    c->tiebreak ? json_integer(c->tiebreak) : json_null());
		json_array_append_new(a, j);
	}
	return o;
}

static json_t *store_items(const struct vk_portfolio *pf, bool archived)
{
	json_t *a = json_array();
	const struct vk_item *items = archived ? pf->archived : pf->items;
	size_t n = archived ? pf->archived_n : pf->items_n;

	for (size_t i = 0; i < n; i++) {
		json_t *o = item_json(pf, &items[i], archived), *ab = json_array();
		for (size_t k = 0; k < items[i].absences_n; k++) {
			json_t *r = json_object();
			json_object_set_new(r, "after", date_json(items[i].absences[k].after));
			json_object_set_new(r, "until", date_json(items[i].absences[k].until));
			json_array_append_new(ab, r);
		}
		json_object_set_new(o, "absences", ab);
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *store_data(const struct vk_export *x, json_t *o)
{
	json_t *a;
	const struct vk_report **r = x->status ? vk_export_reports(x->status) : NULL;

	json_object_set_new(o, "reports", a = json_array());
	for (size_t i = 0; r && i < x->status->reports_n; i++) {
		json_t *j = json_object();
		json_object_set_new(j, "period", json_string_nocheck(r[i]->period.code));
		json_object_set_new(j, "code", json_string_nocheck(r[i]->code));
		json_object_set_new(j, "status",
				    json_string_nocheck(vk_colour_name(r[i]->colour, VK_LANG_NB)));
		json_object_set_new(j, "comment", str_or_null(r[i]->comment));
		json_object_set_new(j, "budget_mnok",
				    r[i]->budget >= 0 ? real_json(r[i]->budget) : json_null());
		json_array_append_new(a, j);
	}
	free(r);
	json_object_set_new(o, "scores", a = json_array());
	for (size_t i = 0; x->measures && i < x->measures->measures_n; i++) {
		const struct vk_candidate *m = &x->measures->measures[i];
		json_t *j = json_object(), *v = json_object();
		json_object_set_new(j, "measure", json_string_nocheck(m->name));
		json_object_set_new(j, "code", str_or_null(m->code));
		for (size_t k = 0; k < m->values_n; k++)
			json_object_set_new(v, m->values[k].criterion,
					    real_json(m->values[k].value));
		json_object_set_new(j, "values", v);
		json_array_append_new(a, j);
	}
	json_object_set_new(o, "costs", a = json_array());
	for (size_t i = 0; x->costs && i < x->costs->costs_n; i++) {
		const struct vk_cost *c = &x->costs->costs[i];
		json_t *j = json_object();
		json_object_set_new(j, "solution", json_string_nocheck(c->solution));
		json_object_set_new(j, "year", json_integer(c->year));
		json_object_set_new(j, "kind", json_string_nocheck(vk_cost_kind_key(c->kind)));
		json_object_set_new(j, "mnok", real_json(c->mnok));
		json_array_append_new(a, j);
	}
	return o;
}

enum vk_code vk_json_write_store(FILE *out, const struct vk_export *x, struct vk_error *err)
{
	const struct vk_portfolio *pf = x->pf;
	json_t *o = json_object();

	json_object_set_new(o, "veikart", json_integer(1));
	json_object_set_new(o, "title", str_or_null(pf->title));
	json_object_set_new(o, "status_date", date_json(pf->status_date));
	json_object_set_new(o, "cadence",
			    x->cadence != VK_CADENCE_NONE
				? json_string_nocheck(vk_period_kind_name(x->cadence))
				: json_null());
	store_reference(pf, o);
	json_object_set_new(o, "items", store_items(pf, false));
	json_object_set_new(o, "archived", store_items(pf, true));
	return dump(out, store_data(x, o), err);
}

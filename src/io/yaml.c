/* Portfolio file reader: libfyaml builds the document tree, this file walks it with a
 * schema of its own. Scalars are typed by where they stand, not by YAML's resolution
 * rules, so a country code NO stays a string and 2028 can be a date. */
#include "yaml.h"

#include <errno.h>
#include <libfyaml.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"

struct reader {
	const char *file;
	struct vk_portfolio *pf;
	struct vk_error *err;
};

static enum vk_code fail(struct reader *r, struct vk_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum vk_code fail(struct reader *r, struct vk_pos pos, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return vk_error_set(r->err, VK_EDATA, "%s:%d:%d: %s", r->file, pos.line, pos.col, msg);
}

/* Where a node starts: its own token for scalars, else its first scalar inside, else
 * `fallback` (the key that holds it). */
static struct vk_pos node_pos(struct reader *r, struct fy_node *n, struct vk_pos fallback)
{
	void *it = NULL;
	struct fy_node_pair *pair;
	struct fy_node *child;

	if (!n)
		return fallback;
	if (fy_node_is_scalar(n)) {
		struct fy_token *t = fy_node_get_scalar_token(n);
		const struct fy_mark *m = t ? fy_token_start_mark(t) : NULL;
		if (m)
			return (struct vk_pos){r->file, m->line + 1, m->column + 1};
		return fallback;
	}
	if (fy_node_is_mapping(n) && (pair = fy_node_mapping_iterate(n, &it)))
		return node_pos(r, fy_node_pair_key(pair), fallback);
	if (fy_node_is_sequence(n) && (child = fy_node_sequence_iterate(n, &it)))
		return node_pos(r, child, fallback);
	return fallback;
}

static const char *type_name(struct fy_node *n)
{
	if (!n)
		return "nothing";
	if (fy_node_is_mapping(n))
		return "a mapping";
	if (fy_node_is_sequence(n))
		return "a list";
	return "a scalar";
}

/* The text of a scalar; NULL (and an error) for anything else or a null/empty value. */
static char *scalar(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		    const char *expected)
{
	const char *s;
	size_t len;

	if (!n || !fy_node_is_scalar(n) || fy_node_is_alias(n)) {
		fail(r, node_pos(r, n, at), "'%s' must be %s, not %s", key, expected, type_name(n));
		return NULL;
	}
	s = fy_node_get_scalar(n, &len);
	if (!s || len == 0 ||
	    (fy_node_get_style(n) == FYNS_PLAIN &&
	     (strcmp(s, "~") == 0 || strncmp(s, "null", len) == 0))) {
		fail(r, node_pos(r, n, at), "'%s' is empty (expected %s)", key, expected);
		return NULL;
	}
	if (memchr(s, '\0', len)) {
		fail(r, node_pos(r, n, at), "'%s' contains a NUL character", key);
		return NULL;
	}
	return vk_xstrndup(s, len);
}

static enum vk_code get_string(struct reader *r, struct fy_node *n, struct vk_pos at,
			       const char *key, char **out)
{
	char *s = scalar(r, n, at, key, "a string");

	if (!s)
		return VK_EDATA;
	free(*out);
	*out = s;
	return VK_OK;
}

/* Parses `s` as a whole number in min..max for `key`; the error points at `pos`. */
static enum vk_code parse_int(struct reader *r, const char *s, struct vk_pos pos, const char *key,
			      long min, long max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*end || end == s || errno || v < min || v > max)
		return fail(r, pos, "'%s' must be a whole number from %ld to %ld, not '%.40s'", key,
			    min, max, s);
	*out = (int)v;
	return VK_OK;
}

static enum vk_code get_int(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			    long min, long max, int *out)
{
	char *s = scalar(r, n, at, key, "a whole number");
	enum vk_code rc;

	if (!s)
		return VK_EDATA;
	rc = parse_int(r, s, node_pos(r, n, at), key, min, max, out);
	free(s);
	return rc;
}

static enum vk_code get_mnok(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			     double *out)
{
	char *s = scalar(r, n, at, key, "an amount in MNOK"), *end;
	double v;

	if (!s)
		return VK_EDATA;
	v = strtod(s, &end);
	if (*end || end == s || !isfinite(v) || v < 0) {
		fail(r, node_pos(r, n, at), "'%s' must be an amount of 0 MNOK or more, not '%.40s'",
		     key, s);
		free(s);
		return VK_EDATA;
	}
	free(s);
	*out = v;
	return VK_OK;
}

static enum vk_code get_date(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			     enum vk_date_side side, int *out)
{
	char *s = scalar(r, n, at, key, "a date");
	struct vk_error derr;

	if (!s)
		return VK_EDATA;
	if (vk_date_parse(s, side, out, NULL, &derr)) {
		free(s);
		return fail(r, node_pos(r, n, at), "'%s': %s", key, derr.msg);
	}
	free(s);
	return VK_OK;
}

static enum vk_code get_bool(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			     bool *out)
{
	char *s = scalar(r, n, at, key, "true or false");
	enum vk_code rc = VK_OK;

	if (!s)
		return VK_EDATA;
	if (strcmp(s, "true") == 0)
		*out = true;
	else if (strcmp(s, "false") == 0)
		*out = false;
	else
		rc = fail(r, node_pos(r, n, at), "'%s' must be true or false, not '%.40s'", key, s);
	free(s);
	return rc;
}

static bool expect_list(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key)
{
	if (n && fy_node_is_sequence(n))
		return true;
	fail(r, node_pos(r, n, at), "'%s' must be a list, not %s", key, type_name(n));
	return false;
}

static bool expect_map(struct reader *r, struct fy_node *n, struct vk_pos at, const char *what)
{
	if (n && fy_node_is_mapping(n))
		return true;
	fail(r, node_pos(r, n, at), "%s must be a mapping of keys to values, not %s", what,
	     type_name(n));
	return false;
}

/* One key of a mapping being read: its name, its value and where the key stands. */
struct entry {
	const char *key;
	struct fy_node *value;
	struct vk_pos pos;
};

/* Steps through the pairs of mapping `map`; false at the end or on a non-scalar key. */
static bool next_entry(struct reader *r, struct fy_node *map, void **it, struct entry *e,
		       enum vk_code *rc)
{
	struct fy_node_pair *pair = fy_node_mapping_iterate(map, it);
	struct fy_node *key;
	const char *s;
	size_t len;

	if (!pair)
		return false;
	key = fy_node_pair_key(pair);
	e->value = fy_node_pair_value(pair);
	e->pos = node_pos(r, key, node_pos(r, map, (struct vk_pos){r->file, 1, 1}));
	if (!key || !fy_node_is_scalar(key) || !(s = fy_node_get_scalar(key, &len))) {
		*rc = fail(r, e->pos, "a key must be a plain word, not %s", type_name(key));
		return false;
	}
	e->key = fy_node_get_scalar0(key);
	return true;
}

static enum vk_code unknown_key(struct reader *r, const struct entry *e, const char *where,
				const char *known)
{
	return fail(r, e->pos, "unknown key '%.40s' in %s (expected one of: %s)", e->key, where,
		    known);
}

static enum vk_code missing_key(struct reader *r, struct vk_pos at, const char *key,
				const char *where)
{
	return fail(r, at, "%s has no '%s'", where, key);
}

/* A list of {phase, start, end} into spans appended to `*spans`. */
static enum vk_code read_spans(struct reader *r, struct fy_node *seq, struct vk_pos at,
			       struct vk_span **spans, size_t *n, size_t *cap)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "phases"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at);
		struct vk_span *sp;
		bool has_start = false, has_end = false;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "a phase"))
			return VK_EDATA;
		sp = vk_xpush(spans, n, cap, sizeof(**spans));
		sp->pos = mpos;
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "phase") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &sp->phase);
				sp->pos = node_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "start") == 0) {
				rc = get_date(r, e.value, e.pos, e.key, VK_DATE_START, &sp->start);
				has_start = true;
			} else if (strcmp(e.key, "end") == 0) {
				rc = get_date(r, e.value, e.pos, e.key, VK_DATE_END, &sp->end);
				sp->end_pos = node_pos(r, e.value, e.pos);
				has_end = true;
			} else {
				rc = unknown_key(r, &e, "a phase", "phase, start, end");
			}
		}
		if (!rc && !sp->phase)
			rc = missing_key(r, mpos, "phase", "this phase");
		if (!rc && !has_start)
			rc = missing_key(r, mpos, "start", "this phase");
		if (!rc && !has_end)
			rc = missing_key(r, mpos, "end", "this phase");
	}
	return rc;
}

static enum vk_code read_milestones(struct reader *r, struct fy_node *seq, struct vk_pos at,
				    struct vk_item *item)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "milestones"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at);
		struct vk_milestone *ms;
		bool has_date = false, has_kind = false;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "a milestone"))
			return VK_EDATA;
		ms = VK_PUSH(item->milestones);
		ms->pos = mpos;
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "name") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &ms->name);
			} else if (strcmp(e.key, "date") == 0) {
				/* "i løpet av 2027": a milestone is due by the end of its period */
				rc = get_date(r, e.value, e.pos, e.key, VK_DATE_END, &ms->date);
				has_date = true;
			} else if (strcmp(e.key, "kind") == 0) {
				char *k = NULL;
				if (!(rc = get_string(r, e.value, e.pos, e.key, &k)) &&
				    !vk_model_milestone_kind_parse(k, &ms->kind))
					rc = fail(
					    r, node_pos(r, e.value, e.pos),
					    "unknown milestone kind '%.40s' (expected decision, "
					    "delivery or goal)",
					    k);
				free(k);
				has_kind = true;
			} else {
				rc = unknown_key(r, &e, "a milestone", "date, name, kind");
			}
		}
		if (!rc && !ms->name)
			rc = missing_key(r, mpos, "name", "this milestone");
		if (!rc && !has_date)
			rc = missing_key(r, mpos, "date", "this milestone");
		if (!rc && !has_kind)
			rc = missing_key(r, mpos, "kind", "this milestone");
	}
	return rc;
}

static enum vk_code read_deps(struct reader *r, struct fy_node *seq, struct vk_pos at,
			      struct vk_item *item)
{
	struct fy_node *d;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "depends_on"))
		return VK_EDATA;
	while (!rc && (d = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_dep *dep = VK_PUSH(item->deps);
		dep->pos = node_pos(r, d, at);
		rc = get_string(r, d, at, "depends_on", &dep->code);
	}
	return rc;
}

static enum vk_code read_rollout(struct reader *r, struct fy_node *seq, struct vk_pos at,
				 struct vk_item *item)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "rollout"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at), area_pos = mpos;
		struct vk_span *spans = NULL;
		size_t spans_n = 0, spans_cap = 0;
		char *area = NULL;
		bool has_phases = false;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "a rollout entry"))
			return VK_EDATA;
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "area") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &area);
				area_pos = node_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "phases") == 0) {
				rc = read_spans(r, e.value, e.pos, &spans, &spans_n, &spans_cap);
				has_phases = true;
			} else {
				rc = unknown_key(r, &e, "a rollout entry", "area, phases");
			}
		}
		if (!rc && !area)
			rc = missing_key(r, mpos, "area", "this rollout entry");
		if (!rc && (!has_phases || spans_n == 0))
			rc = missing_key(r, mpos, "phases", "this rollout entry");
		/* one rollout row per area and phase; the rows own the strings from here */
		for (size_t i = 0; i < spans_n; i++) {
			struct vk_rollout *ro = VK_PUSH(item->rollouts);
			ro->area = vk_xstrdup(area);
			ro->area_pos = area_pos;
			ro->span = spans[i];
		}
		free(spans);
		free(area);
	}
	return rc;
}

static enum vk_code read_budget(struct reader *r, struct fy_node *map, struct vk_pos at,
				struct vk_item *item)
{
	struct entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_map(r, map, at, "'budget'"))
		return VK_EDATA;
	while (!rc && next_entry(r, map, &it, &e, &rc)) {
		struct vk_budget *b = VK_PUSH(item->budgets);

		b->pos = e.pos;
		rc = parse_int(r, e.key, e.pos, "budget year", 1900, 2200, &b->year);
		if (!rc)
			rc = get_mnok(r, e.value, e.pos, "budget", &b->mnok);
	}
	return rc;
}

#define ITEM_KEYS "code, name, owner, description, priority, phases, milestones, depends_on, budget"

/* A programme (with rollout and projects) or a project under `parent` (NULL: standalone). */
static enum vk_code read_item(struct reader *r, struct fy_node *m, struct vk_pos at,
			      enum vk_item_kind kind, const char *parent)
{
	struct vk_pos mpos = node_pos(r, m, at);
	const char *what = kind == VK_PROGRAMME ? "a programme" : "a project";
	struct fy_node *projects = NULL;
	struct vk_pos projects_pos = mpos;
	struct vk_item *item;
	size_t index;
	struct entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_map(r, m, mpos, what))
		return VK_EDATA;
	item = VK_PUSH(r->pf->items);
	index = (size_t)(item - r->pf->items);
	item->kind = kind;
	item->pos = mpos;
	item->parent = vk_xstrdup(parent);
	while (!rc && next_entry(r, m, &it, &e, &rc)) {
		if (strcmp(e.key, "code") == 0) {
			rc = get_string(r, e.value, e.pos, e.key, &item->code);
			item->pos = node_pos(r, e.value, e.pos);
		} else if (strcmp(e.key, "name") == 0) {
			rc = get_string(r, e.value, e.pos, e.key, &item->name);
		} else if (strcmp(e.key, "owner") == 0) {
			rc = get_string(r, e.value, e.pos, e.key, &item->owner);
		} else if (strcmp(e.key, "description") == 0) {
			rc = get_string(r, e.value, e.pos, e.key, &item->description);
		} else if (strcmp(e.key, "priority") == 0) {
			rc = get_int(r, e.value, e.pos, e.key, 1, 1000000, &item->priority);
		} else if (strcmp(e.key, "phases") == 0) {
			rc = read_spans(r, e.value, e.pos, &item->phases, &item->phases_n,
					&item->phases_cap);
		} else if (strcmp(e.key, "milestones") == 0) {
			rc = read_milestones(r, e.value, e.pos, item);
		} else if (strcmp(e.key, "depends_on") == 0) {
			rc = read_deps(r, e.value, e.pos, item);
		} else if (strcmp(e.key, "budget") == 0) {
			rc = read_budget(r, e.value, e.pos, item);
		} else if (kind == VK_PROGRAMME && strcmp(e.key, "rollout") == 0) {
			rc = read_rollout(r, e.value, e.pos, item);
		} else if (kind == VK_PROGRAMME && strcmp(e.key, "projects") == 0) {
			projects = e.value;
			projects_pos = e.pos;
		} else {
			rc = unknown_key(r, &e, what,
					 kind == VK_PROGRAMME ? ITEM_KEYS ", rollout, projects"
							      : ITEM_KEYS);
		}
	}
	if (!rc && !item->code)
		rc = missing_key(r, mpos, "code",
				 kind == VK_PROGRAMME ? "this programme" : "this project");
	if (!rc && !item->name)
		rc = fail(r, item->pos, "'%s' has no 'name'", item->code);
	/* projects follow their programme; the push may move `item`, so read its code first */
	if (!rc && projects) {
		char *code = vk_xstrdup(r->pf->items[index].code);
		struct fy_node *p;
		void *pit = NULL;

		if (expect_list(r, projects, projects_pos, "projects"))
			while (!rc && (p = fy_node_sequence_iterate(projects, &pit)))
				rc = read_item(r, p, projects_pos, VK_PROJECT, code);
		else
			rc = VK_EDATA;
		free(code);
	}
	return rc;
}

static enum vk_code read_items(struct reader *r, struct fy_node *seq, struct vk_pos at,
			       const char *key, enum vk_item_kind kind)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, key))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter)))
		rc = read_item(r, m, at, kind, NULL);
	return rc;
}

static enum vk_code read_phase_kinds(struct reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "phases"))
		return VK_EDATA;
	r->pf->has_phases = true;
	r->pf->phases_pos = at;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at);
		struct vk_phase_kind *ph;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "a phase kind"))
			return VK_EDATA;
		ph = VK_PUSH(r->pf->phases);
		ph->pos = mpos;
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &ph->code);
				ph->pos = node_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &ph->name);
			} else if (strcmp(e.key, "colour") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &ph->colour);
			} else {
				rc = unknown_key(r, &e, "a phase kind", "code, name, colour");
			}
		}
		if (!rc && !ph->code)
			rc = missing_key(r, mpos, "code", "this phase kind");
		if (!rc && !ph->name)
			rc = missing_key(r, mpos, "name", "this phase kind");
		if (!rc && !ph->colour)
			rc = missing_key(r, mpos, "colour", "this phase kind");
	}
	return rc;
}

static enum vk_code read_areas(struct reader *r, struct fy_node *seq, struct vk_pos at,
			       const char *region)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "areas"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at);
		struct vk_area *a;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "an area"))
			return VK_EDATA;
		a = VK_PUSH(r->pf->areas);
		a->pos = mpos;
		a->region = vk_xstrdup(region);
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &a->code);
				a->pos = node_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &a->name);
			} else {
				rc = unknown_key(r, &e, "an area", "code, name");
			}
		}
		if (!rc && !a->code)
			rc = missing_key(r, mpos, "code", "this area");
		if (!rc && !a->name)
			rc = missing_key(r, mpos, "name", "this area");
	}
	return rc;
}

static enum vk_code read_regions(struct reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!expect_list(r, seq, at, "regions"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = node_pos(r, m, at);
		struct fy_node *areas = NULL;
		struct vk_pos areas_pos = mpos;
		struct vk_region *reg;
		size_t index;
		struct entry e;
		void *it = NULL;

		if (!expect_map(r, m, mpos, "a region"))
			return VK_EDATA;
		reg = VK_PUSH(r->pf->regions);
		index = (size_t)(reg - r->pf->regions);
		reg->pos = mpos;
		while (!rc && next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &reg->code);
				reg->pos = node_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = get_string(r, e.value, e.pos, e.key, &reg->name);
			} else if (strcmp(e.key, "areas") == 0) {
				areas = e.value;
				areas_pos = e.pos;
			} else {
				rc = unknown_key(r, &e, "a region", "code, name, areas");
			}
		}
		if (!rc && !reg->code)
			rc = missing_key(r, mpos, "code", "this region");
		if (!rc && !reg->name)
			rc = missing_key(r, mpos, "name", "this region");
		if (!rc && !areas)
			rc = missing_key(r, mpos, "areas", "this region");
		if (!rc)
			rc = read_areas(r, areas, areas_pos, r->pf->regions[index].code);
	}
	return rc;
}

#define ROOT_KEYS                                                                                  \
	"veikart, title, status_date, phases, regions, replace_regions, programmes, projects"

static enum vk_code read_root(struct reader *r, struct fy_node *root)
{
	struct vk_pos top = {r->file, 1, 1};
	bool has_version = false;
	struct entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!root)
		return fail(r, top,
			    "the file is empty (expected a portfolio starting with 'veikart: 1')");
	if (!expect_map(r, root, node_pos(r, root, top), "a portfolio file"))
		return VK_EDATA;
	while (!rc && next_entry(r, root, &it, &e, &rc)) {
		if (strcmp(e.key, "veikart") == 0) {
			int version = 0;
			rc = get_int(r, e.value, e.pos, e.key, 1, 1000, &version);
			if (!rc && version != 1)
				rc = fail(
				    r, node_pos(r, e.value, e.pos),
				    "format version %d is not known to this veikart (expected 1)",
				    version);
			has_version = true;
		} else if (strcmp(e.key, "title") == 0) {
			rc = get_string(r, e.value, e.pos, e.key, &r->pf->title);
		} else if (strcmp(e.key, "status_date") == 0) {
			rc = get_date(r, e.value, e.pos, e.key, VK_DATE_START, &r->pf->status_date);
		} else if (strcmp(e.key, "phases") == 0) {
			rc = read_phase_kinds(r, e.value, e.pos);
		} else if (strcmp(e.key, "regions") == 0) {
			rc = read_regions(r, e.value, e.pos);
		} else if (strcmp(e.key, "replace_regions") == 0) {
			rc = get_bool(r, e.value, e.pos, e.key, &r->pf->replace_regions);
		} else if (strcmp(e.key, "programmes") == 0) {
			rc = read_items(r, e.value, e.pos, e.key, VK_PROGRAMME);
		} else if (strcmp(e.key, "projects") == 0) {
			rc = read_items(r, e.value, e.pos, e.key, VK_PROJECT);
		} else {
			rc = unknown_key(r, &e, "the portfolio file", ROOT_KEYS);
		}
	}
	if (!rc && !has_version)
		rc = fail(r, node_pos(r, root, top),
			  "not a veikart portfolio file: it has no 'veikart: 1' line");
	return rc;
}

/* Points at the first byte that is not valid UTF-8 (or a NUL), or returns false. */
static bool find_bad_utf8(const unsigned char *s, size_t n, struct vk_pos *pos)
{
	int line = 1, col = 1;

	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t len = c < 0x80	      ? 1
			     : (c >> 5) == 6  ? 2
			     : (c >> 4) == 14 ? 3
			     : (c >> 3) == 30 ? 4
					      : 0;
		bool ok = len > 0 && c != 0 && i + len <= n;
		uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;

		for (size_t k = 1; ok && k < len; k++) {
			ok = (s[i + k] & 0xc0) == 0x80;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		/* no overlong forms, surrogates or code points past U+10FFFF */
		if (ok && len > 1)
			ok = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) &&
			     !(len == 4 && (cp < 0x10000 || cp > 0x10ffff)) &&
			     !(cp >= 0xd800 && cp <= 0xdfff);
		if (!ok) {
			pos->line = line;
			pos->col = col;
			return true;
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
		i += len;
	}
	return false;
}

enum vk_code vk_yaml_read_buffer(const char *name, const char *data, size_t size,
				 struct vk_portfolio **out, struct vk_error *err)
{
	struct reader r = {name, vk_model_new(), err};
	struct fy_diag_cfg dcfg;
	struct fy_diag *diag;
	struct fy_parse_cfg cfg = {0};
	struct fy_document *doc = NULL;
	struct vk_pos bad = {name, 0, 0};
	enum vk_code rc;

	*out = NULL;
	if (find_bad_utf8((const unsigned char *)data, size, &bad)) {
		rc = fail(&r, bad, "the file is not UTF-8 text (save it as UTF-8)");
		goto out;
	}
	fy_diag_cfg_default(&dcfg);
	dcfg.fp = NULL;
	dcfg.output_fn = NULL;
	diag = fy_diag_create(&dcfg);
	if (!diag)
		abort();
	fy_diag_set_collect_errors(diag, true);
	cfg.flags = FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2;
	cfg.diag = diag;
	doc = fy_document_build_from_string(&cfg, data, size);
	if (!doc || fy_diag_got_error(diag)) {
		void *it = NULL;
		struct fy_diag_error *de = fy_diag_errors_iterate(diag, &it);
		/* the collected positions are 1-based already */
		struct vk_pos at = {name, de ? de->line : 1, de ? de->column : 1};

		if (de)
			rc = fail(&r, at, "not valid YAML: %s", de->msg);
		else /* a stream without a document */
			rc = read_root(&r, NULL);
		fy_diag_destroy(diag);
		goto out;
	}
	fy_diag_destroy(diag);
	rc = read_root(&r, fy_document_root(doc));
out:
	fy_document_destroy(doc);
	if (rc) {
		vk_model_free(r.pf);
		return rc;
	}
	*out = r.pf;
	return VK_OK;
}

enum vk_code vk_yaml_read_file(const char *path, struct vk_portfolio **out, struct vk_error *err)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t size = 0, cap = 0, got;
	enum vk_code rc;

	*out = NULL;
	if (!f)
		return vk_error_set(err, errno == ENOENT ? VK_ENOINPUT : VK_EIO,
				    "%s: cannot open: %s", path, strerror(errno));
	do {
		if (size == cap)
			data = vk_xrealloc(data, cap = cap ? cap * 2 : 65536);
		got = fread(data + size, 1, cap - size, f);
		size += got;
	} while (got > 0);
	if (ferror(f)) {
		rc = vk_error_set(err, VK_EIO, "%s: cannot read: %s", path, strerror(errno));
		goto out;
	}
	rc = vk_yaml_read_buffer(path, data, size, out, err);
out:
	fclose(f);
	free(data);
	return rc;
}

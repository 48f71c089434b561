/* The portfolio file's reference data: phase kinds, regions with their areas, and the
 * priority-scoring model (a tree of criteria with weights, and the tie-breaking groups). */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "yaml-int.h"

enum vk_code vk_yaml_read_phase_kinds(struct vk_yaml_reader *r, struct fy_node *seq,
				      struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "phases"))
		return VK_EDATA;
	r->pf->has_phases = true;
	r->pf->phases_pos = at;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct vk_phase_kind *ph;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a phase kind"))
			return VK_EDATA;
		ph = VK_PUSH(r->pf->phases);
		ph->pos = mpos;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &ph->code);
				ph->pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &ph->name);
			} else if (strcmp(e.key, "colour") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &ph->colour);
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a phase kind",
							 "code, name, colour");
			}
		}
		if (!rc && !ph->code)
			rc = vk_yaml_missing_key(r, mpos, "code", "this phase kind");
		if (!rc && !ph->name)
			rc = vk_yaml_missing_key(r, mpos, "name", "this phase kind");
		if (!rc && !ph->colour)
			rc = vk_yaml_missing_key(r, mpos, "colour", "this phase kind");
	}
	return rc;
}

static enum vk_code read_areas(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
			       const char *region)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "areas"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct vk_area *a;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "an area"))
			return VK_EDATA;
		a = VK_PUSH(r->pf->areas);
		a->pos = mpos;
		a->region = vk_xstrdup(region);
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &a->code);
				a->pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &a->name);
			} else {
				rc = vk_yaml_unknown_key(r, &e, "an area", "code, name");
			}
		}
		if (!rc && !a->code)
			rc = vk_yaml_missing_key(r, mpos, "code", "this area");
		if (!rc && !a->name)
			rc = vk_yaml_missing_key(r, mpos, "name", "this area");
	}
	return rc;
}

enum vk_code vk_yaml_read_regions(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "regions"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct fy_node *areas = NULL;
		struct vk_pos areas_pos = mpos;
		struct vk_region *reg;
		size_t index;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a region"))
			return VK_EDATA;
		reg = VK_PUSH(r->pf->regions);
		index = (size_t)(reg - r->pf->regions);
		reg->pos = mpos;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &reg->code);
				reg->pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &reg->name);
			} else if (strcmp(e.key, "areas") == 0) {
				areas = e.value;
				areas_pos = e.pos;
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a region", "code, name, areas");
			}
		}
		if (!rc && !reg->code)
			rc = vk_yaml_missing_key(r, mpos, "code", "this region");
		if (!rc && !reg->name)
			rc = vk_yaml_missing_key(r, mpos, "name", "this region");
		if (!rc && !areas)
			rc = vk_yaml_missing_key(r, mpos, "areas", "this region");
		if (!rc)
			rc = read_areas(r, areas, areas_pos, r->pf->regions[index].code);
	}
	return rc;
}

/* A list of criteria under `parent` (NULL: the groups), each with its own criteria. */
static enum vk_code read_criteria(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
				  const char *parent)
{
	struct vk_scoring *m = r->pf->scoring;
	struct fy_node *n;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "criteria"))
		return VK_EDATA;
	if (fy_node_sequence_item_count(seq) == 0)
		return vk_yaml_fail(r, at,
				    "'criteria' is empty (a group needs at least one criterion)");
	while (!rc && (n = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos npos = vk_yaml_pos(r, n, at);
		struct fy_node *children = NULL;
		struct vk_pos children_pos = npos;
		struct vk_criterion *c;
		size_t index;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, n, npos, "a criterion"))
			return VK_EDATA;
		c = VK_PUSH(m->criteria);
		index = (size_t)(c - m->criteria);
		c->pos = npos;
		c->weight = 1;
		c->parent = vk_xstrdup(parent);
		while (!rc && vk_yaml_next_entry(r, n, &it, &e, &rc)) {
			if (strcmp(e.key, "code") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &c->code);
				c->pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "name") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &c->name);
			} else if (strcmp(e.key, "weight") == 0) {
				rc = vk_yaml_weight(r, e.value, e.pos, e.key, &c->weight);
			} else if (strcmp(e.key, "criteria") == 0) {
				children = e.value;
				children_pos = e.pos;
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a criterion",
							 "code, name, weight, criteria");
			}
		}
		if (!rc && !c->code)
			rc = vk_yaml_missing_key(r, npos, "code", "this criterion");
		if (!rc && !c->name)
			c->name = vk_xstrdup(c->code);
		if (!rc && children) {
			/* children follow their parent; the push may move `c` */
			char *code = vk_xstrdup(m->criteria[index].code);
			rc = read_criteria(r, children, children_pos, code);
			free(code);
		}
	}
	return rc;
}

enum vk_code vk_yaml_read_scoring(struct vk_yaml_reader *r, struct fy_node *map, struct vk_pos at)
{
	struct fy_node *tiebreak = NULL;
	struct vk_pos tiebreak_pos = at;
	bool has_criteria = false;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, map, at, "'scoring'"))
		return VK_EDATA;
	r->pf->has_scoring = true;
	while (!rc && vk_yaml_next_entry(r, map, &it, &e, &rc)) {
		if (strcmp(e.key, "criteria") == 0) {
			rc = read_criteria(r, e.value, e.pos, NULL);
			has_criteria = true;
		} else if (strcmp(e.key, "tiebreak") == 0) {
			tiebreak = e.value;
			tiebreak_pos = e.pos;
		} else {
			rc = vk_yaml_unknown_key(r, &e, "'scoring'", "criteria, tiebreak");
		}
	}
	if (!rc && !has_criteria)
		rc = vk_yaml_missing_key(r, at, "criteria", "'scoring'");
	if (!rc && tiebreak) {
		/* the groups that break ties, in order; read after the criteria exist */
		struct fy_node *t;
		void *tit = NULL;
		int order = 0;

		if (!vk_yaml_expect_list(r, tiebreak, tiebreak_pos, "tiebreak"))
			return VK_EDATA;
		while (!rc && (t = fy_node_sequence_iterate(tiebreak, &tit))) {
			char *code = NULL;
			struct vk_criterion *c;
			if ((rc = vk_yaml_string(r, t, tiebreak_pos, "tiebreak", &code)))
				break;
			c = vk_scoring_find(r->pf->scoring, code);
			if (!c || c->parent)
				rc = vk_yaml_fail(
				    r, vk_yaml_pos(r, t, tiebreak_pos),
				    "tiebreak '%s' is not a group of the scoring model", code);
			else
				c->tiebreak = ++order;
			free(code);
		}
	}
	return rc;
}

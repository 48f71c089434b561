/* Portfolio file reader: libfyaml builds the document tree, this file walks it with a
 * schema of its own. Scalars are typed by where they stand, not by YAML's resolution
 * rules, so a country code NO stays a string and 2028 can be a date. */
#include "yaml.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "input.h"
#include "score.h"
#include "status.h"
#include "yaml-int.h"

/* A list of {phase, start, end} into spans appended to `*spans`. */
static enum vk_code read_spans(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
			       struct vk_span **spans, size_t *n, size_t *cap)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "phases"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct vk_span *sp;
		bool has_start = false, has_end = false;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a phase"))
			return VK_EDATA;
		sp = vk_xpush(spans, n, cap, sizeof(**spans));
		sp->pos = mpos;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "phase") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &sp->phase);
				sp->pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "start") == 0) {
				rc = vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_START,
						  &sp->start);
				has_start = true;
			} else if (strcmp(e.key, "end") == 0) {
				rc = vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_END, &sp->end);
				sp->end_pos = vk_yaml_pos(r, e.value, e.pos);
				has_end = true;
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a phase", "phase, start, end");
			}
		}
		if (!rc && !sp->phase)
			rc = vk_yaml_missing_key(r, mpos, "phase", "this phase");
		if (!rc && !has_start)
			rc = vk_yaml_missing_key(r, mpos, "start", "this phase");
		if (!rc && !has_end)
			rc = vk_yaml_missing_key(r, mpos, "end", "this phase");
	}
	return rc;
}

static enum vk_code read_milestones(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
				    struct vk_item *item)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "milestones"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct vk_milestone *ms;
		bool has_date = false, has_kind = false;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a milestone"))
			return VK_EDATA;
		ms = VK_PUSH(item->milestones);
		ms->pos = mpos;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "name") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &ms->name);
			} else if (strcmp(e.key, "date") == 0) {
				/* "i løpet av 2027": a milestone is due by the end of its period */
				rc = vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_END, &ms->date);
				has_date = true;
			} else if (strcmp(e.key, "kind") == 0) {
				char *k = NULL;
				if (!(rc = vk_yaml_string(r, e.value, e.pos, e.key, &k)) &&
				    !vk_model_milestone_kind_parse(k, &ms->kind))
					rc = vk_yaml_fail(
					    r, vk_yaml_pos(r, e.value, e.pos),
					    "unknown milestone kind '%.40s' (expected decision, "
					    "delivery or goal)",
					    k);
				free(k);
				has_kind = true;
			} else if (strcmp(e.key, "done") == 0) {
				rc = vk_yaml_bool(r, e.value, e.pos, e.key, &ms->done);
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a milestone",
							 "date, name, kind, done");
			}
		}
		if (!rc && !ms->name)
			rc = vk_yaml_missing_key(r, mpos, "name", "this milestone");
		if (!rc && !has_date)
			rc = vk_yaml_missing_key(r, mpos, "date", "this milestone");
		if (!rc && !has_kind)
			rc = vk_yaml_missing_key(r, mpos, "kind", "this milestone");
	}
	return rc;
}

static enum vk_code read_deps(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
			      struct vk_item *item)
{
	struct fy_node *d;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "depends_on"))
		return VK_EDATA;
	while (!rc && (d = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_dep *dep = VK_PUSH(item->deps);
		dep->pos = vk_yaml_pos(r, d, at);
		rc = vk_yaml_string(r, d, at, "depends_on", &dep->code);
	}
	return rc;
}

static enum vk_code read_rollout(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
				 struct vk_item *item)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, "rollout"))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at), area_pos = mpos;
		struct vk_span *spans = NULL;
		size_t spans_n = 0, spans_cap = 0;
		char *area = NULL;
		bool has_phases = false;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a rollout entry"))
			return VK_EDATA;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "area") == 0) {
				rc = vk_yaml_string(r, e.value, e.pos, e.key, &area);
				area_pos = vk_yaml_pos(r, e.value, e.pos);
			} else if (strcmp(e.key, "phases") == 0) {
				rc = read_spans(r, e.value, e.pos, &spans, &spans_n, &spans_cap);
				has_phases = true;
			} else {
				rc = vk_yaml_unknown_key(r, &e, "a rollout entry", "area, phases");
			}
		}
		if (!rc && !area)
			rc = vk_yaml_missing_key(r, mpos, "area", "this rollout entry");
		if (!rc && (!has_phases || spans_n == 0))
			rc = vk_yaml_missing_key(r, mpos, "phases", "this rollout entry");
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

static enum vk_code read_budget(struct vk_yaml_reader *r, struct fy_node *map, struct vk_pos at,
				struct vk_item *item)
{
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, map, at, "'budget'"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, map, &it, &e, &rc)) {
		struct vk_budget *b = VK_PUSH(item->budgets);

		b->pos = e.pos;
		rc = vk_yaml_parse_int(r, e.key, e.pos, "budget year", 1900, 2200, &b->year);
		if (!rc)
			rc = vk_yaml_mnok(r, e.value, e.pos, "budget", &b->mnok);
	}
	return rc;
}

/* The times an item was out of the plan, as the store keeps them (model.h, struct
 * vk_absence): oldest first, none overlapping, each closed but an archived item's last,
 * which is open (it is still out). A date or period is read as its last day. */
static enum vk_code read_absences(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
				  struct vk_item *item, bool archived)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;
	char a[VK_DATE_TEXT_MAX], b[VK_DATE_TEXT_MAX];

	if (!vk_yaml_expect_list(r, seq, at, "absences"))
		return VK_EDATA;
	item->absences_given = true;
	item->absences_pos = at;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter))) {
		struct vk_pos mpos = vk_yaml_pos(r, m, at);
		struct vk_absence *ab, *prev;
		struct vk_yaml_entry e;
		void *it = NULL;

		if (!vk_yaml_expect_map(r, m, mpos, "a time out of the plan"))
			return VK_EDATA;
		ab = VK_PUSH(item->absences);
		ab->after = ab->until = VK_DATE_NONE;
		ab->pos = mpos;
		while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
			if (strcmp(e.key, "after") == 0)
				rc =
				    vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_END, &ab->after);
			else if (strcmp(e.key, "until") == 0)
				rc =
				    vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_END, &ab->until);
			else
				rc = vk_yaml_unknown_key(r, &e, "a time out of the plan",
							 "after, until");
		}
		if (rc)
			break;
		prev = item->absences_n > 1 ? &item->absences[item->absences_n - 2] : NULL;
		if (ab->after != VK_DATE_NONE && ab->until != VK_DATE_NONE &&
		    ab->until <= ab->after)
			rc = vk_yaml_fail(
			    r, mpos, "out of the plan until %s, which is not after %s",
			    vk_date_format(ab->until, b), vk_date_format(ab->after, a));
		else if (prev && prev->until == VK_DATE_NONE)
			rc = vk_yaml_fail(r, prev->pos,
					  "only the last time out of the plan may be open (without "
					  "'until')");
		else if (prev && (ab->after == VK_DATE_NONE || ab->after < prev->until))
			rc = vk_yaml_fail(
			    r, mpos,
			    "times out of the plan go oldest first without overlapping: this one "
			    "must start ('after') on or after %s",
			    vk_date_format(prev->until, a));
	}
	if (!rc && !archived && item->absences_n &&
	    item->absences[item->absences_n - 1].until == VK_DATE_NONE)
		rc = vk_yaml_fail(r, item->absences[item->absences_n - 1].pos,
				  "an item in the plan is out of it no longer: give 'until' (an "
				  "open time out of the plan is for an item under 'archived')");
	if (!rc && archived &&
	    (!item->absences_n || item->absences[item->absences_n - 1].until != VK_DATE_NONE))
		rc = vk_yaml_fail(r,
				  item->absences_n ? item->absences[item->absences_n - 1].pos : at,
				  "an archived item is out of the plan still: its last time out "
				  "of the plan has no 'until'");
	return rc;
}

#define ITEM_KEYS                                                                                  \
	"code, name, owner, description, priority, phases, milestones, depends_on, budget, "       \
	"absences"
#define ARCHIVED_KEYS "kind, programme, " ITEM_KEYS ", rollout"

/* A programme (with rollout and projects) or a project under `parent` (NULL: standalone);
 * with `archived`, an entry of the `archived:` list: a programme or a project as its
 * `kind` says, a project's programme by its `programme` key, no nested projects. */
static enum vk_code read_item(struct vk_yaml_reader *r, struct fy_node *m, struct vk_pos at,
			      enum vk_item_kind kind, const char *parent, bool archived)
{
	struct vk_pos mpos = vk_yaml_pos(r, m, at), rollout_pos = {0}, programme_pos = {0};
	const char *what = archived		  ? "an archived item"
			   : kind == VK_PROGRAMME ? "a programme"
						  : "a project";
	struct fy_node *projects = NULL;
	struct vk_pos projects_pos = mpos;
	struct vk_item *item;
	size_t index;
	bool has_kind = false;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_map(r, m, mpos, what))
		return VK_EDATA;
	item = archived ? VK_PUSH(r->pf->archived) : VK_PUSH(r->pf->items);
	index = (size_t)(item - (archived ? r->pf->archived : r->pf->items));
	item->kind = kind;
	item->pos = mpos;
	item->parent = vk_xstrdup(parent);
	item->archived_start = item->archived_end = VK_DATE_NONE;
	while (!rc && vk_yaml_next_entry(r, m, &it, &e, &rc)) {
		if (archived && strcmp(e.key, "kind") == 0) {
			char *k = NULL;
			if (!(rc = vk_yaml_string(r, e.value, e.pos, e.key, &k))) {
				if (strcmp(k, "programme") == 0)
					item->kind = VK_PROGRAMME;
				else if (strcmp(k, "project") == 0)
					item->kind = VK_PROJECT;
				else
					rc =
					    vk_yaml_fail(r, vk_yaml_pos(r, e.value, e.pos),
							 "unknown kind '%.40s' (expected programme "
							 "or project)",
							 k);
			}
			free(k);
			has_kind = true;
		} else if (archived && strcmp(e.key, "programme") == 0) {
			free(item->parent);
			item->parent = NULL;
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &item->parent);
			programme_pos = e.pos;
		} else if (strcmp(e.key, "absences") == 0) {
			rc = read_absences(r, e.value, e.pos, item, archived);
		} else if (strcmp(e.key, "code") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &item->code);
			item->pos = vk_yaml_pos(r, e.value, e.pos);
		} else if (strcmp(e.key, "name") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &item->name);
		} else if (strcmp(e.key, "owner") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &item->owner);
		} else if (strcmp(e.key, "description") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &item->description);
		} else if (strcmp(e.key, "priority") == 0) {
			rc = vk_yaml_int(r, e.value, e.pos, e.key, 1, 1000000, &item->priority);
		} else if (strcmp(e.key, "phases") == 0) {
			rc = read_spans(r, e.value, e.pos, &item->phases, &item->phases_n,
					&item->phases_cap);
		} else if (strcmp(e.key, "milestones") == 0) {
			rc = read_milestones(r, e.value, e.pos, item);
		} else if (strcmp(e.key, "depends_on") == 0) {
			rc = read_deps(r, e.value, e.pos, item);
		} else if (strcmp(e.key, "budget") == 0) {
			rc = read_budget(r, e.value, e.pos, item);
		} else if ((archived || kind == VK_PROGRAMME) && strcmp(e.key, "rollout") == 0) {
			rc = read_rollout(r, e.value, e.pos, item);
			rollout_pos = e.pos;
		} else if (!archived && kind == VK_PROGRAMME && strcmp(e.key, "projects") == 0) {
			projects = e.value;
			projects_pos = e.pos;
		} else {
			rc = vk_yaml_unknown_key(r, &e, what,
						 archived		? ARCHIVED_KEYS
						 : kind == VK_PROGRAMME ? ITEM_KEYS
						     ", rollout, projects"
									: ITEM_KEYS);
		}
	}
	if (!rc && !item->code)
		rc = vk_yaml_missing_key(r, mpos, "code",
					 archived		? "this archived item"
					 : kind == VK_PROGRAMME ? "this programme"
								: "this project");
	if (!rc && !item->name)
		rc = vk_yaml_fail(r, item->pos, "'%s' has no 'name'", item->code);
	if (!rc && archived && !has_kind)
		rc = vk_yaml_fail(r, item->pos, "'%s' has no 'kind' (programme or project)",
				  item->code);
	if (!rc && archived && item->kind == VK_PROJECT && rollout_pos.line)
		rc = vk_yaml_fail(r, rollout_pos, "'rollout' is for programmes only");
	if (!rc && archived && item->kind == VK_PROGRAMME && programme_pos.line)
		rc = vk_yaml_fail(r, programme_pos,
				  "'programme' is for projects only (the programme a project "
				  "was under)");
	/* no `absences`: the store's, or for an item new to it, out of the plan from now */
	/* projects follow their programme; the push may move `item`, so read its code first */
	if (!rc && projects) {
		char *code = vk_xstrdup(r->pf->items[index].code);
		struct fy_node *p;
		void *pit = NULL;

		if (vk_yaml_expect_list(r, projects, projects_pos, "projects"))
			while (!rc && (p = fy_node_sequence_iterate(projects, &pit)))
				rc = read_item(r, p, projects_pos, VK_PROJECT, code, false);
		else
			rc = VK_EDATA;
		free(code);
	}
	return rc;
}

static enum vk_code read_items(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at,
			       const char *key, enum vk_item_kind kind, bool archived)
{
	struct fy_node *m;
	void *iter = NULL;
	enum vk_code rc = VK_OK;

	if (!vk_yaml_expect_list(r, seq, at, key))
		return VK_EDATA;
	while (!rc && (m = fy_node_sequence_iterate(seq, &iter)))
		rc = read_item(r, m, at, kind, NULL, archived);
	return rc;
}

#define ROOT_KEYS                                                                                  \
	"veikart, title, status_date, cadence, phases, regions, replace_regions, programmes, "     \
	"projects, archived, scoring, reports, scores, costs"

static enum vk_code read_root(struct vk_yaml_reader *r, struct fy_node *root)
{
	struct vk_pos top = {r->file, 1, 1};
	bool has_version = false;
	struct vk_yaml_entry e;
	void *it = NULL;
	enum vk_code rc = VK_OK;

	if (!root)
		return vk_yaml_fail(
		    r, top, "the file is empty (expected a portfolio starting with 'veikart: 1')");
	if (!vk_yaml_expect_map(r, root, vk_yaml_pos(r, root, top), "a portfolio file"))
		return VK_EDATA;
	while (!rc && vk_yaml_next_entry(r, root, &it, &e, &rc)) {
		if (strcmp(e.key, "veikart") == 0) {
			int version = 0;
			rc = vk_yaml_int(r, e.value, e.pos, e.key, 1, 1000, &version);
			if (!rc && version != 1)
				rc = vk_yaml_fail(
				    r, vk_yaml_pos(r, e.value, e.pos),
				    "format version %d is not known to this veikart (expected 1)",
				    version);
			has_version = true;
		} else if (strcmp(e.key, "title") == 0) {
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &r->pf->title);
		} else if (strcmp(e.key, "status_date") == 0) {
			rc = vk_yaml_date(r, e.value, e.pos, e.key, VK_DATE_START,
					  &r->pf->status_date);
		} else if (strcmp(e.key, "cadence") == 0) {
			char *word = NULL;
			rc = vk_yaml_string(r, e.value, e.pos, e.key, &word);
			if (!rc && !vk_period_kind_parse(word, &r->pf->cadence))
				rc = vk_yaml_fail(
				    r, vk_yaml_pos(r, e.value, e.pos),
				    "unknown cadence '%.40s' (expected month, quarter, "
				    "tertial, half-year or day)",
				    word);
			free(word);
		} else if (strcmp(e.key, "phases") == 0) {
			rc = vk_yaml_read_phase_kinds(r, e.value, e.pos);
		} else if (strcmp(e.key, "regions") == 0) {
			rc = vk_yaml_read_regions(r, e.value, e.pos);
		} else if (strcmp(e.key, "scoring") == 0) {
			rc = vk_yaml_read_scoring(r, e.value, e.pos);
		} else if (strcmp(e.key, "replace_regions") == 0) {
			rc = vk_yaml_bool(r, e.value, e.pos, e.key, &r->pf->replace_regions);
		} else if (strcmp(e.key, "programmes") == 0) {
			rc = read_items(r, e.value, e.pos, e.key, VK_PROGRAMME, false);
		} else if (strcmp(e.key, "projects") == 0) {
			rc = read_items(r, e.value, e.pos, e.key, VK_PROJECT, false);
		} else if (strcmp(e.key, "reports") == 0) {
			rc = vk_yaml_read_reports(r, e.value, e.pos);
		} else if (strcmp(e.key, "scores") == 0) {
			rc = vk_yaml_read_scores(r, e.value, e.pos);
		} else if (strcmp(e.key, "costs") == 0) {
			rc = vk_yaml_read_costs(r, e.value, e.pos);
		} else if (strcmp(e.key, "archived") == 0) {
			/* items that left the plan, as `export yaml` writes them */
			rc = read_items(r, e.value, e.pos, e.key, VK_PROJECT, true);
		} else {
			rc = vk_yaml_unknown_key(r, &e, "the portfolio file", ROOT_KEYS);
		}
	}
	if (!rc && !has_version)
		rc = vk_yaml_fail(r, vk_yaml_pos(r, root, top),
				  "not a veikart portfolio file: it has no 'veikart: 1' line");
	return rc;
}

/* The first error libfyaml collected, as "FILE:LINE:COL: not valid YAML: ...". */
static enum vk_code yaml_error(struct vk_yaml_reader *r, struct fy_diag *diag)
{
	void *it = NULL;
	struct fy_diag_error *de = fy_diag_errors_iterate(diag, &it);
	/* the collected positions are 1-based already */
	struct vk_pos at = {r->file, de ? de->line : 1, de ? de->column : 1};

	return vk_yaml_fail(r, at, "not valid YAML: %s", de ? de->msg : "unknown error");
}

/* True when `data` holds no YAML document: blank lines, comments, directives and
 * document markers only. */
static bool no_document(const char *data, size_t size)
{
	for (size_t i = 0; i < size;) {
		size_t end = i, k;
		while (end < size && data[end] != '\n')
			end++;
		for (k = i; k < end && (data[k] == ' ' || data[k] == '\t' || data[k] == '\r'); k++)
			;
		if (k < end && data[k] != '#' && data[k] != '%' &&
		    !(end - k >= 3 &&
		      (strncmp(data + k, "---", 3) == 0 || strncmp(data + k, "...", 3) == 0)))
			return false;
		i = end + 1;
	}
	return true;
}

void vk_yaml_doc_clear(struct vk_yaml_doc *doc)
{
	if (!doc)
		return;
	vk_model_free(doc->pf);
	vk_status_file_free(doc->status);
	vk_score_file_free(doc->scores);
	vk_cost_file_free(doc->costs);
	memset(doc, 0, sizeof(*doc));
}

enum vk_code vk_yaml_read_doc(const char *name, const char *data, size_t size,
			      struct vk_yaml_doc *out, struct vk_error *err)
{
	struct vk_yaml_reader r = {.file = name, .pf = vk_model_new(), .err = err};
	struct fy_diag_cfg dcfg;
	struct fy_diag *diag = NULL;
	struct fy_parse_cfg cfg = {0};
	struct fy_parser *fyp = NULL;
	struct fy_document *doc = NULL, *second;
	struct vk_pos bad = {name, 0, 0};
	enum vk_code rc;

	memset(out, 0, sizeof(*out));
	if (vk_input_bad_utf8(data, size, &bad.line, &bad.col)) {
		rc = vk_yaml_fail(&r, bad, "the file is not UTF-8 text (save it as UTF-8)");
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
	/* a parser rather than fy_document_build_from_string, which reads the first
	 * document and drops the rest of the stream without a word */
	if (!(fyp = fy_parser_create(&cfg)) || fy_parser_set_string(fyp, data, size) != 0)
		abort();
	doc = fy_parse_load_document(fyp);
	if (fy_diag_got_error(diag)) {
		rc = yaml_error(&r, diag);
		goto out;
	}
	if (!doc) {
		if (no_document(data, size)) /* a stream without a document */
			rc = read_root(&r, NULL);
		else /* libfyaml says nothing when memory runs out */
			rc = vk_error_set(err, VK_EIO,
					  "%s: cannot be read: the YAML parser stopped without "
					  "a reason (out of memory for a file of %zu MB?)",
					  name, size >> 20);
		goto out;
	}
	second = fy_parse_load_document(fyp);
	if (second) {
		const struct fy_mark *m =
		    fy_document_state_start_mark(fy_document_get_document_state(second));
		struct vk_pos at = {name, m ? m->line + 1 : 1, m ? m->column + 1 : 1};

		fy_parse_document_destroy(fyp, second);
		rc = vk_yaml_fail(
		    &r, at,
		    "a second YAML document (a portfolio file holds one; remove the '---' "
		    "or put it in a file of its own)");
		goto out;
	}
	if (fy_diag_got_error(diag)) {
		rc = yaml_error(&r, diag);
		goto out;
	}
	rc = read_root(&r, fy_document_root(doc));
out:
	if (doc)
		fy_parse_document_destroy(fyp, doc);
	if (fyp)
		fy_parser_destroy(fyp);
	if (diag)
		fy_diag_destroy(diag);
	out->pf = r.pf;
	out->status = r.status;
	out->scores = r.scores;
	out->costs = r.costs;
	if (rc)
		vk_yaml_doc_clear(out);
	return rc;
}

enum vk_code vk_yaml_read_buffer(const char *name, const char *data, size_t size,
				 struct vk_portfolio **out, struct vk_error *err)
{
	struct vk_yaml_doc doc;
	enum vk_code rc = vk_yaml_read_doc(name, data, size, &doc, err);

	*out = doc.pf;
	doc.pf = NULL;
	vk_yaml_doc_clear(&doc);
	return rc;
}

enum vk_code vk_yaml_read_file(const char *path, struct vk_portfolio **out, struct vk_error *err)
{
	char *data;
	size_t size;
	enum vk_code rc;

	*out = NULL;
	if ((rc = vk_input_read(path, &data, &size, err)))
		return rc;
	rc = vk_yaml_read_buffer(path, data, size, out, err);
	free(data);
	return rc;
}

/* SQLite backend: writing the portfolio model over the store's content: reference data, programmes
 * and projects upserted by code (so their status reports and scores stay), items that
 * are gone archived, other reference data that is gone pruned, plans rewritten. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "score.h"
#include "sqlite-int.h"

/* Deletes the rows of `table` whose code `keep` says are not wanted, or does `gone_sql`
 * (with the code as ?1) to them instead when given. */
static enum vk_code prune_by(struct vk_store *db, const char *table, const struct vk_portfolio *pf,
			     bool (*keep)(const struct vk_portfolio *, const char *),
			     const char *gone_sql, struct vk_error *err)
{
	char sql[80];
	sqlite3_stmt *st;
	char **gone = NULL;
	size_t gone_n = 0, gone_cap = 0;
	enum vk_code rc;
	int step;

	snprintf(sql, sizeof(sql), "SELECT code FROM %s", table);
	if ((rc = vk_sqlite_prepare(db, sql, &st, err)))
		return rc;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		if (!keep(pf, code))
			*VK_PUSH(gone) = vk_xstrdup(code);
	}
	if (step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE code = ?1", table);
	for (size_t i = 0; i < gone_n; i++) {
		if (!rc)
			rc = vk_sqlite_run(db, err, gone_sql ? gone_sql : sql, "t", gone[i]);
		free(gone[i]);
	}
	free(gone);
	return rc;
}

static enum vk_code prune(struct vk_store *db, const char *table, const struct vk_portfolio *pf,
			  bool (*keep)(const struct vk_portfolio *, const char *),
			  struct vk_error *err)
{
	return prune_by(db, table, pf, keep, NULL, err);
}

static bool keep_criterion(const struct vk_portfolio *pf, const char *code)
{
	for (size_t i = 0; i < pf->scoring->criteria_n; i++)
		if (strcmp(pf->scoring->criteria[i].code, code) == 0)
			return true;
	return false;
}

/* How many parents `c` has (a validated model has no cycles; the bound is for safety). */
static size_t criterion_depth(const struct vk_scoring *m, const struct vk_criterion *c)
{
	size_t depth = 0;

	while (c && c->parent && depth < m->criteria_n)
		c = vk_scoring_find(m, c->parent), depth++;
	return depth;
}

static enum vk_code save_criterion(struct vk_store *db, const struct vk_criterion *c, int ord,
				   struct vk_error *err)
{
	return vk_sqlite_run(db, err,
			     "INSERT INTO criterion (code, name, parent_id, weight, ord, tiebreak) "
			     "VALUES (?1, ?2, (SELECT id FROM criterion WHERE code = ?3), ?4, ?5, "
			     "?6) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
			     "parent_id = excluded.parent_id, weight = excluded.weight, "
			     "ord = excluded.ord, tiebreak = excluded.tiebreak",
			     "tttrii", c->code, c->name, c->parent, c->weight, ord, c->tiebreak);
}

static enum vk_code save_scoring(struct vk_store *db, const struct vk_portfolio *pf,
				 struct vk_error *err)
{
	const struct vk_scoring *m = pf->scoring;
	enum vk_code rc = VK_OK;
	bool deeper = true;

	/* level by level, each criterion after its parent (whose id it takes): so a new
	 * store's model gets the ids schema 3 gave the same model in an older store */
	for (size_t level = 0; deeper && !rc; level++) {
		deeper = false;
		for (size_t i = 0; i < m->criteria_n && !rc; i++) {
			const struct vk_criterion *c = &m->criteria[i];
			size_t depth = criterion_depth(m, c);
			deeper |= depth > level;
			if (depth == level)
				rc = save_criterion(db, c, (int)i + 1, err);
		}
	}
	return rc ? rc : prune(db, "criterion", pf, keep_criterion, err);
}

static bool keep_item(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_item(pf, code) != NULL;
}

static bool keep_phase(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_phase(pf, code) != NULL;
}

static bool keep_area(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_area(pf, code) != NULL;
}

static bool keep_region(const struct vk_portfolio *pf, const char *code)
{
	return vk_model_region(pf, code) != NULL;
}

static enum vk_code save_reference_data(struct vk_store *db, const struct vk_portfolio *pf,
					struct vk_error *err)
{
	enum vk_code rc = VK_OK;
	int ord = 0;

	for (size_t i = 0; i < pf->phases_n && !rc; i++) {
		const struct vk_phase_kind *ph = &pf->phases[i];
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO phase_kind (code, name, colour, ord) VALUES (?1, ?2, ?3, ?4) "
		    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
		    "colour = excluded.colour, ord = excluded.ord",
		    "ttti", ph->code, ph->name, ph->colour, (int)i + 1);
	}
	for (size_t i = 0; i < pf->regions_n && !rc; i++)
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO region (code, name, ord) VALUES (?1, ?2, ?3) "
		    "ON CONFLICT (code) DO UPDATE SET name = excluded.name, ord = excluded.ord",
		    "tti", pf->regions[i].code, pf->regions[i].name, (int)i + 1);
	for (size_t i = 0; i < pf->areas_n && !rc; i++) {
		const struct vk_area *a = &pf->areas[i];
		ord = i > 0 && strcmp(a->region, pf->areas[i - 1].region) == 0 ? ord + 1 : 1;
		rc = vk_sqlite_run(db, err,
				   "INSERT INTO area (code, name, region_id, ord) "
				   "VALUES (?1, ?2, (SELECT id FROM region WHERE code = ?3), ?4) "
				   "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
				   "region_id = excluded.region_id, ord = excluded.ord",
				   "ttti", a->code, a->name, a->region, ord);
	}
	return rc;
}

static enum vk_code save_item_details(struct vk_store *db, const struct vk_item *it,
				      struct vk_error *err)
{
	static const char *const tables[] = {"item_phase", "milestone", "dependency", "rollout",
					     "budget"};
	sqlite3_int64 id = vk_sqlite_id_of(db, "item", it->code);
	enum vk_code rc = VK_OK;
	char sql[64];

	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]) && !rc; i++) {
		snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE item_id = ?1", tables[i]);
		rc = vk_sqlite_run(db, err, sql, "x", id);
	}
	for (size_t i = 0; i < it->phases_n && !rc; i++)
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO item_phase (item_id, phase_id, start_date, end_date, ord) "
		    "VALUES (?1, (SELECT id FROM phase_kind WHERE code = ?2), ?3, ?4, ?5)",
		    "xtddi", id, it->phases[i].phase, it->phases[i].start, it->phases[i].end,
		    (int)i + 1);
	for (size_t i = 0; i < it->milestones_n && !rc; i++)
		rc = vk_sqlite_run(db, err,
				   "INSERT INTO milestone (item_id, name, kind, date, ord, done) "
				   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
				   "xttdii", id, it->milestones[i].name,
				   vk_model_milestone_kind_name(it->milestones[i].kind),
				   it->milestones[i].date, (int)i + 1, (int)it->milestones[i].done);
	for (size_t i = 0; i < it->deps_n && !rc; i++)
		rc = vk_sqlite_run(db, err,
				   "INSERT INTO dependency (item_id, depends_on_id, ord) "
				   "VALUES (?1, (SELECT id FROM item WHERE code = ?2), ?3)",
				   "xti", id, it->deps[i].code, (int)i + 1);
	for (size_t i = 0; i < it->rollouts_n && !rc; i++) {
		const struct vk_rollout *r = &it->rollouts[i];
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO rollout (item_id, area_id, phase_id, start_date, end_date, ord) "
		    "VALUES (?1, (SELECT id FROM area WHERE code = ?2), "
		    "(SELECT id FROM phase_kind WHERE code = ?3), ?4, ?5, ?6)",
		    "xttddi", id, r->area, r->span.phase, r->span.start, r->span.end, (int)i + 1);
	}
	for (size_t i = 0; i < it->budgets_n && !rc; i++)
		rc = vk_sqlite_run(db, err,
				   "INSERT INTO budget (item_id, year, mnok) VALUES (?1, ?2, ?3)",
				   "xir", id, it->budgets[i].year, it->budgets[i].mnok);
	return rc;
}

/* Replaces the stored times out of the plan of `it` by its own. */
static enum vk_code save_absences(struct vk_store *db, const struct vk_item *it,
				  struct vk_error *err)
{
	sqlite3_int64 id = vk_sqlite_id_of(db, "item", it->code);
	enum vk_code rc =
	    vk_sqlite_run(db, err, "DELETE FROM item_absence WHERE item_id = ?1", "x", id);

	for (size_t i = 0; i < it->absences_n && !rc; i++) {
		const struct vk_absence *a = &it->absences[i];
		char after[VK_DATE_TEXT_MAX], until[VK_DATE_TEXT_MAX];
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO item_absence (item_id, after_date, until_date) "
		    "VALUES (?1, ?2, ?3)",
		    "xtt", id, a->after == VK_DATE_NONE ? NULL : vk_date_format(a->after, after),
		    a->until == VK_DATE_NONE ? NULL : vk_date_format(a->until, until));
	}
	return rc;
}

static enum vk_code save_items(struct vk_store *db, const struct vk_portfolio *pf,
			       struct vk_error *err)
{
	enum vk_code rc = VK_OK;

	/* parents are linked in a second pass, so order in the model does not matter */
	for (size_t i = 0; i < pf->items_n && !rc; i++) {
		const struct vk_item *it = &pf->items[i];
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO item (kind, code, name, owner, description, parent_id, "
		    "priority, ord) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?7) "
		    "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
		    "name = excluded.name, owner = excluded.owner, "
		    "description = excluded.description, parent_id = NULL, "
		    "priority = excluded.priority, ord = excluded.ord, archived = 0",
		    "tttttpi", it->kind == VK_PROGRAMME ? "programme" : "project", it->code,
		    it->name, it->owner, it->description, it->priority, (int)i + 1);
	}
	/* archived items with their plans: a stored one keeps its place, a new one goes
	 * last; one that was live leaves the plan here (archived = 1) */
	for (size_t i = 0; i < pf->archived_n && !rc; i++) {
		const struct vk_item *it = &pf->archived[i];
		rc = vk_sqlite_run(
		    db, err,
		    "INSERT INTO item (kind, code, name, owner, description, parent_id, "
		    "priority, ord, archived) VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, "
		    "(SELECT coalesce(max(ord), 0) + 1 FROM item), 1) "
		    "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
		    "name = excluded.name, owner = excluded.owner, "
		    "description = excluded.description, parent_id = NULL, "
		    "priority = excluded.priority, archived = 1",
		    "tttttp", it->kind == VK_PROGRAMME ? "programme" : "project", it->code,
		    it->name, it->owner, it->description, it->priority);
	}
	for (size_t i = 0; i < pf->items_n + pf->archived_n && !rc; i++) {
		const struct vk_item *it =
		    i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
		if (it->parent)
			rc = vk_sqlite_run(
			    db, err,
			    "UPDATE item SET parent_id = (SELECT id FROM item WHERE code = ?1) "
			    "WHERE code = ?2",
			    "tt", it->parent, it->code);
	}
	/* an item that left the plan is archived with its reports and scores, never
	 * deleted; it keeps its parent link, and a later file that names it again brings
	 * it back (archived = 0 above). Either way the store's triggers (migration 008)
	 * record it in item_absence: out of the plan after the latest period the store
	 * holds, back in the plan after the latest one, so no past period's count moves. */
	if (!rc)
		rc = prune_by(db, "item", pf, keep_item,
			      "UPDATE item SET archived = 1 WHERE code = ?1 AND archived = 0", err);
	for (size_t i = 0; i < pf->items_n + pf->archived_n && !rc; i++) {
		const struct vk_item *it =
		    i < pf->items_n ? &pf->items[i] : &pf->archived[i - pf->items_n];
		rc = save_item_details(db, it, err);
		if (!rc && it->absences_given)
			rc = save_absences(db, it, err);
	}
	return rc;
}

/* Refuses a phase kind or area that `pf` drops while an archived item's stored plan
 * (phases, rollout) still uses it: called after the live items' plans are rewritten, so
 * every row that is left belongs to an archived item. */
static enum vk_code archived_use(struct vk_store *db, const struct vk_portfolio *pf,
				 struct vk_error *err)
{
	static const char sql[] =
	    "SELECT i.code, 0, k.code FROM item_phase p JOIN item i ON i.id = p.item_id JOIN "
	    "phase_kind k ON k.id = p.phase_id UNION ALL SELECT i.code, 0, k.code FROM rollout "
	    "r JOIN item i ON i.id = r.item_id JOIN phase_kind k ON k.id = r.phase_id UNION "
	    "ALL SELECT i.code, 1, a.code FROM rollout r JOIN item i ON i.id = r.item_id JOIN "
	    "area a ON a.id = r.area_id";
	sqlite3_stmt *st;
	enum vk_code rc = VK_OK;
	int step = SQLITE_DONE;

	if ((rc = vk_sqlite_prepare(db, sql, &st, err)))
		return rc;
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *item = (const char *)sqlite3_column_text(st, 0);
		const char *code = (const char *)sqlite3_column_text(st, 2);
		bool area = sqlite3_column_int(st, 1) != 0;

		if (area ? keep_area(pf, code) : keep_phase(pf, code))
			continue;
		rc = vk_error_set(
		    err, VK_EDATA,
		    "the file drops %s '%.40s', which archived '%.40s' still uses in its "
		    "stored plan: keep '%.40s' in the file's %s, or remove the archived item "
		    "first with 'veikart remove %.40s --purge' (that deletes its history)",
		    area ? "area" : "phase kind", code, item, code, area ? "regions" : "phases",
		    item);
	}
	if (!rc && step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	sqlite3_finalize(st);
	return rc;
}

/* Writes `pf` over the store's content inside the caller's transaction. */
enum vk_code vk_sqlite_save_portfolio(struct vk_store *db, const struct vk_portfolio *pf,
				      struct vk_error *err)
{
	enum vk_code rc;
	char date[VK_DATE_TEXT_MAX];

	/* the cadence is the store's to keep (vk_sqlite_settle_cadence) */
	if ((rc = vk_sqlite_exec(db, "DELETE FROM meta WHERE key <> 'cadence'", "writing the store",
				 err)))
		return rc;
	if (pf->title &&
	    (rc = vk_sqlite_run(db, err, "INSERT INTO meta VALUES ('title', ?1)", "t", pf->title)))
		return rc;
	if (pf->status_date != VK_DATE_NONE &&
	    (rc = vk_sqlite_run(db, err, "INSERT INTO meta VALUES ('status_date', ?1)", "t",
				vk_date_format(pf->status_date, date))))
		return rc;
	if ((rc = save_reference_data(db, pf, err)) || (rc = save_items(db, pf, err)) ||
	    (pf->has_scoring && (rc = save_scoring(db, pf, err))))
		return rc;
	/* the live plan was checked against the new phase kinds and areas, so only archived
	 * items can still use one that goes: refuse rather than lose their plan unseen */
	if ((rc = archived_use(db, pf, err)) ||
	    (rc = prune(db, "phase_kind", pf, keep_phase, err)) ||
	    (rc = prune(db, "area", pf, keep_area, err)))
		return rc;
	return prune(db, "region", pf, keep_region, err);
}

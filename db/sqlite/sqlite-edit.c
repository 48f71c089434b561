/* SQLite backend: what editing commands and the import's summary need beyond loading and
 * saving: plan prints, criteria in use, periods for messages, renaming and purging. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "sqlite-int.h"

struct prints {
	struct vk_plan_print *list;
	size_t list_n, list_cap;
};

static void plan_print_row(sqlite3_stmt *st, void *ctx)
{
	struct prints *prints = ctx;
	struct vk_plan_print *p = VK_PUSH(prints->list);

	p->code = vk_sqlite_col_text(st, 0);
	p->print = vk_sqlite_col_text(st, 1);
}

static int by_print_code(const void *a, const void *b)
{
	return strcmp(((const struct vk_plan_print *)a)->code,
		      ((const struct vk_plan_print *)b)->code);
}

/* each detail table's rows of one item in order, joined by GS (29); parts split by RS (30) */
enum vk_code vk_sqlite_plan_prints(struct vk_store *db, bool archived, struct vk_plan_print **out,
				   size_t *n, struct vk_error *err)
{
	/* ?1 is bound (to 1) for the archived items alone */
	static const char sql[] =
	    "SELECT i.code, i.kind || char(31) || i.name || char(31) || coalesce(i.owner, '') "
	    "|| char(31) || coalesce(i.description, '') || char(31) || coalesce(p.code, '') "
	    "|| char(31) || coalesce(i.priority, '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT k.code || ',' || "
	    "x.start_date || ',' || x.end_date AS v FROM item_phase x JOIN phase_kind k ON "
	    "k.id = x.phase_id WHERE x.item_id = i.id ORDER BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT name || ',' || kind || "
	    "',' || date || ',' || done AS v FROM milestone WHERE item_id = i.id ORDER BY "
	    "ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT d.code AS v FROM "
	    "dependency x JOIN item d ON d.id = x.depends_on_id WHERE x.item_id = i.id ORDER "
	    "BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT a.code || ',' || "
	    "k.code || ',' || x.start_date || ',' || x.end_date AS v FROM rollout x JOIN area "
	    "a ON a.id = x.area_id JOIN phase_kind k ON k.id = x.phase_id WHERE x.item_id = "
	    "i.id ORDER BY x.ord)), '') || char(30) "
	    "|| coalesce((SELECT group_concat(v, char(29)) FROM (SELECT year || '=' || mnok "
	    "AS v FROM budget WHERE item_id = i.id ORDER BY year)), '') "
	    "FROM item i LEFT JOIN item p ON p.id = i.parent_id "
	    "WHERE i.archived = (?1 IS NOT NULL)";
	struct prints prints = {0};
	enum vk_code rc =
	    vk_sqlite_each_row(db, sql, archived ? 1 : 0, plan_print_row, &prints, err);

	if (prints.list_n)
		qsort(prints.list, prints.list_n, sizeof(*prints.list), by_print_code);
	*out = prints.list;
	*n = prints.list_n;
	return rc;
}

struct uses {
	struct vk_criterion_use *list;
	size_t list_n, list_cap;
};

static void use_row(sqlite3_stmt *st, void *ctx)
{
	struct uses *uses = ctx;
	struct vk_criterion_use *u = VK_PUSH(uses->list);

	u->code = vk_sqlite_col_text(st, 0);
	u->scores = (size_t)sqlite3_column_int64(st, 1);
}

enum vk_code vk_sqlite_criterion_use(struct vk_store *db, struct vk_criterion_use **out, size_t *n,
				     struct vk_error *err)
{
	struct uses uses = {0};
	enum vk_code rc =
	    vk_sqlite_each_row(db,
			       "SELECT c.code, count(*) FROM score s JOIN criterion c "
			       "ON c.id = s.criterion_id GROUP BY c.id ORDER BY c.ord",
			       0, use_row, &uses, err);

	*out = uses.list;
	*n = uses.list_n;
	return rc;
}

/* The end of the latest period the store holds (VK_DATE_NONE: none), and its code into
 * `code` (VK_PERIOD_CODE_MAX bytes; "" when none). */
enum vk_code vk_sqlite_latest_period(struct vk_store *db, int *end, char *code,
				     struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	*end = VK_DATE_NONE;
	code[0] = '\0';
	if ((rc = vk_sqlite_prepare(
		 db,
		 "SELECT end_date, code FROM period ORDER BY end_date DESC, start_date "
		 "DESC LIMIT 1",
		 &st, err)))
		return rc;
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		*end = vk_sqlite_col_date(st, 0);
		snprintf(code, VK_PERIOD_CODE_MAX, "%s", (const char *)sqlite3_column_text(st, 1));
	} else if (step != SQLITE_DONE) {
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	}
	sqlite3_finalize(st);
	return rc;
}

void vk_sqlite_period_ending(struct vk_store *db, int end, char *code)
{
	char date[VK_DATE_TEXT_MAX];
	sqlite3_stmt *st;

	code[0] = '\0';
	if (sqlite3_prepare_v2(db->sql,
			       "SELECT code FROM period WHERE end_date = ?1 ORDER BY start_date "
			       "DESC LIMIT 1",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, vk_date_format(end, date), -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(code, VK_PERIOD_CODE_MAX, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

enum vk_code vk_sqlite_rename(struct vk_store *db, const char *old_code, const char *new_code,
			      size_t *reports, struct vk_error *err)
{
	sqlite3_int64 id, n = 0;
	enum vk_code rc;

	if (!(id = vk_sqlite_id_of(db, "item", old_code)))
		return vk_error_set(err, VK_ENOTFOUND,
				    "no programme or project '%s' (see 'veikart list programmes')",
				    old_code);
	if (strcmp(old_code, new_code) != 0 && vk_sqlite_id_of(db, "item", new_code))
		return vk_error_set(err, VK_EDATA,
				    "'%s' is taken by another programme or project (archived ones "
				    "count: see 'veikart list --archived')",
				    new_code);
	/* reports, scores, plans, dependencies and projects refer to the item's id */
	if ((rc = vk_sqlite_run(db, err, "UPDATE item SET code = ?1 WHERE id = ?2", "tx", new_code,
				id)) ||
	    (rc = vk_sqlite_each_row(db, "SELECT count(*) FROM status_report WHERE item_id = ?1",
				     id, vk_sqlite_int_row, &n, err)))
		return rc;
	*reports = (size_t)n;
	return VK_OK;
}

/* The item `?1` and, for a programme, its projects. */
#define REMOVED_IDS                                                                                \
	"(SELECT id FROM item WHERE code = ?1 UNION SELECT c.id FROM item c JOIN item p ON "       \
	"p.id = c.parent_id WHERE p.code = ?1)"

/* Refuses to purge `code` while an item that goes on (live or archived) depends on it or,
 * for a programme, on one of its projects. */
static enum vk_code purge_dependants(struct vk_store *db, const char *code, struct vk_error *err)
{
	sqlite3_stmt *st;
	enum vk_code rc;
	int step;

	if ((rc = vk_sqlite_prepare(
		 db,
		 "SELECT i.code, i.archived, d.code FROM dependency x JOIN item i ON "
		 "i.id = x.item_id JOIN item d ON d.id = x.depends_on_id WHERE "
		 "x.depends_on_id IN " REMOVED_IDS " AND x.item_id NOT IN " REMOVED_IDS
		 " ORDER BY i.archived, i.ord, i.id, x.ord LIMIT 1",
		 &st, err)))
		return rc;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	if ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *who = (const char *)sqlite3_column_text(st, 0);
		const char *on = (const char *)sqlite3_column_text(st, 2);
		bool archived = sqlite3_column_int(st, 1) != 0;
		char of[80] = "";

		if (strcmp(on, code) != 0)
			snprintf(of, sizeof(of), " (a project of '%.32s')", code);
		rc = vk_error_set(err, VK_EDATA,
				  "cannot purge '%s': %s'%s' depends on '%s'%s in its stored plan, "
				  "and would lose that dependency: purge '%s' first%s",
				  code, archived ? "archived " : "", who, on, of, who,
				  archived ? "" : ", or take the dependency out of its file");
	} else if (step != SQLITE_DONE) {
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	}
	sqlite3_finalize(st);
	return rc;
}

enum vk_code vk_sqlite_purge(struct vk_store *db, const char *code, struct vk_removal *out,
			     struct vk_error *err)
{
	static const struct {
		const char *sql;
		size_t offset;
	} counts[] = {
	    {"SELECT count(*) FROM item WHERE id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, items)},
	    {"SELECT count(*) FROM status_report WHERE item_id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, reports)},
	    {"SELECT count(*) FROM measure WHERE item_id IN " REMOVED_IDS,
	     offsetof(struct vk_removal, measures)},
	    {"SELECT count(*) FROM score WHERE measure_id IN (SELECT id FROM measure WHERE "
	     "item_id IN " REMOVED_IDS ")",
	     offsetof(struct vk_removal, scores)},
	};
	enum vk_code rc;

	/* an archived item's stored dependency on it would go with it (ON DELETE CASCADE),
	 * and its plan with it unseen: refuse, as for a live item that depends on it */
	if ((rc = purge_dependants(db, code, err)))
		return rc;
	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		sqlite3_stmt *st;
		int step;
		if ((rc = vk_sqlite_prepare(db, counts[i].sql, &st, err)))
			return rc;
		sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
		if ((step = sqlite3_step(st)) == SQLITE_ROW)
			*(size_t *)((char *)out + counts[i].offset) =
			    (size_t)sqlite3_column_int64(st, 0);
		else
			rc = vk_sqlite_fail(db, step, "reading the store", err);
		sqlite3_finalize(st);
		if (rc)
			return rc;
	}
	/* status reports, plans and a programme's projects go with the item (ON DELETE
	 * CASCADE); measures would only lose their link, so they go first */
	if ((rc = vk_sqlite_run(db, err, "DELETE FROM measure WHERE item_id IN " REMOVED_IDS, "t",
				code)))
		return rc;
	return vk_sqlite_run(db, err, "DELETE FROM item WHERE id IN " REMOVED_IDS, "t", code);
}

/* SQLite backend: reading the portfolio model (reference data, items with their plans
 * and latest status, the scoring model) in few queries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "score.h"
#include "sqlite-int.h"

static void meta_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	const char *key = (const char *)sqlite3_column_text(st, 0);

	if (!key) /* refused when the store is opened; a NULL key holds nothing */
		return;
	if (strcmp(key, "title") == 0) {
		free(pf->title);
		pf->title = vk_sqlite_col_text(st, 1);
	} else if (strcmp(key, "status_date") == 0) {
		pf->status_date = vk_sqlite_col_date(st, 1);
	}
}

static void phase_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_phase_kind *ph = VK_PUSH(pf->phases);

	ph->code = vk_sqlite_col_text(st, 0);
	ph->name = vk_sqlite_col_text(st, 1);
	ph->colour = vk_sqlite_col_text(st, 2);
}

static void region_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_region *r = VK_PUSH(pf->regions);

	r->code = vk_sqlite_col_text(st, 0);
	r->name = vk_sqlite_col_text(st, 1);
}

static void area_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	struct vk_area *a = VK_PUSH(pf->areas);

	a->code = vk_sqlite_col_text(st, 0);
	a->name = vk_sqlite_col_text(st, 1);
	a->region = vk_sqlite_col_text(st, 2);
}

/* An item's absences from ABSENCES_SQL's text: "AFTER,UNTIL" rows (dates, or empty for
 * none) split by ';', oldest first. */
static void absences_parse(struct vk_item *it, const unsigned char *text)
{
	const char *s = (const char *)text;

	while (s && *s) {
		struct vk_absence *a = VK_PUSH(it->absences);
		char date[VK_DATE_TEXT_MAX];
		size_t n;

		for (int side = 0; side < 2; side++) {
			int *d = side ? &a->until : &a->after;
			n = strcspn(s, side ? ";" : ",");
			*d = VK_DATE_NONE;
			if (n > 0 && n < sizeof(date)) {
				memcpy(date, s, n);
				date[n] = '\0';
				vk_date_parse(date, VK_DATE_START, d, NULL, NULL);
			}
			s += n + (s[n] != '\0');
		}
	}
}

/* The item i's absences as absences_parse reads them. */
#define ABSENCES_SQL                                                                               \
	"(SELECT group_concat(v, ';') FROM (SELECT coalesce(after_date, '') || ',' || "            \
	"coalesce(until_date, '') AS v FROM item_absence WHERE item_id = i.id ORDER BY "           \
	"coalesce(after_date, ''), rowid))"

static void item_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_portfolio *pf = ctx;
	/* archived items are put aside, so every view sees the live plan alone */
	struct vk_item *it = sqlite3_column_int(st, 7) ? VK_PUSH(pf->archived) : VK_PUSH(pf->items);

	it->kind = strcmp((const char *)sqlite3_column_text(st, 0), "programme") == 0 ? VK_PROGRAMME
										      : VK_PROJECT;
	it->code = vk_sqlite_col_text(st, 1);
	it->name = vk_sqlite_col_text(st, 2);
	it->owner = vk_sqlite_col_text(st, 3);
	it->description = vk_sqlite_col_text(st, 4);
	it->parent = vk_sqlite_col_text(st, 5);
	it->priority = sqlite3_column_int(st, 6);
	if (sqlite3_column_int(st, 7)) { /* its details are read with the live items' */
		it->archived_start = vk_sqlite_col_date(st, 9);
		it->archived_end = vk_sqlite_col_date(st, 10);
	}
	absences_parse(it, sqlite3_column_text(st, 8));
}

static void criterion_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_scoring *m = ctx;
	struct vk_criterion *c = VK_PUSH(m->criteria);

	c->code = vk_sqlite_col_text(st, 0);
	c->name = vk_sqlite_col_text(st, 1);
	c->parent = vk_sqlite_col_text(st, 2);
	c->weight = sqlite3_column_double(st, 3);
	c->tiebreak = sqlite3_column_int(st, 4);
}

static void span_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_span *s = VK_PUSH(it->phases);

	s->phase = vk_sqlite_col_text(st, 0);
	s->start = vk_sqlite_col_date(st, 1);
	s->end = vk_sqlite_col_date(st, 2);
}

static void milestone_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_milestone *m = VK_PUSH(it->milestones);

	m->name = vk_sqlite_col_text(st, 0);
	vk_model_milestone_kind_parse((const char *)sqlite3_column_text(st, 1), &m->kind);
	m->date = vk_sqlite_col_date(st, 2);
	m->done = sqlite3_column_int(st, 3) != 0;
}

static void dep_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	VK_PUSH(it->deps)->code = vk_sqlite_col_text(st, 0);
}

static void rollout_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_rollout *r = VK_PUSH(it->rollouts);

	r->area = vk_sqlite_col_text(st, 0);
	r->span.phase = vk_sqlite_col_text(st, 1);
	r->span.start = vk_sqlite_col_date(st, 2);
	r->span.end = vk_sqlite_col_date(st, 3);
}

static void budget_row(sqlite3_stmt *st, void *ctx)
{
	struct vk_item *it = ctx;
	struct vk_budget *b = VK_PUSH(it->budgets);

	b->year = sqlite3_column_int(st, 0);
	b->mnok = sqlite3_column_double(st, 1);
}
/* Rows of a detail table for many items at once: the item's id is the query's last
 * column, and `row` fills that item like the per-item callbacks do. */
struct details {
	struct vk_portfolio *pf;
	struct item_at {
		sqlite3_int64 id;
		size_t at; /* in pf->items, or in pf->archived when `archived` */
		bool archived;
	} * ids;
	size_t ids_n, ids_cap;
	size_t live_n, archived_n; /* items of each list seen so far, in store order */
	void (*row)(sqlite3_stmt *, void *);
	size_t unset;	    /* items without a latest status yet */
	const char *period; /* the period being read, and its end */
	int period_end;
};

static int by_id(const void *a, const void *b)
{
	sqlite3_int64 x = ((const struct item_at *)a)->id, y = ((const struct item_at *)b)->id;
	return (x > y) - (x < y);
}

static void id_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at *a = VK_PUSH(d->ids);

	a->id = sqlite3_column_int64(st, 0);
	a->archived = sqlite3_column_int(st, 1) != 0;
	a->at = a->archived ? d->archived_n++ : d->live_n++;
}

static void detail_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {.id = sqlite3_column_int64(st, sqlite3_column_count(st) - 1)}, *hit;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (hit)
		d->row(st, hit->archived ? &d->pf->archived[hit->at] : &d->pf->items[hit->at]);
}

static void latest_row(sqlite3_stmt *st, void *ctx)
{
	struct details *d = ctx;
	struct item_at key = {.id = sqlite3_column_int64(st, 1)}, *hit;
	struct vk_item *it;

	hit = bsearch(&key, d->ids, d->ids_n, sizeof(*d->ids), by_id);
	if (!hit || hit->archived || (it = &d->pf->items[hit->at])->status != VK_COLOUR_NONE)
		return;
	vk_colour_parse((const char *)sqlite3_column_text(st, 0), &it->status);
	snprintf(it->status_period, sizeof(it->status_period), "%s", d->period ? d->period : "");
	it->status_end = d->period_end;
	d->unset--;
}

/* The colour of each item's latest report: the periods from the latest back, until every
 * item that has reported has one. That is usually after the first period, so years of
 * history are not read (10,000 items × 60 periods: 1.3 s with one windowed query over
 * all reports). */
static enum vk_code load_latest_status(struct vk_store *db, struct details *d, struct vk_error *err)
{
	sqlite3_stmt *periods;
	sqlite3_int64 reported = 0;
	enum vk_code rc;
	int step = SQLITE_DONE;

	/* items that never reported would otherwise make it read every period */
	if ((rc = vk_sqlite_each_row(db,
				     "SELECT count(*) FROM item i WHERE i.archived = 0 AND EXISTS "
				     "(SELECT 1 FROM status_report s WHERE s.item_id = i.id)",
				     0, vk_sqlite_int_row, &reported, err)) ||
	    (rc = vk_sqlite_prepare(db,
				    "SELECT id, code, end_date FROM period ORDER BY end_date DESC, "
				    "start_date DESC",
				    &periods, err)))
		return rc;
	d->unset = (size_t)reported;
	while (!rc && d->unset && (step = sqlite3_step(periods)) == SQLITE_ROW) {
		d->period = (const char *)sqlite3_column_text(periods, 1);
		d->period_end = vk_sqlite_col_date(periods, 2);
		rc = vk_sqlite_each_row(
		    db, "SELECT colour, item_id FROM status_report WHERE period_id = ?1",
		    sqlite3_column_int64(periods, 0), latest_row, d, err);
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = vk_sqlite_fail(db, step, "reading the store", err);
	sqlite3_finalize(periods);
	return rc;
}

/* Phases, milestones, dependencies, rollouts and budgets of every item, live and
 * archived (an archived item's plan is history too: `show` tells it, and an import must
 * not lose it unseen): one query per table, not one per item; then the latest status of
 * the live items. */
static enum vk_code load_details(struct vk_store *db, struct vk_portfolio *pf, struct vk_error *err)
{
	static const struct {
		const char *sql;
		void (*row)(sqlite3_stmt *, void *);
	} tables[] = {
	    {"SELECT k.code, p.start_date, p.end_date, p.item_id FROM item_phase p "
	     "JOIN phase_kind k ON k.id = p.phase_id ORDER BY p.item_id, p.ord",
	     span_row},
	    {"SELECT name, kind, date, done, item_id FROM milestone ORDER BY item_id, ord",
	     milestone_row},
	    {"SELECT i.code, d.item_id FROM dependency d JOIN item i ON i.id = d.depends_on_id "
	     "ORDER BY d.item_id, d.ord",
	     dep_row},
	    {"SELECT a.code, k.code, r.start_date, r.end_date, r.item_id FROM rollout r "
	     "JOIN area a ON a.id = r.area_id JOIN phase_kind k ON k.id = r.phase_id "
	     "ORDER BY r.item_id, r.ord",
	     rollout_row},
	    {"SELECT year, mnok, item_id FROM budget ORDER BY item_id, year", budget_row},
	};
	struct details d = {.pf = pf};
	enum vk_code rc;

	/* the same order as item_row's, which puts each item in its list */
	if ((rc = vk_sqlite_each_row(db, "SELECT id, archived FROM item ORDER BY ord, id", 0,
				     id_row, &d, err)))
		goto out;
	qsort(d.ids, d.ids_n, sizeof(*d.ids), by_id);
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]) && !rc; t++) {
		d.row = tables[t].row;
		rc = vk_sqlite_each_row(db, tables[t].sql, 0, detail_row, &d, err);
	}
	if (!rc)
		rc = load_latest_status(db, &d, err);
out:
	free(d.ids);
	return rc;
}

/* Reads the portfolio into `pf` inside the caller's transaction: all of it, or without
 * the items' details (phases, milestones, ...) when `details` is false. */
enum vk_code vk_sqlite_load(struct vk_store *db, struct vk_portfolio *pf, bool details,
			    struct vk_error *err)
{
	enum vk_code rc;

	if ((rc = vk_sqlite_each_row(db, "SELECT key, value FROM meta", 0, meta_row, pf, err)) ||
	    (rc = vk_sqlite_each_row(db, "SELECT code, name, colour FROM phase_kind ORDER BY ord",
				     0, phase_row, pf, err)) ||
	    (rc = vk_sqlite_each_row(db, "SELECT code, name FROM region ORDER BY ord", 0,
				     region_row, pf, err)) ||
	    (rc = vk_sqlite_each_row(
		 db,
		 "SELECT a.code, a.name, r.code FROM area a JOIN region r ON r.id = "
		 "a.region_id ORDER BY r.ord, a.ord",
		 0, area_row, pf, err)) ||
	    (rc = vk_sqlite_each_row(
		 db,
		 "SELECT i.kind, i.code, i.name, i.owner, i.description, p.code, "
		 "i.priority, i.archived, " ABSENCES_SQL ", (SELECT min(start_date) "
		 "FROM item_phase WHERE item_id = i.id), (SELECT max(end_date) FROM "
		 "item_phase WHERE item_id = i.id) FROM item i LEFT JOIN item p ON "
		 "p.id = i.parent_id ORDER BY i.ord, i.id",
		 0, item_row, pf, err)))
		return rc;
	if (details && pf->items_n + pf->archived_n && (rc = load_details(db, pf, err)))
		return rc;
	return vk_sqlite_each_row(
	    db,
	    "SELECT c.code, c.name, p.code, c.weight, c.tiebreak FROM criterion c "
	    "LEFT JOIN criterion p ON p.id = c.parent_id ORDER BY c.ord",
	    0, criterion_row, pf->scoring, err);
}

/* The store's backends behind one table of operations, in the manner of SQLite's
 * sqlite3_io_methods: db/store.c (backend-neutral: open by address, import once, read
 * snapshots) calls these for every read and write. Not a public header. */
#ifndef VK_STORE_OPS_H
#define VK_STORE_OPS_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"

/* A backend's handle: opaque here, completed by the backend's own files (the SQLite one
 * in db/sqlite/sqlite-int.h) and seen whole only there. */
struct vk_store;

/* One live item's stored plan as one text (its fields, phases, milestones,
 * dependencies, rollouts and budgets, not its place in the list), so an import tells an
 * item the files changed from one they named again as it was. Two prints are equal
 * exactly when the stored plans are. */
struct vk_plan_print {
	char *code, *print;
};

/* A stored criterion of the scoring model and how many score values it holds. */
struct vk_criterion_use {
	char *code;
	size_t scores;
};

/* Every operation returns VK_OK or fills `err` (the backend's reason in the message)
 * unless it says otherwise. "In a transaction" means between begin or begin_read and
 * commit or rollback; the neutral store brackets every call so. */
struct vk_store_ops {
	const char *name; /* for messages: "SQLite" */

	/* Opens the store at `address`, creating it when `create` is set (a missing store
	 * is VK_ENOINPUT otherwise), and brings its schema up to date. A store this call
	 * creates gets `defaults` (reference data and scoring model) written in the same
	 * transaction as its schema, and *created set; *created is false otherwise. On
	 * success *out is a handle for close. */
	enum vk_code (*open)(const char *address, bool create, const struct vk_portfolio *defaults,
			     bool *created, struct vk_store **out, struct vk_error *err);
	/* Closes `st` (NULL is fine), rolling back an open transaction. */
	void (*close)(struct vk_store *st);

	/* A write transaction: the store's write lock is taken before anything is read,
	 * so nobody changes the store between the reads and the writes. */
	enum vk_code (*begin)(struct vk_store *st, struct vk_error *err);
	/* A read transaction: every read until commit sees one state of the store. */
	enum vk_code (*begin_read)(struct vk_store *st, struct vk_error *err);
	/* Ends the open transaction, keeping its writes; on failure the caller rolls back. */
	enum vk_code (*commit)(struct vk_store *st, struct vk_error *err);
	/* Ends the open transaction (if any), undoing its writes. Never fails. */
	void (*rollback)(struct vk_store *st);

	/* Reads the portfolio into `pf` (new, empty): reference data, scoring model, live
	 * and archived items; their plans and latest status only when `details`. */
	enum vk_code (*load)(struct vk_store *st, struct vk_portfolio *pf, bool details,
			     struct vk_error *err);
	/* In a write transaction, makes the store hold exactly `pf` (validated): items are
	 * kept by code, live ones in pf's order; pf->archived's are stored archived with
	 * their plans (one the store holds keeps its place, a new one goes last, in pf's
	 * order); items in neither list are archived; reference data that goes is pruned
	 * (refused while an archived item's plan uses it); the scoring model only when
	 * pf->has_scoring. An item that leaves the plan or comes back has its time out of
	 * the plan opened or closed by the store (item_absence, the rule in
	 * docs/portfolio-format.md); an item with absences_given, live or archived, has
	 * exactly its `absences` instead (store-import.c sets that only for codes new to the
	 * store). The cadence is kept (settle_cadence sets it). */
	enum vk_code (*save_portfolio)(struct vk_store *st, const struct vk_portfolio *pf,
				       struct vk_error *err);
	/* In a write transaction, before the reports are written: settles the reporting
	 * cadence (pf's, else the stored one, else the latest stored period's, else the
	 * first report's), refuses reports of `files` of another kind (VK_EDATA) and
	 * records it. */
	enum vk_code (*settle_cadence)(struct vk_store *st, const struct vk_portfolio *pf,
				       struct vk_status_file *const *files, size_t n,
				       struct vk_error *err);
	/* In a write transaction, writes the validated reports of `f` (a stored report of
	 * that code and period is replaced, or with im->keep_unnamed changed only where
	 * `f` names it) and counts them in im's reports_* and periods. */
	enum vk_code (*save_reports)(struct vk_store *st, const struct vk_status_file *f,
				     struct vk_import *im, struct vk_error *err);
	/* In a write transaction, writes one scored measure (by name; a new one goes last)
	 * with all its values (criterion codes), replacing the stored ones. */
	enum vk_code (*save_measure)(struct vk_store *st, const struct vk_candidate *m,
				     struct vk_error *err);
	/* In a write transaction, writes one cost figure over the stored one of its
	 * solution, year and kind; a new solution goes last. */
	enum vk_code (*save_cost)(struct vk_store *st, const struct vk_cost *c,
				  struct vk_error *err);

	/* The live items' plan prints (with `archived`, the archived items'), sorted by
	 * code, into *out (*n of them; the caller frees each code and print, and the
	 * array). */
	enum vk_code (*plan_prints)(struct vk_store *st, bool archived, struct vk_plan_print **out,
				    size_t *n, struct vk_error *err);
	/* The stored criteria that hold score values, in the model's order, into *out (*n;
	 * the caller frees each code and the array). */
	enum vk_code (*criterion_use)(struct vk_store *st, struct vk_criterion_use **out, size_t *n,
				      struct vk_error *err);
	/* The end of the latest stored period (VK_DATE_NONE: none) and its code into `code`
	 * (VK_PERIOD_CODE_MAX bytes; "" when none). */
	enum vk_code (*latest_period)(struct vk_store *st, int *end, char *code,
				      struct vk_error *err);
	/* The code of the (latest starting) stored period that ends on `end` into `code`
	 * (VK_PERIOD_CODE_MAX bytes), "" when none or it cannot be read: for messages. */
	void (*period_ending)(struct vk_store *st, int end, char *code);

	/* The readers behind the public vk_db_load_* of the same names (store.h has their
	 * contracts), each called inside a read transaction. load_status reads the reports of
	 * item `code`, or every item's when NULL. */
	enum vk_code (*load_status)(struct vk_store *st, const char *code,
				    struct vk_status_set *set, struct vk_error *err);
	enum vk_code (*load_periods)(struct vk_store *st, struct vk_status_set *set,
				     struct vk_error *err);
	enum vk_code (*load_period_reports)(struct vk_store *st, struct vk_status_set *set,
					    const struct vk_period *const *periods, size_t n,
					    struct vk_error *err);
	enum vk_code (*load_trend)(struct vk_store *st, struct vk_status_set *set,
				   struct vk_status_summary **out, struct vk_error *err);
	enum vk_code (*load_colours)(struct vk_store *st, const struct vk_portfolio *pf,
				     struct vk_status_set *set, size_t shown, unsigned char **out,
				     double **budgets, struct vk_error *err);
	enum vk_code (*load_measures)(struct vk_store *st, struct vk_score_file **out,
				      struct vk_error *err);
	enum vk_code (*load_costs)(struct vk_store *st, struct vk_cost_file **out,
				   struct vk_error *err);
	enum vk_code (*cadence)(struct vk_store *st, enum vk_period_kind *out, char *source,
				size_t size, struct vk_error *err);

	/* In a write transaction, renames item `old_code` (live or archived) to `new_code`
	 * (a valid code): VK_ENOTFOUND when there is no such item, VK_EDATA when `new_code`
	 * is taken. *reports: how many status reports it has. */
	enum vk_code (*rename)(struct vk_store *st, const char *old_code, const char *new_code,
			       size_t *reports, struct vk_error *err);
	/* In a write transaction, deletes item `code` (live or archived) and a programme's
	 * projects with their reports, plans and linked measures, counting them in out's
	 * items, reports, measures and scores; VK_EDATA (nothing deleted) while an item
	 * that stays depends on one of them. */
	enum vk_code (*purge)(struct vk_store *st, const char *code, struct vk_removal *out,
			      struct vk_error *err);
};

/* The backends this build has (db/sqlite/sqlite.c, ...). */
extern const struct vk_store_ops vk_sqlite_ops;

/* The reference data every new store starts with, the same for every backend
 * (db/defaults.c): the phase kinds, the 4 RHF and their 19 areas, and the council's
 * scoring model (has_scoring set). The caller frees it with vk_model_free. */
struct vk_portfolio *vk_db_defaults(void);

#endif

/* The store, backend-neutral: opens a store by its address through the backend that
 * serves it, brackets every read in a transaction (or the caller's snapshot), and does
 * what editing commands do over struct vk_store_ops. The import is in store-import.c. */
#include "store.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "store-int.h"

/* The backends by address, first match wins: a scheme prefix, or NULL for any address
 * (a file name). A prefix with no backend in this build is refused by name. */
static const struct backend {
	const char *prefix;
	const struct vk_store_ops *ops; /* NULL: not in this build */
} backends[] = {
    {"postgresql://", NULL},
    {"postgres://", NULL},
    {NULL, &vk_sqlite_ops},
};

enum vk_code vk_db_open(const char *address, bool create, bool *created, struct vk_db **out,
			struct vk_error *err)
{
	const struct backend *b = backends;
	struct vk_portfolio *defaults;
	struct vk_db *db;
	bool made = false;
	enum vk_code rc;

	*out = NULL;
	if (created)
		*created = false;
	while (b->prefix && strncmp(address, b->prefix, strlen(b->prefix)) != 0)
		b++;
	if (!b->ops)
		return vk_error_set(err, VK_EUSAGE,
				    "%s: a PostgreSQL store, but this veikart has no PostgreSQL "
				    "backend (give --db a file for a SQLite store)",
				    address);
	db = vk_xcalloc(1, sizeof(*db));
	db->ops = b->ops;
	defaults = vk_db_defaults();
	rc = db->ops->open(address, create, defaults, &made, &db->store, err);
	vk_model_free(defaults);
	if (rc) {
		free(db);
		return rc;
	}
	if (created)
		*created = made;
	*out = db;
	return VK_OK;
}

void vk_db_close(struct vk_db *db)
{
	if (!db)
		return;
	db->ops->close(db->store);
	free(db);
}

enum vk_code vk_db_snapshot_begin(struct vk_db *db, struct vk_error *err)
{
	enum vk_code rc;

	if (db->snapshots == 0 && (rc = db->ops->begin_read(db->store, err)))
		return rc;
	db->snapshots++;
	return VK_OK;
}

void vk_db_snapshot_end(struct vk_db *db)
{
	struct vk_error ignored;

	if (!db || db->snapshots == 0 || --db->snapshots > 0)
		return;
	/* nothing was written: a failure to end it loses nothing */
	if (db->ops->commit(db->store, &ignored))
		db->ops->rollback(db->store);
}

enum vk_code vk_db_write_begin(struct vk_db *db, struct vk_error *err)
{
	if (db->snapshots)
		return vk_error_set(err, VK_ESTORE,
				    "the store cannot be written inside a read snapshot");
	return db->ops->begin(db->store, err);
}

enum vk_code vk_db_read_begin(struct vk_db *db, bool *own, struct vk_error *err)
{
	*own = db->snapshots == 0;
	return *own ? db->ops->begin_read(db->store, err) : VK_OK;
}

enum vk_code vk_db_write_end(struct vk_db *db, enum vk_code rc, struct vk_error *err)
{
	if (!rc && !(rc = db->ops->commit(db->store, err)))
		return VK_OK;
	db->ops->rollback(db->store);
	return rc;
}

enum vk_code vk_db_read_end(struct vk_db *db, bool own, enum vk_code rc, struct vk_error *err)
{
	return own ? vk_db_write_end(db, rc, err) : rc;
}

/* Runs one backend read, inside the caller's snapshot or a read transaction of its own:
 * `call` is an expression of the backend's operation that yields its enum vk_code. */
#define READ(db, err, call)                                                                        \
	do {                                                                                       \
		bool own_;                                                                         \
		enum vk_code rc_ = vk_db_read_begin((db), &own_, (err));                           \
		if (!rc_)                                                                          \
			rc_ = (call);                                                              \
		return vk_db_read_end((db), own_, rc_, (err));                                     \
	} while (0)

enum vk_code vk_db_load(struct vk_db *db, struct vk_portfolio **out, struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;
	bool own;

	*out = NULL;
	/* one read transaction, so the model is one consistent snapshot */
	if (!(rc = vk_db_read_begin(db, &own, err)))
		rc = db->ops->load(db->store, pf, true, err);
	if ((rc = vk_db_read_end(db, own, rc, err))) {
		vk_model_free(pf);
		return rc;
	}
	*out = pf;
	return VK_OK;
}

enum vk_code vk_db_load_measures(struct vk_db *db, struct vk_score_file **out, struct vk_error *err)
{
	*out = NULL;
	READ(db, err, db->ops->load_measures(db->store, out, err));
}

enum vk_code vk_db_load_costs(struct vk_db *db, struct vk_cost_file **out, struct vk_error *err)
{
	*out = NULL;
	READ(db, err, db->ops->load_costs(db->store, out, err));
}

enum vk_code vk_db_load_status(struct vk_db *db, struct vk_status_set *set, struct vk_error *err)
{
	READ(db, err, db->ops->load_status(db->store, NULL, set, err));
}

enum vk_code vk_db_load_item_status(struct vk_db *db, const char *code, struct vk_status_set *set,
				    struct vk_error *err)
{
	READ(db, err, db->ops->load_status(db->store, code, set, err));
}

enum vk_code vk_db_load_trend(struct vk_db *db, struct vk_status_set *set,
			      struct vk_status_summary **out, struct vk_error *err)
{
	READ(db, err, db->ops->load_trend(db->store, set, out, err));
}

enum vk_code vk_db_load_period_reports(struct vk_db *db, struct vk_status_set *set,
				       const struct vk_period *const *periods, size_t n,
				       struct vk_error *err)
{
	READ(db, err, db->ops->load_period_reports(db->store, set, periods, n, err));
}

enum vk_code vk_db_cadence(struct vk_db *db, enum vk_period_kind *out, char *source, size_t size,
			   struct vk_error *err)
{
	READ(db, err, db->ops->cadence(db->store, out, source, size, err));
}

enum vk_code vk_db_load_periods(struct vk_db *db, struct vk_status_set *set, struct vk_error *err)
{
	READ(db, err, db->ops->load_periods(db->store, set, err));
}

enum vk_code vk_db_load_colours(struct vk_db *db, const struct vk_portfolio *pf,
				struct vk_status_set *set, size_t shown, unsigned char **out,
				double **budgets, struct vk_error *err)
{
	*out = NULL;
	*budgets = NULL;
	READ(db, err, db->ops->load_colours(db->store, pf, set, shown, out, budgets, err));
}

enum vk_code vk_db_rename(struct vk_db *db, const char *old_code, const char *new_code,
			  size_t *reports, struct vk_error *err)
{
	size_t n = 0;
	enum vk_code rc;

	if (!vk_model_code_valid(new_code))
		return vk_error_set(
		    err, VK_EUSAGE,
		    "invalid new code '%s' (letters, digits, '-' and '_', at most 32)", new_code);
	if ((rc = vk_db_write_begin(db, err)))
		return rc;
	rc = db->ops->rename(db->store, old_code, new_code, &n, err);
	if ((rc = vk_db_write_end(db, rc, err)))
		return rc;
	if (reports)
		*reports = n;
	return VK_OK;
}

/* Refuses to take `code` (and a programme's projects, archived already in `pf`) out of
 * the plan while a live item depends on one of them, naming both. */
static enum vk_code dependant_of(const struct vk_portfolio *pf, const char *code,
				 struct vk_error *err)
{
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		for (size_t k = 0; k < it->deps_n; k++) {
			const struct vk_item *d = vk_model_archived(pf, it->deps[k].code);
			if (d && (strcmp(d->code, code) == 0 ||
				  (d->parent && strcmp(d->parent, code) == 0)))
				return vk_error_set(err, VK_EDATA,
						    "cannot remove '%s': '%s' depends on '%s' "
						    "(take that dependency "
						    "out of '%s' first)",
						    code, it->code, it->deps[k].code, it->code);
		}
	}
	return VK_OK;
}

enum vk_code vk_db_remove(struct vk_db *db, const char *code, bool purge, struct vk_removal *out,
			  struct vk_error *err)
{
	struct vk_portfolio *pf = vk_model_new();
	enum vk_code rc;

	memset(out, 0, sizeof(*out));
	if ((rc = vk_db_write_begin(db, err)))
		goto out;
	if ((rc = db->ops->load(db->store, pf, true, err)))
		goto fail;
	if (vk_model_item(pf, code)) {
		/* as if it left the file: the rest of the plan must still hold together */
		out->items = vk_model_archive(pf, code);
		if ((rc = dependant_of(pf, code, err)))
			goto fail;
		if ((rc = vk_model_validate(pf, err))) {
			struct vk_error why = *err;
			rc = vk_error_set(err, rc, "cannot remove '%s': %s", code, why.msg);
			goto fail;
		}
		if ((rc = db->ops->save_portfolio(db->store, pf, err)))
			goto fail;
	} else if (vk_model_archived(pf, code)) {
		out->archived_before = true;
	} else {
		rc = vk_error_set(err, VK_ENOTFOUND,
				  "no programme or project '%s' (see 'veikart list programmes')",
				  code);
		goto fail;
	}
	if (purge)
		rc = db->ops->purge(db->store, code, out, err);
fail:
	rc = vk_db_write_end(db, rc, err);
out:
	vk_model_free(pf);
	return rc;
}

/* The portfolio store: one SQLite file with a versioned schema. The only module that
 * talks to SQLite; everything else sees the model structs of src/core/model.h. */
#ifndef VK_STORE_H
#define VK_STORE_H

#include <stdbool.h>

#include "error.h"
#include "model.h"

struct vk_db; /* opaque handle */

/* Opens the store at `path`, creating it when `create` is set, and brings its schema up
 * to date. Without `create`, a missing file is VK_ENOINPUT. On success `*out` is a handle
 * the caller closes with vk_db_close. */
enum vk_code vk_db_open(const char *path, bool create, struct vk_db **out, struct vk_error *err);
void vk_db_close(struct vk_db *db);

/* The schema version this build writes (PRAGMA user_version of an up-to-date store). */
int vk_db_schema_version(void);

/* Reads the whole portfolio. On success `*out` is a model the caller frees with
 * vk_model_free. */
enum vk_code vk_db_load(struct vk_db *db, struct vk_portfolio **out, struct vk_error *err);

/* Makes the store hold exactly `pf` (reference data, programmes, projects and their
 * plans) in one transaction, or changes nothing. `pf` must have passed
 * vk_model_validate. Items keep their identity by code, so the status reports and scores of
 * items that stay are kept; those of items that go are deleted with them. */
enum vk_code vk_db_save(struct vk_db *db, const struct vk_portfolio *pf, struct vk_error *err);

/* Imports file models in order, all or nothing: each is merged into the store's
 * portfolio (vk_model_merge; `replace` empties the portfolio before the first) and the
 * result validated; only when every file passes is the store written, in the same
 * transaction that read it. Moves the contents out of `files`, which the caller still
 * frees. */
enum vk_code vk_db_import(struct vk_db *db, struct vk_portfolio *const *files, size_t n,
			  bool replace, struct vk_error *err);

#endif

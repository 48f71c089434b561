/* What the neutral store's files share (not a public header): the handle, which holds
 * the backend's operations and its handle, and the read bracket of every load. */
#ifndef VK_STORE_INT_H
#define VK_STORE_INT_H

#include "store-ops.h"

struct vk_db {
	const struct vk_store_ops *ops;
	struct vk_store *store; /* the backend's handle, closed with ops->close */
	unsigned snapshots;	/* open vk_db_snapshot_begin calls: no read begins again */
};

/* Starts a write transaction (ops->begin); refused inside a snapshot, as a write there
 * would have to end the snapshot's read transaction. */
enum vk_code vk_db_write_begin(struct vk_db *db, struct vk_error *err);
/* Ends the open write transaction after work that gave `rc`: commits after success,
 * rolls back otherwise. Returns rc, or the commit's failure (then rolled back). */
enum vk_code vk_db_write_end(struct vk_db *db, enum vk_code rc, struct vk_error *err);
/* Starts a read transaction unless a snapshot is open; *own says whether it did. */
enum vk_code vk_db_read_begin(struct vk_db *db, bool *own, struct vk_error *err);
/* Ends what vk_db_read_begin started (when `own`) after a read that gave `rc`: commits
 * after success, rolls back otherwise. Returns rc, or the commit's failure. */
enum vk_code vk_db_read_end(struct vk_db *db, bool own, enum vk_code rc, struct vk_error *err);

#endif

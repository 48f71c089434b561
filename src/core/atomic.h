/* Output files that appear whole or not at all: written to a temporary file beside the
 * destination, then renamed into place; on failure the temporary file is removed. Every
 * writer goes through here, so this is also where an output is refused when it would
 * replace something that is not an output (the store, a device), and where the
 * temporary files still being written are known, for removal when a signal ends the
 * process. */
#ifndef VK_ATOMIC_H
#define VK_ATOMIC_H

#include <sys/types.h>

#include "error.h"

/* Creates an empty temporary file beside `path` with the mode a new file would get
 * (mkstemp's is private). On success `*tmp` is its name, freed by vk_atomic_commit or
 * vk_atomic_abort, and it is removed if SIGINT, SIGTERM or SIGHUP ends the process before
 * then. VK_ECANTCREAT when the directory cannot take it, and when `path` exists and is
 * not a regular file (a directory, device, fifo or socket) or is a store this process
 * opened (vk_atomic_protect), or its -wal, -shm or -journal file. */
enum vk_code vk_atomic_begin(const char *path, char **tmp, struct vk_error *err);
/* Flushes `tmp` to the disk and renames it to `path` (checked again as vk_atomic_begin
 * does), then frees `tmp`; on failure removes it (VK_ECANTCREAT). */
enum vk_code vk_atomic_commit(char *tmp, const char *path, struct vk_error *err);
/* Removes `tmp` and frees it. Accepts NULL. */
void vk_atomic_abort(char *tmp);

/* Marks the file at `path` (by device and inode) as one that no output may replace:
 * the store, from when it is opened until the process ends. Does nothing when `path`
 * does not exist. */
void vk_atomic_protect(const char *path);

/* What a file of `mode` that is not a regular file is, for messages: "a directory", "a
 * character device", "a fifo", ... (the same words wherever a path is refused). */
const char *vk_atomic_file_kind(mode_t mode);

/* Adds `path` (copied) to, or removes it from, the files removed when a signal ends the
 * process: files a command creates beside a temporary file, as a store's -wal. */
void vk_atomic_track(const char *path);
void vk_atomic_untrack(const char *path);

/* Installs the handler of SIGINT, SIGTERM and SIGHUP (unless the signal is ignored):
 * it removes the temporary files that are still being written, then ends the process
 * by the same signal. Called once, by main. */
void vk_atomic_handle_signals(void);

#endif

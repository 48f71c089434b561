/* Atomic output files, the check of what an output may replace, and the removal of
 * temporary files when a signal ends the process.
 *
 * `live` is the one writable global of the program, and a signal is why: the handler
 * has no other way to learn which temporary files exist. It is changed only with
 * SIGINT, SIGTERM and SIGHUP blocked, so the handler always sees it whole, and the
 * handler calls only async-signal-safe functions (unlink, sigaction, raise). The
 * protected files live beside it because they belong to the same process-wide answer:
 * what this process may not leave behind, and what it may not replace. */
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

static struct {
	char **paths; /* temporary files being written, owned */
	size_t n, cap;
	struct protected
	{
		dev_t dev;
		ino_t ino;
	}
	*protect; /* stores opened by this process, however many */
	size_t protect_n, protect_cap;
} live;

static const int caught[] = {SIGINT, SIGTERM, SIGHUP};

static void block(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		sigaddset(&set, caught[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void unblock(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

/* with the signals blocked */
static void add(const char *path)
{
	if (live.n == live.cap) {
		live.cap = live.cap ? 2 * live.cap : 16;
		live.paths = vk_xrealloc(live.paths, live.cap * sizeof(*live.paths));
	}
	live.paths[live.n++] = vk_xstrdup(path);
}

/* with the signals blocked */
static void drop(const char *path)
{
	for (size_t i = 0; i < live.n; i++)
		if (strcmp(live.paths[i], path) == 0) {
			free(live.paths[i]);
			live.paths[i] = live.paths[--live.n];
			return;
		}
}

void vk_atomic_track(const char *path)
{
	sigset_t old;

	block(&old);
	add(path);
	unblock(&old);
}

void vk_atomic_untrack(const char *path)
{
	sigset_t old;

	block(&old);
	drop(path);
	unblock(&old);
}

static void on_signal(int sig)
{
	struct sigaction dfl;

	for (size_t i = 0; i < live.n; i++)
		unlink(live.paths[i]);
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	/* delivered when the handler returns and unblocks it: the process ends as the
	   signal says, so the parent sees the right status */
	raise(sig);
}

void vk_atomic_handle_signals(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		sigaddset(&sa.sa_mask, caught[i]);
	for (size_t i = 0; i < sizeof(caught) / sizeof(caught[0]); i++) {
		/* a signal ignored by whoever started us (nohup, a background job) stays so */
		if (sigaction(caught[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(caught[i], &sa, NULL);
	}
}

static bool is_protected(const struct stat *sb)
{
	for (size_t i = 0; i < live.protect_n; i++)
		if (live.protect[i].dev == sb->st_dev && live.protect[i].ino == sb->st_ino)
			return true;
	return false;
}

void vk_atomic_protect(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) != 0 || is_protected(&sb))
		return;
	*VK_PUSH(live.protect) = (struct protected){sb.st_dev, sb.st_ino};
}

const char *vk_atomic_file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISFIFO(mode))
		return "a fifo";
	if (S_ISSOCK(mode))
		return "a socket";
	return "not a regular file";
}

/* An output replaces only a regular file that is not a store this process opened, nor
 * one of the store's own files: SQLite names them by adding to the store's name. */
static enum vk_code check_target(const char *path, struct vk_error *err)
{
	static const char *const sidecars[] = {"-wal", "-shm", "-journal"};
	size_t len = strlen(path);
	struct stat sb;

	if (stat(path, &sb) == 0) {
		if (!S_ISREG(sb.st_mode))
			return vk_error_set(err, VK_ECANTCREAT,
					    "%s: is %s; an output replaces only a regular file",
					    path, vk_atomic_file_kind(sb.st_mode));
		if (is_protected(&sb))
			return vk_error_set(err, VK_ECANTCREAT,
					    "%s: is the store; choose another name for the output",
					    path);
	}
	for (size_t i = 0; i < sizeof(sidecars) / sizeof(sidecars[0]); i++) {
		size_t n = strlen(sidecars[i]);
		char *stem;
		bool hit;

		if (len <= n || strcmp(path + len - n, sidecars[i]) != 0)
			continue;
		stem = vk_xstrndup(path, len - n);
		hit = stat(stem, &sb) == 0 && is_protected(&sb);
		free(stem);
		if (hit)
			return vk_error_set(
			    err, VK_ECANTCREAT,
			    "%s: is a file of the store; choose another name for the "
			    "output",
			    path);
	}
	return VK_OK;
}

enum vk_code vk_atomic_begin(const char *path, char **tmp, struct vk_error *err)
{
	const char *slash = strrchr(path, '/');
	enum vk_code rc;
	sigset_t old;
	mode_t mask;
	int fd;

	*tmp = NULL;
	if ((rc = check_target(path, err)))
		return rc;
	*tmp = slash ? vk_xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
		     : vk_xasprintf(".%s.XXXXXX", path);
	block(&old);
	if ((fd = mkstemp(*tmp)) >= 0)
		add(*tmp);
	unblock(&old);
	if (fd < 0) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot create: %s", path,
				  strerror(errno));
		free(*tmp);
		*tmp = NULL;
		return rc;
	}
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || close(fd) != 0) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot create: %s", path,
				  strerror(errno));
		vk_atomic_abort(*tmp);
		*tmp = NULL;
		return rc;
	}
	return VK_OK;
}

enum vk_code vk_atomic_commit(char *tmp, const char *path, struct vk_error *err)
{
	enum vk_code rc;
	sigset_t old;
	int fd, moved;

	/* the target may have changed while the output was drawn */
	if ((rc = check_target(path, err)))
		goto fail;
	/* the data is on the disk before it replaces the file that was there, and a write
	   error reported only now (NFS, quotas) still stops it */
	if ((fd = open(tmp, O_RDONLY)) < 0 || fsync(fd) != 0) {
		rc =
		    vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		goto fail;
	}
	if (close(fd) != 0) {
		rc =
		    vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path, strerror(errno));
		goto fail;
	}
	block(&old);
	moved = rename(tmp, path) == 0;
	if (moved)
		drop(tmp);
	unblock(&old);
	if (!moved) {
		rc =
		    vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path, strerror(errno));
		goto fail;
	}
	free(tmp);
	return VK_OK;
fail:
	vk_atomic_abort(tmp);
	return rc;
}

void vk_atomic_abort(char *tmp)
{
	sigset_t old;

	if (!tmp)
		return;
	block(&old);
	unlink(tmp);
	drop(tmp);
	unblock(&old);
	free(tmp);
}

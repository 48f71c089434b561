/* Atomic output files. */
#include "atomic.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

enum vk_code vk_atomic_begin(const char *path, char **tmp, struct vk_error *err)
{
	const char *slash = strrchr(path, '/');
	mode_t mask;
	int fd;

	*tmp = slash ? vk_xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1)
		     : vk_xasprintf(".%s.XXXXXX", path);
	if ((fd = mkstemp(*tmp)) < 0) {
		enum vk_code rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot create: %s", path,
					       strerror(errno));
		free(*tmp);
		*tmp = NULL;
		return rc;
	}
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	close(fd);
	return VK_OK;
}

enum vk_code vk_atomic_commit(char *tmp, const char *path, struct vk_error *err)
{
	if (rename(tmp, path) != 0) {
		enum vk_code rc =
		    vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path, strerror(errno));
		vk_atomic_abort(tmp);
		return rc;
	}
	free(tmp);
	return VK_OK;
}

void vk_atomic_abort(char *tmp)
{
	if (!tmp)
		return;
	unlink(tmp);
	free(tmp);
}

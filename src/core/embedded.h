/* Files compiled into the binary by scripts/embed.cmake (schema migrations, samples). */
#ifndef VK_EMBEDDED_H
#define VK_EMBEDDED_H

#include <stddef.h>

struct vk_embedded {
	const char *name; /* path relative to the source tree, e.g. samples/portfolio.yaml */
	const char *data; /* NUL-terminated */
	size_t size;	  /* without the NUL */
};

#endif

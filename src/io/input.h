/* Reading input files whole, checking their text encoding, and the one table of input
 * kinds: what kind a file is (by its content, then its name) and which reader reads it. */
#ifndef VK_INPUT_H
#define VK_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "input-kind.h"

/* The largest input file veikart reads: 256 MiB, some 2 million status rows, far beyond
 * any portfolio; a bound so that `import /dev/zero` ends with a message. */
#define VK_INPUT_MAX ((size_t)256 << 20)

/* Reads the file at `path` into `*data` (NUL-terminated, caller frees) of `*size` bytes.
 * VK_ENOINPUT when it does not exist or is a directory, VK_EIO when it cannot be read
 * or there is no memory to hold it, VK_EDATA when it is larger than VK_INPUT_MAX (a
 * device such as /dev/zero included). */
enum vk_code vk_input_read(const char *path, char **data, size_t *size, struct vk_error *err);

/* Finds the first byte of `s` that is not valid UTF-8 (or is a NUL) and gives its 1-based
 * line and column (in characters); false when all of it is valid. */
bool vk_input_bad_utf8(const char *s, size_t n, int *line, int *col);

/* One kind of input file: a row of input.c's table. */
struct vk_input_type {
	enum vk_input_kind kind;
	/* what the import summary counts of it, plural: Norwegian, English */
	const char *noun[2];
	/* true when `data` is this kind by its content (a sheet's header); NULL: never */
	bool (*sniff)(const char *data, size_t size);
	/* a file of no kind by content is this kind when its name ends so (any case);
	 * NULL: none. The row with neither is what is left: the portfolio file. */
	const char *suffix;
	/* reads `size` bytes named `name` (borrowed by what is read) and appends one item
	 * or more to `list`, nothing on error */
	enum vk_code (*read)(const char *name, const char *data, size_t size,
			     struct vk_input_list *list, struct vk_error *err);
	/* frees an item's data (NULL is fine) */
	void (*free)(void *data);
};

/* The row of `kind`. */
const struct vk_input_type *vk_input_type(enum vk_input_kind kind);

/* Finds what kind the `size` bytes named `name` are (by content, then by name; else a
 * portfolio file) and reads them, appending to `list` what they bring. Errors are the
 * reader's ("FILE:LINE:COL: ..."); on error nothing is appended. */
enum vk_code vk_input_parse(const char *name, const char *data, size_t size,
			    struct vk_input_list *list, struct vk_error *err);

/* Frees every item's data (by its kind's row) and the list's array, and zeroes it. */
void vk_input_list_clear(struct vk_input_list *list);

#endif

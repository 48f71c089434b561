/* The YAML reader's tree-walking helpers, shared by the files of the reader (not a public
 * header): typed scalars with positions, and errors as FILE:LINE:COL. */
#ifndef VK_YAML_INT_H
#define VK_YAML_INT_H

#include <libfyaml.h>
#include <stdbool.h>

#include "date.h"
#include "error.h"
#include "model.h"

struct reader {
	const char *file;
	struct vk_portfolio *pf;
	struct vk_error *err;
};

/* One key of a mapping being read: its name, its value and where the key stands. */
struct entry {
	const char *key;
	struct fy_node *value;
	struct vk_pos pos;
};

enum vk_code fail(struct reader *r, struct vk_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Where a node starts: its own token for scalars, else its first scalar inside, else
 * `fallback` (the key that holds it). */
struct vk_pos node_pos(struct reader *r, struct fy_node *n, struct vk_pos fallback);
enum vk_code get_string(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			char **out);
/* Parses `s` as a whole number in min..max for `key`; the error points at `pos`. */
enum vk_code parse_int(struct reader *r, const char *s, struct vk_pos pos, const char *key,
		       long min, long max, int *out);
enum vk_code get_int(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		     long min, long max, int *out);
/* An amount in MNOK (0 or more) or a criterion weight (0 to VK_WEIGHT_MAX), written
 * as a plain decimal number. */
enum vk_code get_mnok(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		      double *out);
enum vk_code get_weight(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
			double *out);
enum vk_code get_date(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		      enum vk_date_side side, int *out);
enum vk_code get_bool(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		      bool *out);
bool expect_list(struct reader *r, struct fy_node *n, struct vk_pos at, const char *key);
bool expect_map(struct reader *r, struct fy_node *n, struct vk_pos at, const char *what);
/* Steps through the pairs of mapping `map`; false at the end or on a non-scalar key. */
bool next_entry(struct reader *r, struct fy_node *map, void **it, struct entry *e,
		enum vk_code *rc);
enum vk_code unknown_key(struct reader *r, const struct entry *e, const char *where,
			 const char *known);
enum vk_code missing_key(struct reader *r, struct vk_pos at, const char *key, const char *where);

#endif

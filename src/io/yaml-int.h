/* The YAML reader's tree-walking helpers, shared by the files of the reader (not a public
 * header): typed scalars with positions, and errors as FILE:LINE:COL. */
#ifndef VK_YAML_INT_H
#define VK_YAML_INT_H

#include <libfyaml.h>
#include <stdbool.h>

#include "date.h"
#include "error.h"
#include "cost.h"
#include "model.h"
#include "score.h"
#include "status.h"

struct vk_yaml_reader {
	const char *file;
	struct vk_portfolio *pf;
	struct vk_error *err;
	/* the data sections, NULL until the file has them (yaml-data.c) */
	struct vk_status_file *status;
	struct vk_score_file *scores;
	struct vk_cost_file *costs;
};

/* One key of a mapping being read: its name, its value and where the key stands. */
struct vk_yaml_entry {
	const char *key;
	struct fy_node *value;
	struct vk_pos pos;
};

enum vk_code vk_yaml_fail(struct vk_yaml_reader *r, struct vk_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Where a node starts: its own token for scalars, else its first scalar inside, else
 * `fallback` (the key that holds it). */
struct vk_pos vk_yaml_pos(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos fallback);
enum vk_code vk_yaml_string(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			    const char *key, char **out);
/* Parses `s` as a whole number in min..max for `key`; the error points at `pos`. */
enum vk_code vk_yaml_parse_int(struct vk_yaml_reader *r, const char *s, struct vk_pos pos,
			       const char *key, long min, long max, int *out);
enum vk_code vk_yaml_int(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			 const char *key, long min, long max, int *out);
/* An amount in MNOK (0 or more) or a criterion weight (0 to VK_WEIGHT_MAX), written
 * as a plain decimal number. */
enum vk_code vk_yaml_mnok(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, double *out);
enum vk_code vk_yaml_weight(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			    const char *key, double *out);
/* A score: 0 to 10, as a score sheet's cell. */
enum vk_code vk_yaml_score(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			   const char *key, double *out);
enum vk_code vk_yaml_date(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, enum vk_date_side side, int *out);
enum vk_code vk_yaml_bool(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, bool *out);
bool vk_yaml_expect_list(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			 const char *key);
bool vk_yaml_expect_map(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			const char *what);
/* Steps through the pairs of mapping `map`; false at the end or on a non-scalar key. */
bool vk_yaml_next_entry(struct vk_yaml_reader *r, struct fy_node *map, void **it,
			struct vk_yaml_entry *e, enum vk_code *rc);
enum vk_code vk_yaml_unknown_key(struct vk_yaml_reader *r, const struct vk_yaml_entry *e,
				 const char *where, const char *known);
enum vk_code vk_yaml_missing_key(struct vk_yaml_reader *r, struct vk_pos at, const char *key,
				 const char *where);

/* The reference data: phase kinds, regions with their areas, the scoring model
 * (yaml-ref.c). */
enum vk_code vk_yaml_read_phase_kinds(struct vk_yaml_reader *r, struct fy_node *seq,
				      struct vk_pos at);
enum vk_code vk_yaml_read_regions(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at);
enum vk_code vk_yaml_read_scoring(struct vk_yaml_reader *r, struct fy_node *map, struct vk_pos at);

/* The data sections into r->status, r->scores and r->costs (yaml-data.c): each entry
 * read as a sheet's row is, with the sheet's words and bounds. */
enum vk_code vk_yaml_read_reports(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at);
enum vk_code vk_yaml_read_scores(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at);
enum vk_code vk_yaml_read_costs(struct vk_yaml_reader *r, struct fy_node *seq, struct vk_pos at);

#endif

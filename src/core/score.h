/* Priority scoring: the council's multi-criteria model (December 2023), as data.
 *
 * Criteria form a tree: groups (Måloppnåelse, Kostnader, Nytte), sub-groups (Pasient,
 * Helsepersonell) and leaves scored 0-10 (higher is always better). The value of a node
 * is the weighted mean of its children that have a value; a missing leaf is left out of
 * its mean. The score is the weighted sum of the groups. A measure with a group or
 * sub-group that has no value at all is incomplete: it gets no score and no rank, and
 * says what is missing. Ties (within 1e-9) are broken by the groups marked `tiebreak`,
 * in that order, higher first, then by name. The council's model is the store's default
 * (db/defaults.c); a portfolio file may replace it. */
#ifndef VK_SCORE_H
#define VK_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "model.h"

struct vk_criterion {
	char *code;
	char *name;
	char *parent; /* code of the group it belongs to; NULL for a group */
	double weight;
	int tiebreak; /* 1 = first tie-breaker, 2 = second...; 0 = none */
	struct vk_pos pos;
};

/* A model: criteria with every parent before its children. Owns its strings. */
struct vk_scoring {
	struct vk_criterion *criteria;
	size_t criteria_n, criteria_cap;
};

struct vk_value {
	char *criterion; /* leaf code */
	double value;	 /* 0-10 */
};

/* A candidate measure (tiltak) and its values; leaves without a value are missing. */
struct vk_candidate {
	char *name;
	char *code; /* the programme or project it is, NULL when none */
	struct vk_value *values;
	size_t values_n, values_cap;
	int line; /* in the sheet it came from; 0 from the store */
	int col;  /* in a YAML file, where its entry starts; 0 in a sheet */
};

/* Measures read from a score sheet. Owns its contents. */
struct vk_score_file {
	const char *file; /* borrowed */
	bool converted;
	char **columns; /* the criterion columns of the header, for checking against a model */
	size_t columns_n, columns_cap;
	int header_line;
	/* in a YAML file, where each of `columns` was first named (NULL in a sheet, whose
	 * header line names them) */
	struct vk_pos *columns_pos;
	struct vk_candidate *measures;
	size_t measures_n, measures_cap;
};

void vk_scoring_clear(struct vk_scoring *m);
/* Whether two models are the same: the same criteria in the same order, with the same
 * names, groups, weights and tie-breakers (positions aside). */
bool vk_scoring_equal(const struct vk_scoring *a, const struct vk_scoring *b);
/* The criterion `code` (or named `code`, ignoring ASCII case), or NULL. */
struct vk_criterion *vk_scoring_find(const struct vk_scoring *m, const char *code);
bool vk_scoring_is_leaf(const struct vk_scoring *m, const struct vk_criterion *c);

/* The largest weight a criterion may have, in a model or a --weight option: with values
 * 0-10 this keeps every score finite and exact enough to rank (a weight of 1e308 made
 * every score inf). */
#define VK_WEIGHT_MAX 1000

/* Checks a model: unique codes, parents defined before children, weights from 0 to
 * VK_WEIGHT_MAX, a group has criteria. VK_EDATA with FILE:LINE:COL. */
enum vk_code vk_scoring_validate(const struct vk_scoring *m, struct vk_error *err);

void vk_score_file_free(struct vk_score_file *f);
void vk_candidate_clear(struct vk_candidate *m);

/* Checks a sheet against a model and portfolio: every column a leaf criterion, every
 * code a programme or project. VK_EDATA "FILE:LINE: ...". */
enum vk_code vk_score_file_validate(const struct vk_score_file *f, const struct vk_scoring *m,
				    const struct vk_portfolio *pf, struct vk_error *err);

/* The result for one measure. */
struct vk_score {
	const struct vk_candidate *measure; /* borrowed */
	int rank;			    /* 1-based; 0 when incomplete */
	bool complete;
	double score;	      /* valid when complete */
	double *node;	      /* value per criterion of the model, NAN when it has none */
	const char **missing; /* names of empty groups, codes of missing leaves (borrowed) */
	size_t missing_n, missing_cap;
};

/* Scores `n` measures with model `m` and returns them ranked: complete ones by score
 * (ties as above), then the incomplete ones by name. Caller frees with vk_score_free. */
struct vk_score *vk_score_rank(const struct vk_scoring *m, const struct vk_candidate *measures,
			       size_t n);
void vk_score_free(struct vk_score *scores, size_t n);

/* Rounds to one decimal, half away from zero, as Excel's ROUND (6.25 -> 6.3). */
double vk_score_round1(double v);

#endif

/* The portfolio model: plain C structs that importers build, the store reads and writes,
 * and views consume.
 *
 * Codes (programme, project, area, region, phase kind) are the keys users write; every
 * cross-reference is by code. Dates are days since 1970-01-01 (see date.h). Each element
 * read from a file remembers where (`pos`, 1-based line and column; 0 when it came from
 * the store) so validation can point at it. A portfolio owns all its strings and arrays. */
#ifndef VK_MODEL_H
#define VK_MODEL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "error.h"

struct vk_scoring;

struct vk_pos {
	const char *file; /* borrowed: the source name must outlive the model */
	int line;
	int col;
};

struct vk_phase_kind {
	char *code;
	char *name;
	char *colour; /* "#RRGGBB" */
	struct vk_pos pos;
};

struct vk_region {
	char *code;
	char *name;
	struct vk_pos pos;
};

struct vk_area {
	char *code;
	char *name;
	char *region; /* region code */
	struct vk_pos pos;
};

/* A dated phase of a programme, project or rollout. */
struct vk_span {
	char *phase; /* phase-kind code */
	int start;
	int end; /* inclusive */
	struct vk_pos pos;
	struct vk_pos end_pos;
};

enum vk_milestone_kind { VK_MS_DECISION, VK_MS_DELIVERY, VK_MS_GOAL, VK_MS_KIND_COUNT };

struct vk_milestone {
	char *name;
	enum vk_milestone_kind kind;
	int date;
	bool done; /* reached (or decided) */
	struct vk_pos pos;
};

struct vk_rollout {
	char *area; /* area code (a full name in a file is resolved to the code) */
	struct vk_span span;
	struct vk_pos area_pos;
};

struct vk_dep {
	char *code;
	struct vk_pos pos;
};

struct vk_budget {
	int year;
	double mnok;
	struct vk_pos pos;
};

enum vk_item_kind { VK_PROGRAMME, VK_PROJECT };

/* Kinds of reporting period; a portfolio reports by one, its cadence (status.h). */
enum vk_period_kind {
	VK_CADENCE_NONE, /* not set */
	VK_PERIOD_DAY,
	VK_PERIOD_MONTH,
	VK_PERIOD_QUARTER,
	VK_PERIOD_TERTIAL,
	VK_PERIOD_HALF,
	VK_PERIOD_KIND_COUNT
};

/* Status colours of a report: grønn (on track), gul (at risk), rød (off track). */
enum vk_colour { VK_COLOUR_NONE, VK_GRONN, VK_GUL, VK_ROD };

/* A time an item was out of the plan (archived): from after the reporting period that
 * ends on `after` (VK_DATE_NONE: before any period) until the one that ends on `until`
 * (VK_DATE_NONE: open, still archived), so it is not expected to report in a period whose
 * end is > after and <= until. Kept in the store (item_absence), never rewritten. */
struct vk_absence {
	int after, until;
	struct vk_pos pos; /* in a file's `absences:` list; 0 from the store */
};

/* A programme or a project; a project's `parent` is its programme's code or NULL. */
struct vk_item {
	enum vk_item_kind kind;
	char *code;
	char *name;
	char *owner;	       /* may be NULL */
	char *description;     /* may be NULL */
	char *parent;	       /* may be NULL */
	int priority;	       /* 0 when not prioritised */
	enum vk_colour status; /* colour of the latest report; read from the store only */
	/* the period of that report ("" when none) and its end date; from the store only */
	char status_period[16];
	int status_end;
	/* archived items (pf->archived) only, from the store: the span of their phases
	 * (VK_DATE_NONE when none), read without the phases themselves */
	int archived_start, archived_end;
	/* from the store, live and archived items: the times the item was out of the plan,
	 * oldest first; an archived item's last one is open (until VK_DATE_NONE) */
	struct vk_absence *absences;
	size_t absences_n, absences_cap;
	/* a file gave `absences:` (at absences_pos), or the import set them: the store writes
	 * them as they are; otherwise it keeps its own (store-import.c says when each holds) */
	bool absences_given;
	struct vk_pos absences_pos;
	struct vk_pos pos;
	struct vk_span *phases;
	size_t phases_n, phases_cap;
	struct vk_milestone *milestones;
	size_t milestones_n, milestones_cap;
	struct vk_dep *deps;
	size_t deps_n, deps_cap;
	struct vk_rollout *rollouts;
	size_t rollouts_n, rollouts_cap;
	struct vk_budget *budgets;
	size_t budgets_n, budgets_cap;
};

struct vk_portfolio {
	char *title;	 /* may be NULL */
	int status_date; /* VK_DATE_NONE when not given */
	/* The reporting cadence a file sets ('cadence:'); VK_CADENCE_NONE when it does not.
	 * The store keeps the portfolio's in its meta table (db_settle_cadence). */
	enum vk_period_kind cadence;
	/* Reference data. In a file model these say what the file changes: `has_phases`
	 * replaces the whole list; regions replace or add by code, all of them when
	 * `replace_regions`. Areas are listed region by region, in order. */
	bool has_phases;
	bool replace_regions;
	struct vk_pos phases_pos;
	struct vk_phase_kind *phases;
	size_t phases_n, phases_cap;
	struct vk_region *regions;
	size_t regions_n, regions_cap;
	struct vk_area *areas;
	size_t areas_n, areas_cap;
	/* The scoring model; in a file model only when `has_scoring` (it replaces the
	 * store's). Declared in score.h. */
	bool has_scoring;
	struct vk_scoring *scoring;
	/* Programmes and projects; a programme's projects follow it. */
	struct vk_item *items;
	size_t items_n, items_cap;
	/* Items that left the plan: their status reports and scores are kept, but views,
	 * lookups and checks see `items` alone. vk_db_load reads them in full (phases,
	 * milestones, dependencies, rollouts, budgets; owner, description, priority as
	 * stored) plus archived_start/_end; `status` stays VK_COLOUR_NONE. A dependency may
	 * name another archived item, a parent a live or an archived one. A file model has
	 * its `archived:` section here (with a position, `pos`), in the file's order. */
	struct vk_item *archived;
	size_t archived_n, archived_cap;
	/* vk_model_item's cache (opaque): rebuilt when `items` moves or its count changes;
	 * code that replaces items in place calls vk_model_changed. */
	struct vk_model_index *index;
};

/* A new empty portfolio; caller frees with vk_model_free. */
struct vk_portfolio *vk_model_new(void);
void vk_model_free(struct vk_portfolio *pf);

const char *vk_model_milestone_kind_name(enum vk_milestone_kind kind);
/* Parses "decision", "delivery" or "goal"; false otherwise. */
bool vk_model_milestone_kind_parse(const char *s, enum vk_milestone_kind *kind);

/* Lookups by code; NULL when absent. Pointers are borrowed from `pf`. */
const struct vk_item *vk_model_item(const struct vk_portfolio *pf, const char *code);
/* As vk_model_item, for a caller that may change the item it finds. */
struct vk_item *vk_model_item_mut(struct vk_portfolio *pf, const char *code);
/* Says that items were moved or replaced in place (drops vk_model_item's cache). */
void vk_model_changed(struct vk_portfolio *pf);
/* An archived item by code (linear: archived items are looked up one at a time). */
const struct vk_item *vk_model_archived(const struct vk_portfolio *pf, const char *code);
/* A live item, else an archived one, by code: for history (a past period's reports name
 * items that have left the plan since). */
const struct vk_item *vk_model_item_any(const struct vk_portfolio *pf, const char *code);

/* Whether `code` is a valid programme or project code (letters, digits, '-' and '_', at
 * most 32). */
bool vk_model_code_valid(const char *code);

/* Moves the live item `code` and, for a programme, its projects to pf->archived (as an
 * item that leaves the file is archived); returns how many moved (0: not live). */
size_t vk_model_archive(struct vk_portfolio *pf, const char *code);
const struct vk_area *vk_model_area(const struct vk_portfolio *pf, const char *code);
const struct vk_region *vk_model_region(const struct vk_portfolio *pf, const char *code);
const struct vk_phase_kind *vk_model_phase(const struct vk_portfolio *pf, const char *code);

/* A milestone with the item it belongs to. */
struct vk_milestone_ref {
	const struct vk_item *item;
	const struct vk_milestone *milestone;
};

/* All milestones of the portfolio ordered by date, then item order. Sets `*n`; the
 * caller frees the array with free(); the pointers in it are borrowed from `pf`. */
struct vk_milestone_ref *vk_model_milestones(const struct vk_portfolio *pf, size_t *n);

/* The earliest start and latest end of an item's phases; false when it has none. */
bool vk_model_item_span(const struct vk_item *it, int *start, int *end);

/* Applies the file model `in` to the store model `base` (both validated on their own
 * terms): phase kinds and regions as `in` says, and every item of `in` replaces the
 * item with that code along with the projects of a replaced programme. With `replace`,
 * all items of `base` are dropped first. Moves the contents of `in` into `base` and
 * leaves `in` empty. */
void vk_model_merge(struct vk_portfolio *base, struct vk_portfolio *in, bool replace);

/* Sets `err` to VK_EDATA: "FILE:LINE:COL: message" at `pos`, or "WHERE: message" for
 * an element without a place in a file (one from the store). */
enum vk_code vk_model_failv(struct vk_error *err, struct vk_pos pos, const char *where,
			    const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

/* Rewrites what a file may name in more than one way to the one way the model keeps:
 * rollout areas given by their full name (any case) become the area's code. Names that
 * match nothing are left for vk_model_validate to refuse. */
void vk_model_resolve(struct vk_portfolio *pf);

/* Checks a whole portfolio (resolved first, see vk_model_resolve) and changes nothing:
 * unique codes, every phase, area, region, parent and dependency code defined, no
 * dependency cycles, spans with end >= start, priorities >= 1, budgets >= 0. Errors are
 * VK_EDATA with "FILE:LINE:COL: message"; elements without a position (from the store)
 * are named by their code instead. */
enum vk_code vk_model_validate(const struct vk_portfolio *pf, struct vk_error *err);

#endif

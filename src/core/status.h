/* Status reporting: reporting periods, the colour words users write, reports, and the
 * statistics the portfolio office presents (counts, shares, change since the previous
 * period, budget, the red list, who has not reported).
 *
 * Shares are fractions of the period's own counts, never copied from a slide: share[] of
 * the reports, share_all[] of the reports and the silent items (active items that did not
 * report) together. A period's "previous period" is the one before it in (start, end)
 * order. */
#ifndef VK_STATUS_H
#define VK_STATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "lang.h"
#include "model.h"
#include "utf8.h"

#define VK_PERIOD_CODE_MAX 16

/* A reporting period: 2021-05 (month), 2021-Q2, 2021-T2 (tertial: four months),
 * 2021-H1, or a day 2021-05-20. `code` is the canonical spelling. */
struct vk_period {
	char code[VK_PERIOD_CODE_MAX];
	int start, end;
};

enum vk_code vk_period_parse(const char *text, struct vk_period *period, struct vk_error *err);

/* The kind of `p`, from its dates: a day, a month, a quarter, a tertial or a half-year
 * (VK_CADENCE_NONE for a span that is none of them). */
enum vk_period_kind vk_period_kind_of(const struct vk_period *p);
/* "day", "month", "quarter", "tertial", "half-year" (the store's spelling too). */
const char *vk_period_kind_name(enum vk_period_kind kind);
/* Those words, or dag, måned, kvartal, tertial, halvår, any ASCII case; false otherwise. */
bool vk_period_kind_parse(const char *word, enum vk_period_kind *kind);

/* grønn|gronn|green, gul|yellow|amber, rød|rod|red in any case; false otherwise. */
bool vk_colour_parse(const char *word, enum vk_colour *colour);
/* "grønn", "gul", "rød" (nb) or "green", "yellow", "red" (en). */
const char *vk_colour_name(enum vk_colour colour, enum vk_lang lang);
/* "gronn", "gul", "rod": the store's spelling. */
const char *vk_colour_key(enum vk_colour colour);

struct vk_report {
	char *code;
	struct vk_period period;
	enum vk_colour colour;
	char *comment; /* may be NULL */
	double budget; /* MNOK; < 0 when not given */
	int line;      /* in the file it came from; 0 from the store */
	int col;       /* in a YAML file, where its entry starts; 0 in a sheet */
};

/* Reports read from one file (or typed on the command line). Owns its reports. */
struct vk_status_file {
	const char *file; /* borrowed, for messages */
	bool converted;	  /* the file was Windows-1252 and was converted */
	/* the sheet has no kommentar (budsjett) column: a stored report's comment (budget)
	 * stays; a column the sheet has replaces it, an empty cell clearing it */
	bool no_comment, no_budget;
	struct vk_report *reports;
	size_t reports_n, reports_cap;
	char **notes; /* what the reader did not use, e.g. "column 6 'Ansvarlig' is not used" */
	size_t notes_n, notes_cap;
};

/* Every period and report in the store, periods in order. Owns its contents. */
struct vk_status_set {
	struct vk_period *periods;
	size_t periods_n, periods_cap;
	struct vk_report *reports;
	size_t reports_n, reports_cap;
};

void vk_status_file_free(struct vk_status_file *f);
void vk_status_set_clear(struct vk_status_set *set);

/* The longest comment: an Excel cell's 32,767 characters (UTF-16 units), so every
 * stored comment can be written to a workbook. */
#define VK_STATUS_TEXT_MAX VK_UTF8_CELL_MAX

/* Checks a file's reports against the portfolio: every code known, comments of at most
 * VK_STATUS_TEXT_MAX, one report per code and period. Errors are VK_EDATA "FILE:LINE:
 * message". */
enum vk_code vk_status_validate(const struct vk_status_file *f, const struct vk_portfolio *pf,
				struct vk_error *err);

/* Checks that every report in `files` is of the portfolio's cadence `*cadence`, which
 * `source` names in messages ("set by the portfolio file", ...). When `*cadence` is
 * VK_CADENCE_NONE, the first report's kind becomes it. Errors are VK_EDATA "FILE:LINE:
 * period '2025-09' is a month, but the portfolio reports by tertial (...)". */
enum vk_code vk_status_check_cadence(struct vk_status_file *const *files, size_t n,
				     enum vk_period_kind *cadence, const char *source,
				     struct vk_error *err);

/* Checks reports given for the same code and period by two files of one import: they
 * must say the same (colour, comment and budget), or it is not clear which one holds.
 * Errors are VK_EDATA "FILE:LINE: ... (FILE2:LINE2 says ...)". Within one file a repeat
 * is vk_status_validate's error. */
enum vk_code vk_status_validate_across(struct vk_status_file *const *files, size_t n,
				       struct vk_error *err);

/* The period before `set->periods[index]` that deltas compare with: the latest earlier
 * period of the same kind (the cadence), skipping periods of any other kind a store
 * may hold from before the cadence was kept. NULL when there is none. */
const struct vk_period *vk_status_previous(const struct vk_status_set *set, size_t index);

struct vk_status_summary {
	const struct vk_period *period;
	const struct vk_period *previous; /* vk_status_previous; NULL for the first period */
	size_t total;
	size_t counts[4];	      /* by enum vk_colour; [VK_COLOUR_NONE] unused */
	long delta[4];		      /* against the previous period; valid when previous != NULL */
	double share[4];	      /* counts / total: of the reports alone */
	double budget;		      /* sum of the reports' budgets, MNOK */
	size_t budgets;		      /* how many reports gave a budget */
	const struct vk_report **red; /* borrowed from the set, in portfolio order */
	size_t red_n;
	const char **missing; /* codes of active items without a report; borrowed from pf */
	size_t missing_n;
	/* "Uten rapport" as a category of its own: items running in the period (by their
	 * phases, or without phases) that did not report. silent == missing_n. share_all[]
	 * and share_silent are fractions of total + silent, the shares a slide shows; share[]
	 * stays a fraction of the reports alone. vk_db_load_trend counts the silent items
	 * too (missing stays empty there); silent_known is false where nobody counted
	 * them, and silent, delta_silent and the share_all fields are then 0. */
	bool silent_known;
	size_t silent;
	long delta_silent;   /* valid when previous != NULL */
	double share_all[4]; /* counts / (total + silent) */
	double share_silent; /* silent / (total + silent) */
};

/* Whether item `it` was expected to report in period `p`, so that without a report it
 * is "uten rapport" there: an item whose phases overlap the period (or that has none;
 * for an archived one, `archived`, from pf->archived, the span archived_start/_end),
 * unless one of its absences holds the period: it was out of the plan then. Archiving
 * and bringing an item back only add to its absences, so a past period never changes. */
bool vk_status_expected(const struct vk_item *it, bool archived, const struct vk_period *p);

/* The index of period `code` in `set`, or -1. */
long vk_status_period_index(const struct vk_status_set *set, const char *code);

/* Summarises period `index` of `set`. Items count as missing (silent) when their phases
 * overlap the period (or they have no phases) and they did not report; the previous
 * period's silent items are counted the same way for delta_silent. Caller clears `out`
 * with vk_status_summary_clear. */
void vk_status_summarise(const struct vk_status_set *set, const struct vk_portfolio *pf,
			 size_t index, struct vk_status_summary *out);
void vk_status_summary_clear(struct vk_status_summary *s);

/* The trend over all of `set`'s periods, from each period's counts and budget already in
 * s[i] (as vk_db_load_trend reads them): sets period, previous, total, delta and share.
 * Red and missing lists stay empty. */
void vk_status_trend(const struct vk_status_set *set, struct vk_status_summary *s);

#endif

/* Reporting periods, colour words, and status statistics. */
#include "status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "words.h"
#include "date.h"
#include "utf8.h"

enum vk_code vk_period_parse(const char *text, struct vk_period *p, struct vk_error *err)
{
	int y, t;
	char rest;
	enum vk_date_precision prec;

	/* tertials are periods only: four months each */
	if (strlen(text) == 7 && sscanf(text, "%4d-%*1[Tt]%1d%c", &y, &t, &rest) == 2 &&
	    y >= 1000 && t >= 1 && t <= 3) {
		p->start = vk_date_from_ymd(y, 4 * t - 3, 1);
		p->end = vk_date_from_ymd(y, 4 * t, vk_date_month_days(y, 4 * t));
		snprintf(p->code, sizeof(p->code), "%04d-T%d", y, t);
		return VK_OK;
	}
	if (vk_date_parse(text, VK_DATE_START, &p->start, &prec, NULL) == VK_OK &&
	    prec != VK_PREC_YEAR) {
		vk_date_parse(text, VK_DATE_END, &p->end, NULL, NULL);
		snprintf(p->code, sizeof(p->code), "%s", text);
		for (char *c = p->code; *c; c++)
			if (*c == 'q' || *c == 'h')
				*c = (char)(*c - 'a' + 'A');
		return VK_OK;
	}
	return vk_error_set(
	    err, VK_EDATA,
	    "invalid period '%.40s' (expected a month 2021-05, a quarter 2021-Q2, a "
	    "tertial 2021-T2, a half-year 2021-H1 or a day 2021-05-20)",
	    text);
}

static const char *const kind_names[] = {"", "day", "month", "quarter", "tertial", "half-year"};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == VK_PERIOD_KIND_COUNT,
	       "one name per kind");

enum vk_period_kind vk_period_kind_of(const struct vk_period *p)
{
	int y, m, d, ey, em, ed, months;

	if (p->start == p->end)
		return VK_PERIOD_DAY;
	vk_date_to_ymd(p->start, &y, &m, &d);
	vk_date_to_ymd(p->end, &ey, &em, &ed);
	months = (ey - y) * 12 + em - m + 1;
	if (d != 1 || ed != vk_date_month_days(ey, em))
		return VK_CADENCE_NONE;
	return months == 1   ? VK_PERIOD_MONTH
	       : months == 3 ? VK_PERIOD_QUARTER
	       : months == 4 ? VK_PERIOD_TERTIAL
	       : months == 6 ? VK_PERIOD_HALF
			     : VK_CADENCE_NONE;
}

const char *vk_period_kind_name(enum vk_period_kind kind)
{
	return (unsigned)kind < VK_PERIOD_KIND_COUNT && kind ? kind_names[kind] : "(none)";
}

bool vk_period_kind_parse(const char *word, enum vk_period_kind *kind)
{
	static const struct {
		const char *word;
		enum vk_period_kind kind;
	} words[] = {
	    {"day", VK_PERIOD_DAY},	    {"dag", VK_PERIOD_DAY},
	    {"month", VK_PERIOD_MONTH},	    {"måned", VK_PERIOD_MONTH},
	    {"maned", VK_PERIOD_MONTH},	    {"quarter", VK_PERIOD_QUARTER},
	    {"kvartal", VK_PERIOD_QUARTER}, {"tertial", VK_PERIOD_TERTIAL},
	    {"half-year", VK_PERIOD_HALF},  {"halvår", VK_PERIOD_HALF},
	    {"halvar", VK_PERIOD_HALF},
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(word, words[i].word) == 0) {
			*kind = words[i].kind;
			return true;
		}
	return false;
}

enum vk_code vk_status_check_cadence(struct vk_status_file *const *files, size_t n,
				     enum vk_period_kind *cadence, const char *source,
				     struct vk_error *err)
{
	char from[128], at[300];

	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < files[i]->reports_n; k++) {
			const struct vk_report *r = &files[i]->reports[k];
			enum vk_period_kind kind = vk_period_kind_of(&r->period);

			if (*cadence == VK_CADENCE_NONE) {
				*cadence = kind;
				snprintf(from, sizeof(from), "as its first report, %s:%d, does",
					 files[i]->file, r->line);
				source = from;
			} else if (kind != *cadence) {
				return vk_error_set(
				    err, VK_EDATA,
				    "%s: period '%s' is a %s, but the portfolio reports by %s "
				    "(%s)",
				    vk_error_place(at, sizeof(at), files[i]->file, r->line, r->col),
				    r->period.code, vk_period_kind_name(kind),
				    vk_period_kind_name(*cadence), source);
			}
		}
	return VK_OK;
}

struct placed {
	const struct vk_report *r;
	const struct vk_status_file *f;
	size_t file;
};

static int cmp_placed(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;
	int c = strcmp(x->r->code, y->r->code);

	if (!c)
		c = strcmp(x->r->period.code, y->r->period.code);
	if (!c)
		c = (x->file > y->file) - (x->file < y->file);
	return c ? c : (x->r->line > y->r->line) - (x->r->line < y->r->line);
}

static bool same_text(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

enum vk_code vk_status_validate_across(struct vk_status_file *const *files, size_t n,
				       struct vk_error *err)
{
	size_t total = 0, at = 0;
	char place[300];
	struct placed *all;
	enum vk_code rc = VK_OK;

	for (size_t i = 0; i < n; i++)
		total += files[i]->reports_n;
	if (n < 2 || total < 2)
		return VK_OK;
	all = vk_xcalloc(total, sizeof(*all));
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < files[i]->reports_n; k++)
			all[at++] = (struct placed){&files[i]->reports[k], files[i], i};
	qsort(all, total, sizeof(*all), cmp_placed);
	for (size_t i = 1; i < total && !rc; i++) {
		const struct placed *a = &all[i - 1], *b = &all[i];
		const char *what = NULL;
		char detail[64] = "";

		if (a->file == b->file || strcmp(a->r->code, b->r->code) != 0 ||
		    strcmp(a->r->period.code, b->r->period.code) != 0)
			continue;
		if (a->r->colour != b->r->colour) {
			what = "a different status";
			snprintf(detail, sizeof(detail), " (%s against %s)",
				 vk_colour_name(b->r->colour, VK_LANG_NB),
				 vk_colour_name(a->r->colour, VK_LANG_NB));
		} else if (!same_text(a->r->comment, b->r->comment))
			what = "a different comment";
		else if (a->r->budget != b->r->budget)
			what = "a different budget";
		if (what)
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s: %s for '%s' in %s than %s:%d%s: import one "
			    "of them, or make them agree",
			    vk_error_place(place, sizeof(place), b->f->file, b->r->line, b->r->col),
			    what, b->r->code, b->r->period.code, a->f->file, a->r->line, detail);
	}
	free(all);
	return rc;
}

const struct vk_period *vk_status_previous(const struct vk_status_set *set, size_t index)
{
	enum vk_period_kind kind = vk_period_kind_of(&set->periods[index]);

	for (size_t i = index; i-- > 0;)
		if (vk_period_kind_of(&set->periods[i]) == kind)
			return &set->periods[i];
	return NULL;
}

static const char *const keys[] = {"", "gronn", "gul", "rod"};

bool vk_colour_parse(const char *word, enum vk_colour *colour)
{
	static const struct {
		const char *word;
		enum vk_colour colour;
	} words[] = {
	    {"grønn", VK_GRONN}, {"GRØNN", VK_GRONN}, {"gronn", VK_GRONN}, {"green", VK_GRONN},
	    {"gul", VK_GUL},	 {"yellow", VK_GUL},  {"amber", VK_GUL},   {"rød", VK_ROD},
	    {"RØD", VK_ROD},	 {"rod", VK_ROD},     {"red", VK_ROD},
	};
	char buf[16];
	size_t n = strlen(word);

	/* ASCII case folds with strcasecmp; ø/Ø are the one non-ASCII letter involved */
	if (n >= sizeof(buf))
		return false;
	memcpy(buf, word, n + 1);
	for (char *c = strstr(buf, "Ø"); c; c = strstr(c, "Ø"))
		memcpy(c, "ø", 2);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(buf, words[i].word) == 0) {
			*colour = words[i].colour;
			return true;
		}
	return false;
}

const char *vk_colour_name(enum vk_colour colour, enum vk_lang lang)
{
	static const enum vk_word names[] = {
	    [VK_GRONN] = VK_WORD_GRONN, [VK_GUL] = VK_WORD_GUL, [VK_ROD] = VK_WORD_ROD};
	return colour >= VK_GRONN && colour <= VK_ROD ? vk_word(names[colour], lang) : "";
}

const char *vk_colour_key(enum vk_colour colour)
{
	return keys[colour];
}

static void clear_report(struct vk_report *r)
{
	free(r->code);
	free(r->comment);
}

void vk_status_file_free(struct vk_status_file *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->reports_n; i++)
		clear_report(&f->reports[i]);
	free(f->reports);
	for (size_t i = 0; i < f->notes_n; i++)
		free(f->notes[i]);
	free(f->notes);
	free(f);
}

void vk_status_set_clear(struct vk_status_set *set)
{
	for (size_t i = 0; i < set->reports_n; i++)
		clear_report(&set->reports[i]);
	free(set->reports);
	free(set->periods);
	memset(set, 0, sizeof(*set));
}

/* Reports ordered by code, then period, then line: a repeat sits next to its first. */
static int cmp_report(const void *a, const void *b)
{
	const struct vk_report *x = *(const struct vk_report *const *)a;
	const struct vk_report *y = *(const struct vk_report *const *)b;
	int c = strcmp(x->code, y->code);

	if (!c)
		c = strcmp(x->period.code, y->period.code);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

enum vk_code vk_status_validate(const struct vk_status_file *f, const struct vk_portfolio *pf,
				struct vk_error *err)
{
	/* sorted, so a sheet of 200,000 reports is checked in n log n */
	const struct vk_report **sorted = vk_xcalloc(f->reports_n, sizeof(*sorted));
	const struct vk_report *dup = NULL, *first = NULL;
	enum vk_code rc = VK_OK;
	char at[300];

	for (size_t i = 0; i < f->reports_n && !rc; i++) {
		const char *code = f->reports[i].code;
		size_t len = f->reports[i].comment ? vk_utf8_cell_length(f->reports[i].comment) : 0;
		if (!vk_model_item(pf, code))
			rc = vk_error_set(err, VK_EDATA,
					  "%s: unknown programme or project code '%s'",
					  vk_error_place(at, sizeof(at), f->file,
							 f->reports[i].line, f->reports[i].col),
					  code);
		else if (len > VK_STATUS_TEXT_MAX)
			rc = vk_error_set(err, VK_EDATA,
					  "%s: the comment has %zu characters, more than a "
					  "spreadsheet cell holds (%d)",
					  vk_error_place(at, sizeof(at), f->file,
							 f->reports[i].line, f->reports[i].col),
					  len, VK_STATUS_TEXT_MAX);
		sorted[i] = &f->reports[i];
	}
	if (!rc) {
		qsort(sorted, f->reports_n, sizeof(*sorted), cmp_report);
		/* in each run of one code and period, the second line repeats the first; of
		 * all repeats, name the one earliest in the file */
		for (size_t i = 1; i < f->reports_n; i++) {
			bool same = strcmp(sorted[i]->code, sorted[i - 1]->code) == 0 &&
				    strcmp(sorted[i]->period.code, sorted[i - 1]->period.code) == 0;
			bool run_start =
			    i < 2 || strcmp(sorted[i - 1]->code, sorted[i - 2]->code) != 0 ||
			    strcmp(sorted[i - 1]->period.code, sorted[i - 2]->period.code) != 0;
			if (same && run_start && (!dup || sorted[i]->line < dup->line)) {
				dup = sorted[i];
				first = sorted[i - 1];
			}
		}
		if (dup)
			rc = vk_error_set(
			    err, VK_EDATA,
			    "%s: a second report for '%s' in %s (the first is on line %d)",
			    vk_error_place(at, sizeof(at), f->file, dup->line, dup->col), dup->code,
			    dup->period.code, first->line);
	}
	free(sorted);
	return rc;
}

long vk_status_period_index(const struct vk_status_set *set, const char *code)
{
	for (size_t i = 0; i < set->periods_n; i++)
		if (strcmp(set->periods[i].code, code) == 0)
			return (long)i;
	return -1;
}

/* Counts of period `p` into counts[] and its budget. */
static size_t count(const struct vk_status_set *set, const struct vk_period *p, size_t counts[4])
{
	size_t total = 0;

	memset(counts, 0, 4 * sizeof(counts[0]));
	for (size_t i = 0; i < set->reports_n; i++)
		if (strcmp(set->reports[i].period.code, p->code) == 0) {
			counts[set->reports[i].colour]++;
			total++;
		}
	return total;
}

/* Shares of s->counts, and changes against `before` (the previous period's counts). */
static void compare(struct vk_status_summary *s, const size_t *before)
{
	for (int c = VK_GRONN; c <= VK_ROD; c++) {
		s->share[c] = s->total ? (double)s->counts[c] / (double)s->total : 0;
		if (before)
			s->delta[c] = (long)s->counts[c] - (long)before[c];
	}
}

/* With s->silent known: the change of the silent count against `previous_silent` (the
 * previous period's), and the shares of the reports and the silent items together. */
static void share_silent(struct vk_status_summary *s, size_t previous_silent)
{
	size_t base = s->total + s->silent;

	if (s->previous)
		s->delta_silent = (long)s->silent - (long)previous_silent;
	for (int c = VK_GRONN; c <= VK_ROD; c++)
		s->share_all[c] = base ? (double)s->counts[c] / (double)base : 0;
	s->share_silent = base ? (double)s->silent / (double)base : 0;
}

void vk_status_trend(const struct vk_status_set *set, struct vk_status_summary *s)
{
	for (size_t i = 0; i < set->periods_n; i++) {
		s[i].period = &set->periods[i];
		s[i].previous = vk_status_previous(set, i);
		s[i].total = s[i].counts[VK_GRONN] + s[i].counts[VK_GUL] + s[i].counts[VK_ROD];
		compare(&s[i], s[i].previous ? s[s[i].previous - set->periods].counts : NULL);
		if (s[i].silent_known)
			share_silent(&s[i],
				     s[i].previous ? s[s[i].previous - set->periods].silent : 0);
	}
}

static int cmp_report_code(const void *a, const void *b)
{
	return strcmp((*(const struct vk_report *const *)a)->code,
		      (*(const struct vk_report *const *)b)->code);
}

bool vk_status_expected(const struct vk_item *it, bool archived, const struct vk_period *p)
{
	int start, end;

	/* out of the plan then: an absence holds the periods that ended while it was */
	for (size_t i = 0; i < it->absences_n; i++) {
		const struct vk_absence *a = &it->absences[i];
		if ((a->after == VK_DATE_NONE || p->end > a->after) &&
		    (a->until == VK_DATE_NONE || p->end <= a->until))
			return false;
	}
	if (archived) /* its phases are read as a span alone */
		return it->archived_start == VK_DATE_NONE ||
		       (it->archived_start <= p->end && it->archived_end >= p->start);
	return !vk_model_item_span(it, &start, &end) || (start <= p->end && end >= p->start);
}

/* The reports of period `p`, sorted by code, so each item finds its own in log n.
 * Caller frees. */
static const struct vk_report **period_reports(const struct vk_status_set *set,
					       const struct vk_period *p, size_t *n)
{
	const struct vk_report **in = vk_xcalloc(set->reports_n + 1, sizeof(*in));

	*n = 0;
	for (size_t i = 0; i < set->reports_n; i++)
		if (strcmp(set->reports[i].period.code, p->code) == 0)
			in[(*n)++] = &set->reports[i];
	qsort(in, *n, sizeof(*in), cmp_report_code);
	return in;
}

static const struct vk_report *find_report(const struct vk_report **in, size_t n, const char *code)
{
	struct vk_report key = {.code = (char *)code};
	const struct vk_report *kp = &key, **hit;

	hit = bsearch(&kp, in, n, sizeof(*in), cmp_report_code);
	return hit ? *hit : NULL;
}

/* How many items run in `p` without a report in it. */
static size_t count_silent(const struct vk_status_set *set, const struct vk_portfolio *pf,
			   const struct vk_period *p)
{
	size_t in_n, n = 0;
	const struct vk_report **in = period_reports(set, p, &in_n);

	for (size_t i = 0; i < pf->items_n + pf->archived_n; i++) {
		bool archived = i >= pf->items_n;
		const struct vk_item *it =
		    archived ? &pf->archived[i - pf->items_n] : &pf->items[i];
		if (vk_status_expected(it, archived, p) && !find_report(in, in_n, it->code))
			n++;
	}
	free(in);
	return n;
}

void vk_status_summarise(const struct vk_status_set *set, const struct vk_portfolio *pf,
			 size_t index, struct vk_status_summary *s)
{
	const struct vk_period *p = &set->periods[index];
	size_t red_cap = 0, missing_cap = 0, before[4], in_n = 0;
	const struct vk_report **in;

	memset(s, 0, sizeof(*s));
	s->period = p;
	s->previous = vk_status_previous(set, index);
	s->total = count(set, p, s->counts);
	if (s->previous)
		count(set, s->previous, before);
	compare(s, s->previous ? before : NULL);
	in = period_reports(set, p, &in_n);
	for (size_t i = 0; i < in_n; i++)
		if (in[i]->budget >= 0) {
			s->budget += in[i]->budget;
			s->budgets++;
		}
	/* the red list and the missing ones, in portfolio order; an item archived since
	 * still counts in its periods: a red one is named, and one that ran without a
	 * report is silent there */
	for (size_t i = 0; i < pf->items_n + pf->archived_n; i++) {
		bool archived = i >= pf->items_n;
		const struct vk_item *it =
		    archived ? &pf->archived[i - pf->items_n] : &pf->items[i];
		const struct vk_report *r = find_report(in, in_n, it->code);

		if (r && r->colour == VK_ROD)
			*(const struct vk_report **)vk_xpush(&s->red, &s->red_n, &red_cap,
							     sizeof(*s->red)) = r;
		if (!r && vk_status_expected(it, archived, p))
			*(const char **)vk_xpush(&s->missing, &s->missing_n, &missing_cap,
						 sizeof(*s->missing)) = it->code;
	}
	free(in);
	/* uten rapport: a category of its own, in the shares and the change */
	s->silent_known = true;
	s->silent = s->missing_n;
	share_silent(s, s->previous ? count_silent(set, pf, s->previous) : 0);
}

void vk_status_summary_clear(struct vk_status_summary *s)
{
	free(s->red);
	free(s->missing);
	memset(s, 0, sizeof(*s));
}

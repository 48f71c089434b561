/* Reporting periods, colour words, and status statistics. */
#include "status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"

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

static const char *const names_nb[] = {"", "grønn", "gul", "rød"};
static const char *const names_en[] = {"", "green", "yellow", "red"};
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
	return lang == VK_LANG_EN ? names_en[colour] : names_nb[colour];
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

	for (size_t i = 0; i < f->reports_n && !rc; i++) {
		const char *code = f->reports[i].code;
		if (!vk_model_item(pf, code))
			rc = vk_error_set(err, VK_EDATA,
					  "%s:%d: unknown programme or project code '%s'", f->file,
					  f->reports[i].line, code);
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
			    "%s:%d: a second report for '%s' in %s (the first is on line %d)",
			    f->file, dup->line, dup->code, dup->period.code, first->line);
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

void vk_status_trend(const struct vk_status_set *set, struct vk_status_summary *s)
{
	for (size_t i = 0; i < set->periods_n; i++) {
		s[i].period = &set->periods[i];
		s[i].previous = i ? &set->periods[i - 1] : NULL;
		s[i].total = s[i].counts[VK_GRONN] + s[i].counts[VK_GUL] + s[i].counts[VK_ROD];
		compare(&s[i], i ? s[i - 1].counts : NULL);
	}
}

static int cmp_report_code(const void *a, const void *b)
{
	return strcmp((*(const struct vk_report *const *)a)->code,
		      (*(const struct vk_report *const *)b)->code);
}

void vk_status_summarise(const struct vk_status_set *set, const struct vk_portfolio *pf,
			 size_t index, struct vk_status_summary *s)
{
	const struct vk_period *p = &set->periods[index];
	size_t red_cap = 0, missing_cap = 0, before[4], in_n = 0;
	/* the period's reports by code, so each item finds its own in log n */
	const struct vk_report **in = vk_xcalloc(set->reports_n + 1, sizeof(*in));

	memset(s, 0, sizeof(*s));
	s->period = p;
	s->previous = index > 0 ? &set->periods[index - 1] : NULL;
	s->total = count(set, p, s->counts);
	if (s->previous)
		count(set, s->previous, before);
	compare(s, s->previous ? before : NULL);
	for (size_t i = 0; i < set->reports_n; i++) {
		const struct vk_report *r = &set->reports[i];
		if (strcmp(r->period.code, p->code) != 0)
			continue;
		in[in_n++] = r;
		if (r->budget >= 0) {
			s->budget += r->budget;
			s->budgets++;
		}
	}
	qsort(in, in_n, sizeof(*in), cmp_report_code);
	/* the red list and the missing ones, in portfolio order */
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *it = &pf->items[i];
		struct vk_report key = {.code = it->code};
		const struct vk_report *kp = &key, **hit;
		const struct vk_report *r;
		int start, end;

		hit = bsearch(&kp, in, in_n, sizeof(*in), cmp_report_code);
		r = hit ? *hit : NULL;
		if (r && r->colour == VK_ROD)
			*(const struct vk_report **)vk_xpush(&s->red, &s->red_n, &red_cap,
							     sizeof(*s->red)) = r;
		if (!r &&
		    (!vk_model_item_span(it, &start, &end) || (start <= p->end && end >= p->start)))
			*(const char **)vk_xpush(&s->missing, &s->missing_n, &missing_cap,
						 sizeof(*s->missing)) = it->code;
	}
	free(in);
}

void vk_status_summary_clear(struct vk_status_summary *s)
{
	free(s->red);
	free(s->missing);
	memset(s, 0, sizeof(*s));
}

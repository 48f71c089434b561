/* The workbook's plan sheets: milestones, the rollout Gantt, the priority model as
 * formulas and the costs of the national solutions. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "date.h"
#include "utf8.h"
#include "xlsx-int.h"

/* Milepæler: every milestone with a real date, the days until it from the status date,
 * and whether it is reached (done), by date. */
void sheet_milestones(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	size_t n;
	struct vk_milestone_ref *refs = vk_model_milestones(pf, &n);
	static const char *const kinds_nb[] = {"beslutning", "leveranse", "mål"};
	int sy = 0, sm = 0, sd = 0;
	char f[96];

	vk_xlsx_string(x, ws, 0, 0, VK_TR(x->in->lang, "Dato", "Date"), x->head);
	vk_xlsx_string(x, ws, 0, 1, VK_TR(x->in->lang, "Type", "Kind"), x->head);
	vk_xlsx_string(x, ws, 0, 2, VK_TR(x->in->lang, "Kode", "Code"), x->head);
	vk_xlsx_string(x, ws, 0, 3, VK_TR(x->in->lang, "Program / prosjekt", "Programme / project"),
		       x->head);
	vk_xlsx_string(x, ws, 0, 4, VK_TR(x->in->lang, "Milepæl", "Milestone"), x->head);
	vk_xlsx_string(x, ws, 0, 5, VK_TR(x->in->lang, "Dager til", "Days until"), x->head);
	vk_xlsx_string(x, ws, 0, 6, VK_TR(x->in->lang, "Nådd", "Done"), x->head);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 12, x->date), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 2, 16, NULL), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 3, 3, 40, NULL), ws, 0, 3);
	vk_xlsx_check(x, worksheet_set_column(ws, 4, 4, 70, NULL), ws, 0, 4);
	vk_xlsx_check(x, worksheet_set_column(ws, 5, 6, 10, NULL), ws, 0, 5);
	worksheet_freeze_panes(ws, 1, 0);
	vk_xlsx_check(x, worksheet_autofilter(ws, 0, 0, (lxw_row_t)n, 6), ws, 0, 0);
	if (pf->status_date != VK_DATE_NONE)
		vk_date_to_ymd(pf->status_date, &sy, &sm, &sd);
	for (size_t i = 0; i < n; i++) {
		const struct vk_milestone *m = refs[i].milestone;
		lxw_row_t r = (lxw_row_t)(i + 1);
		lxw_datetime dt = {0};
		int y, mo, d;

		vk_date_to_ymd(m->date, &y, &mo, &d);
		dt.year = y;
		dt.month = mo;
		dt.day = d;
		vk_xlsx_check(x, worksheet_write_datetime(ws, r, 0, &dt, x->date), ws, r, 0);
		vk_xlsx_string(x, ws, r, 1,
			       x->in->lang == VK_LANG_EN ? vk_model_milestone_kind_name(m->kind)
							 : kinds_nb[m->kind],
			       NULL);
		vk_xlsx_string(x, ws, r, 2, refs[i].item->code, NULL);
		vk_xlsx_string(x, ws, r, 3, refs[i].item->name, NULL);
		vk_xlsx_string(x, ws, r, 4, m->name, NULL);
		if (pf->status_date != VK_DATE_NONE) {
			snprintf(f, sizeof(f), "=A%u-DATE(%d,%d,%d)", r + 1, sy, sm, sd);
			vk_xlsx_formula_num(x, ws, r, 5, f, x->int_fmt,
					    (double)(m->date - pf->status_date));
		}
		vk_xlsx_string(x, ws, r, 6,
			       m->done ? VK_TR(x->in->lang, "ja", "yes")
				       : VK_TR(x->in->lang, "nei", "no"),
			       NULL);
	}
	free(refs);
}

/* The first `n` characters (UTF-8 code points) of `s`. */
static void first_chars(const char *s, size_t n, char *buf, size_t size)
{
	size_t o = 0;

	for (size_t k = 0; *s && o + 4 < size; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80 && k++ == n)
			break;
		buf[o++] = *s;
	}
	buf[o] = '\0';
}

/* The bytes of the first `n` characters of `s`, and in `*chars` how many there are. */
static size_t prefix_bytes(const char *s, size_t n, size_t *chars)
{
	size_t o = 0, k = 0;

	for (; s[o]; o++)
		if (((unsigned char)s[o] & 0xc0) != 0x80 && k++ == n)
			break;
	*chars = k > n ? n : k;
	return o;
}

/* Each phase kind's name in a Utrulling cell: the shortest prefix of three or more
 * characters that no other phase kind's name of the portfolio begins with (any case), not
 * ending in a space: "Innk" and "Innf" for Innkjøp and Innføring, "Utp" for Utprøving
 * beside them. Two kinds of one name (any case) show their codes. The caller frees each
 * and the array. */
static char **phase_abbreviations(const struct vk_portfolio *pf)
{
	char **abbr = vk_xcalloc(pf->phases_n + 1, sizeof(*abbr));

	for (size_t i = 0; i < pf->phases_n; i++) {
		const char *a = pf->phases[i].name;
		size_t all, bytes = 0, chars;
		bool unique = false;

		prefix_bytes(a, (size_t)-1, &all);
		for (size_t k = 3; !unique && k <= all + 1; k++) {
			bytes = prefix_bytes(a, k, &chars);
			if (chars == k && a[bytes - 1] == ' ')
				continue; /* "Fase " reads as "Fase" */
			unique = true;
			for (size_t j = 0; j < pf->phases_n && unique; j++) {
				const char *b = pf->phases[j].name;
				unique = j == i || prefix_bytes(b, k, &chars) != bytes ||
					 strncasecmp(a, b, bytes) != 0;
			}
		}
		abbr[i] = unique ? vk_xstrndup(a, bytes) : vk_xstrdup(pf->phases[i].code);
	}
	return abbr;
}

size_t vk_xlsx_rollout_quarters(const struct vk_item *p, int *y0)
{
	int lo = VK_DATE_NONE, hi = VK_DATE_NONE, y1;

	for (size_t k = 0; k < p->rollouts_n; k++) {
		lo = lo == VK_DATE_NONE || p->rollouts[k].span.start < lo
			 ? p->rollouts[k].span.start
			 : lo;
		hi = hi == VK_DATE_NONE || p->rollouts[k].span.end > hi ? p->rollouts[k].span.end
									: hi;
	}
	if (lo == VK_DATE_NONE)
		return 0;
	vk_date_to_ymd(lo, y0, NULL, NULL);
	vk_date_to_ymd(hi, &y1, NULL, NULL);
	return (size_t)(y1 - *y0 + 1) * 4;
}

/* A formula (or other text) being built, as long as it needs to be. */
struct formula {
	char *s;
	size_t n, cap;
};

static void sb_vadd(struct formula *f, const char *fmt, va_list ap)
{
	va_list copy;
	int len;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (f->n + (size_t)len + 1 > f->cap) {
		f->cap = (f->n + (size_t)len + 1) * 2;
		f->s = vk_xrealloc(f->s, f->cap);
	}
	vsnprintf(f->s + f->n, f->cap - f->n, fmt, ap);
	f->n += (size_t)len;
}

static void sb_add(struct formula *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_add(struct formula *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

static void sb_start(struct formula *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_start(struct formula *f, const char *fmt, ...)
{
	va_list ap;

	f->n = 0;
	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

/* The phases of area `area`'s rollout that run in some part of quarter `q` (0-3) of
 * `year`, in the order they start (then as given): into `*text` each one's abbreviation
 * (`abbr`, phase_abbreviations) joined by '/' ("Utp/Inn"), into `*note` each one's name
 * and dates, one a line, and into `*last` the kind of the one that starts last. Returns
 * how many run; the caller frees *text and *note. */
static size_t rollout_phases(const struct vk_portfolio *pf, char *const *abbr,
			     const struct vk_item *p, const char *area, int year, int q,
			     char **text, char **note, const struct vk_phase_kind **last)
{
	int from = vk_date_from_ymd(year, q * 3 + 1, 1);
	int to = vk_date_from_ymd(year, q * 3 + 3, vk_date_month_days(year, q * 3 + 3));
	const struct vk_rollout **on = vk_xcalloc(p->rollouts_n + 1, sizeof(*on));
	struct formula t = {0}, nt = {0};
	size_t n = 0;

	*last = NULL;
	for (size_t k = 0; k < p->rollouts_n; k++) {
		const struct vk_rollout *ro = &p->rollouts[k];
		size_t at = n;
		if (strcmp(ro->area, area) != 0 || ro->span.end < from || ro->span.start > to)
			continue;
		/* by start, then as given */
		while (at > 0 && on[at - 1]->span.start > ro->span.start) {
			on[at] = on[at - 1];
			at--;
		}
		on[at] = ro;
		n++;
	}
	sb_start(&t, "%s", "");
	sb_start(&nt, "%s", "");
	for (size_t k = 0; k < n; k++) {
		const struct vk_phase_kind *ph = vk_model_phase(pf, on[k]->span.phase);
		const char *name = ph ? ph->name : on[k]->span.phase;
		char code[16], d0[VK_DATE_TEXT_MAX], d1[VK_DATE_TEXT_MAX];

		first_chars(name, 3, code, sizeof(code));
		sb_add(&t, "%s%s", k ? "/" : "", ph ? abbr[ph - pf->phases] : code);
		sb_add(&nt, "%s%s %s – %s", k ? "\n" : "", name,
		       vk_date_format(on[k]->span.start, d0), vk_date_format(on[k]->span.end, d1));
		if (ph)
			*last = ph;
	}
	free(on);
	*text = t.s;
	*note = nt.s;
	return n;
}

/* The cell of area `area` in quarter `q` (0-3) of `year`: every phase of the area's rollout
 * that runs in some part of the quarter (rollout_phases), filled with the colour of the one
 * that starts last; where more than one runs, a comment names each with its dates, so a
 * phase that overlaps another is never hidden by it. Empty where none runs. Returns how
 * many run; `*chars` grows to the text's length in characters. */
static size_t rollout_cell(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			   char *const *abbr, const struct vk_item *p, const char *area, int year,
			   int q, size_t *chars)
{
	const struct vk_portfolio *pf = x->in->pf;
	const struct vk_phase_kind *last;
	char *text, *note;
	size_t n = rollout_phases(pf, abbr, p, area, year, q, &text, &note, &last), len;

	if (n)
		vk_xlsx_string(x, ws, r, c, text, last ? x->phase[last - pf->phases] : NULL);
	if (n > 1)
		vk_xlsx_check(x, worksheet_write_comment(ws, r, c, note), ws, r, c);
	if ((len = vk_utf8_cell_length(text)) > *chars)
		*chars = len;
	free(text);
	free(note);
	return n;
}

/* The first cell of the Utrulling grid where more than one phase runs, in the order the
 * sheet shows them: its text, for the note above the grid; NULL when none. Caller frees. */
static char *rollout_example(const struct vk_portfolio *pf, char *const *abbr)
{
	for (size_t i = 0; i < pf->items_n; i++) {
		const struct vk_item *p = &pf->items[i];
		int y0 = 0;
		size_t quarters = vk_xlsx_rollout_quarters(p, &y0);

		for (size_t g = 0; g < pf->regions_n && p->rollouts_n; g++)
			for (size_t a = 0; a < pf->areas_n; a++) {
				if (strcmp(pf->areas[a].region, pf->regions[g].code) != 0)
					continue;
				for (size_t q = 0; q < quarters && quarters < LXW_COL_MAX; q++) {
					const struct vk_phase_kind *last;
					char *text, *note;
					size_t n = rollout_phases(pf, abbr, p, pf->areas[a].code,
								  y0 + (int)(q / 4), (int)(q % 4),
								  &text, &note, &last);
					free(note);
					if (n > 1)
						return text;
					free(text);
				}
			}
	}
	return NULL;
}

/* Utrulling: per programme with a rollout, its areas by region down the side and
 * quarters across, each cell coloured (and named) by the phases the area is in. */
void sheet_rollout(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	lxw_row_t r = 0;
	size_t widest = 3 * pf->phases_n; /* the legend's columns */
	size_t chars = 3;		  /* the longest cell text, in characters */
	char **abbr = phase_abbreviations(pf), *example = rollout_example(pf, abbr);

	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 34, NULL), ws, 0, 0);
	worksheet_freeze_panes(ws, 0, 1);
	/* legend: each name with its abbreviation where that is shorter */
	vk_xlsx_string(x, ws, r, 0, VK_TR(x->in->lang, "Faser:", "Phases:"), x->muted);
	for (size_t k = 0; k < pf->phases_n; k++) {
		char *label = strcmp(abbr[k], pf->phases[k].name) != 0
				  ? vk_xasprintf("%s (%s)", pf->phases[k].name, abbr[k])
				  : vk_xstrdup(pf->phases[k].name);
		vk_xlsx_string(x, ws, r, (lxw_col_t)(1 + 3 * k), label, x->phase[k]);
		free(label);
	}
	/* what a cell of several phases means, by one of this portfolio's own */
	if (example) {
		char *line = x->in->lang == VK_LANG_EN
				 ? vk_xasprintf("Several phases in one quarter: \"%s\", in the "
						"colour of the last to start; the cell's comment "
						"gives the dates.",
						example)
				 : vk_xasprintf("Flere faser i ett kvartal: «%s», i fargen til den "
						"som starter sist; merknaden i cellen gir datoene.",
						example);
		vk_xlsx_string(x, ws, r + 1, 0, line, x->muted);
		free(line);
	}
	r += 2;
	for (size_t i = 0; i < pf->items_n && !x->rc; i++) {
		const struct vk_item *p = &pf->items[i];
		int y0 = 0;
		size_t quarters;

		if (p->rollouts_n == 0)
			continue;
		/* every quarter, or a refusal: never a rollout cut at the sheet's edge */
		quarters = vk_xlsx_rollout_quarters(p, &y0);
		if (quarters >= LXW_COL_MAX) {
			vk_xlsx_fail(x, ws, r, 0,
				     "the rollout of %s spans %zu quarters; the sheet has "
				     "columns for %d",
				     p->code, quarters, LXW_COL_MAX - 1);
			break;
		}
		if (quarters > widest)
			widest = quarters;
		vk_xlsx_string(x, ws, r, 0, p->name, x->title);
		r++;
		vk_xlsx_string(x, ws, r, 0, VK_TR(x->in->lang, "Område", "Area"), x->head);
		for (size_t q = 0; q < quarters; q++) {
			char label[16];
			snprintf(label, sizeof(label), VK_TR(x->in->lang, "K%zu %d", "Q%zu %d"),
				 q % 4 + 1, y0 + (int)(q / 4));
			vk_xlsx_string(x, ws, r, (lxw_col_t)(q + 1), label, x->head);
		}
		r++;
		for (size_t g = 0; g < pf->regions_n; g++) {
			vk_xlsx_string(x, ws, r++, 0, pf->regions[g].name, x->title);
			for (size_t a = 0; a < pf->areas_n; a++) {
				if (strcmp(pf->areas[a].region, pf->regions[g].code) != 0)
					continue;
				vk_xlsx_string(x, ws, r, 0, pf->areas[a].name, NULL);
				for (size_t q = 0; q < quarters; q++)
					rollout_cell(x, ws, r, (lxw_col_t)(q + 1), abbr, p,
						     pf->areas[a].code, y0 + (int)(q / 4),
						     (int)(q % 4), &chars);
				r++;
			}
		}
		r++;
	}
	/* room for the longest cell text ("Innk/Innf") */
	if (!x->rc)
		vk_xlsx_check(x,
			      worksheet_set_column(ws, 1, (lxw_col_t)(widest ? widest : 1),
						   chars > 3 ? 1.1 * (double)chars + 1 : 5, NULL),
			      ws, 0, 1);
	free(example);
	for (size_t k = 0; k < pf->phases_n; k++)
		free(abbr[k]);
	free(abbr);
}

/* Excel takes formulas of up to 8,192 characters; past that the value stands alone. */
#define FORMULA_MAX 8000

static void write_formula_num(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			      const struct formula *f, lxw_format *fmt, double value)
{
	if (f->n <= FORMULA_MAX)
		vk_xlsx_formula_num(x, ws, r, c, f->s, fmt, value);
	else
		vk_xlsx_number(x, ws, r, c, value, fmt);
}

static void write_formula_str(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
			      const struct formula *f, lxw_format *fmt, const char *value)
{
	if (f->n <= FORMULA_MAX)
		vk_xlsx_formula_str(x, ws, r, c, f->s, fmt, value);
	else
		vk_xlsx_string(x, ws, r, c, value, fmt);
}

/* What an Excel name cannot hold, as '_'. */
static void name_chars(char *n)
{
	for (char *c = n; *c; c++)
		if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
		      (*c >= '0' && *c <= '9') || *c == '_' || *c == '.'))
			*c = '_';
}

/* The defined name of each criterion's weight cell: "Vekt_" and the code, with what a
 * name cannot hold as '_' and a number added where two would be the same (Excel's names
 * ignore case). The caller frees each and the array. */
static char **weight_names(struct book *x, const struct vk_scoring *m)
{
	char **names = vk_xcalloc(m->criteria_n + 1, sizeof(*names));

	for (size_t i = 0; i < m->criteria_n; i++) {
		char *n = vk_xasprintf("%s_%s", VK_TR(x->in->lang, "Vekt", "Weight"),
				       m->criteria[i].code);
		name_chars(n);
		for (int k = 2;; k++) {
			size_t j = 0;
			while (j < i && strcasecmp(names[j], n) != 0)
				j++;
			if (j == i)
				break;
			free(n);
			n = vk_xasprintf("%s_%s_%d", VK_TR(x->in->lang, "Vekt", "Weight"),
					 m->criteria[i].code, k);
			name_chars(n);
		}
		names[i] = n;
	}
	return names;
}

/* One criterion in the weights block at row r: name, code and weight, the weight's cell
 * named `name`, then the group it belongs to and its place among the tie-breakers. */
static void weight_row(struct book *x, lxw_worksheet *ws, lxw_col_t wcol, lxw_row_t r,
		       const struct vk_criterion *c, const char *name)
{
	const struct vk_criterion *g =
	    c->parent ? vk_scoring_find(x->in->pf->scoring, c->parent) : NULL;

	char cl[8];
	char *ref = vk_xasprintf("=%s!$%s$%u", ws->quoted_name, xlsx_col_name(wcol + 2, cl), r + 1);

	vk_xlsx_string(x, ws, r, wcol, c->name, NULL);
	vk_xlsx_string(x, ws, r, wcol + 1, c->code, NULL);
	vk_xlsx_number(x, ws, r, wcol + 2, c->weight, NULL);
	vk_xlsx_check(x, workbook_define_name(x->wb, name, ref), ws, r, wcol + 2);
	vk_xlsx_string(x, ws, r, wcol + 3, g ? g->name : "", NULL);
	if (c->tiebreak)
		vk_xlsx_number(x, ws, r, wcol + 4, c->tiebreak, x->int_fmt);
	free(ref);
}

/* The rank of row `r` as a formula: 1 + the complete measures that come before it in
 * veikart's order (vk_score_rank): a higher score, or a score within 1e-9 and a higher
 * value of the first tie-breaking group, and so on, and at last the name, byte by byte as
 * veikart compares it: by the name-order column `key` (Excel's < on text ignores case and
 * would put "akson" before "Bravo"). RANK() itself cannot take tie-breaks or the 1e-9.
 * Tie-breakers are groups or criteria on their own, which a complete measure always has
 * a value for (an empty one makes it incomplete, in Excel as in veikart). Incomplete
 * measures (a text score) have no rank: "". */
static void rank_formula(struct formula *f, const lxw_col_t *cols, size_t ncols, lxw_col_t key,
			 lxw_row_t r, lxw_row_t last)
{
	char cl[8];

	xlsx_col_name(cols[0], cl);
	sb_start(f, "=IF(ISNUMBER(%s%u),1+SUMPRODUCT(ISNUMBER($%s$2:$%s$%u)*(", cl, r + 1, cl, cl,
		 last + 1);
	for (size_t k = 0; k < ncols; k++) {
		char rng[32], me[16];
		xlsx_col_name(cols[k], cl);
		snprintf(rng, sizeof(rng), "$%s$2:$%s$%u", cl, cl, last + 1);
		snprintf(me, sizeof(me), "%s%u", cl, r + 1);
		sb_add(f, "(%s>%s+1E-9)+(%s>=%s-1E-9)*(%s<=%s+1E-9)*(", rng, me, rng, me, rng, me);
	}
	xlsx_col_name(key, cl);
	sb_add(f, "($%s$2:$%s$%u<%s%u)", cl, cl, last + 1, cl, r + 1);
	for (size_t k = 0; k < ncols; k++)
		sb_add(f, ")");
	sb_add(f, ")),\"\")");
}

struct named {
	const char *name;
	size_t at;
};

static int by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* The place (1-based) of each of the `n` measures' names in byte order, as vk_score_rank
 * breaks the last tie (strcmp); equal names (none in a store) by their place in `s`. */
static size_t *name_order(const struct vk_score *s, size_t n)
{
	struct named *sorted = vk_xcalloc(n + 1, sizeof(*sorted));
	size_t *key = vk_xcalloc(n + 1, sizeof(*key));

	for (size_t k = 0; k < n; k++)
		sorted[k] = (struct named){s[k].measure->name, k};
	qsort(sorted, n, sizeof(*sorted), by_name);
	for (size_t k = 0; k < n; k++)
		key[sorted[k].at] = k + 1;
	free(sorted);
	return key;
}

/* Prioritering: the criteria per measure, then each group as a formula (a weighted mean
 * of what has a value; "mangler" when nothing has), the score and the rank, all formulas
 * with veikart's values. The weights stand in a block to the right, each cell named
 * (Vekt_nytte ...), and the formulas refer to those names: changing a weight in Excel
 * changes the scores and the ranks. */
void sheet_scores(struct book *x, lxw_worksheet *ws)
{
	const struct vk_scoring *m = x->in->pf->scoring;
	size_t nc = m->criteria_n, nleaf = 0, ntb = 0;
	lxw_col_t *col = vk_xcalloc(nc, sizeof(*col));
	lxw_col_t *tb = vk_xcalloc(nc + 1, sizeof(*tb));
	lxw_col_t c = 2, score_col, rank_col, key_col, wcol;
	lxw_row_t last = (lxw_row_t)x->in->scores_n;
	char **wname = weight_names(x, m);
	size_t *key = name_order(x->in->scores, x->in->scores_n);
	lxw_row_col_options hidden = {.hidden = 1};
	struct formula f = {0};
	char cl[8];

	vk_xlsx_string(x, ws, 0, 0, VK_TR(x->in->lang, "Tiltak", "Measure"), x->head);
	vk_xlsx_string(x, ws, 0, 1, VK_TR(x->in->lang, "Kode", "Code"), x->head);
	/* leaves first, then sub-groups, then groups: a sheet read left to right */
	for (size_t i = 0; i < nc; i++)
		if (vk_scoring_is_leaf(m, &m->criteria[i])) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].code, x->head);
			nleaf++;
		}
	for (size_t i = 0; i < nc; i++)
		if (!vk_scoring_is_leaf(m, &m->criteria[i]) && m->criteria[i].parent) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].name, x->head);
		}
	for (size_t i = 0; i < nc; i++)
		if (!m->criteria[i].parent) {
			col[i] = c;
			vk_xlsx_string(x, ws, 0, c++, m->criteria[i].name, x->head);
		}
	score_col = c++;
	rank_col = c;
	key_col = (lxw_col_t)(rank_col + 1);
	wcol = (lxw_col_t)(rank_col + 3);
	/* the order vk_score_rank compares in: the score, then the tie-breakers */
	tb[ntb++] = score_col;
	for (int t = 1; t <= 9; t++)
		for (size_t i = 0; i < nc; i++)
			if (m->criteria[i].tiebreak == t)
				tb[ntb++] = col[i];
	vk_xlsx_string(x, ws, 0, score_col, "Score", x->head);
	vk_xlsx_string(x, ws, 0, rank_col, VK_TR(x->in->lang, "Rang", "Rank"), x->head);
	/* hidden: the measures' names in veikart's order (bytes), the ranks' last tie-break */
	vk_xlsx_string(x, ws, 0, key_col, VK_TR(x->in->lang, "Navnerekkefølge", "Name order"),
		       x->head);
	vk_xlsx_check(x, worksheet_set_column_opt(ws, key_col, key_col, 8, NULL, &hidden), ws, 0,
		      key_col);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 50, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 1, 14, NULL), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 2, (lxw_col_t)(1 + nleaf), 5, NULL), ws, 0, 2);
	vk_xlsx_check(x, worksheet_set_column(ws, (lxw_col_t)(2 + nleaf), rank_col, 13, NULL), ws,
		      0, (lxw_col_t)(2 + nleaf));
	worksheet_freeze_panes(ws, 1, 1);
	/* the weights: criterion, code, weight; the weight cells named */
	vk_xlsx_string(x, ws, 0, wcol, VK_TR(x->in->lang, "Kriterium", "Criterion"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 1, VK_TR(x->in->lang, "Kode", "Code"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 2, VK_TR(x->in->lang, "Vekt", "Weight"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 3, VK_TR(x->in->lang, "Gruppe", "Group"), x->head);
	vk_xlsx_string(x, ws, 0, wcol + 4,
		       VK_TR(x->in->lang, "Bryter likhet (rekkefølge)", "Breaks ties (order)"),
		       x->head);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol, wcol, 26, NULL), ws, 0, wcol);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 1, wcol + 2, 10, NULL), ws, 0, wcol + 1);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 3, wcol + 3, 20, NULL), ws, 0, wcol + 3);
	vk_xlsx_check(x, worksheet_set_column(ws, wcol + 4, wcol + 4, 12, NULL), ws, 0, wcol + 4);
	/* printed: the ranking, without the weights */
	vk_xlsx_check(x, worksheet_print_area(ws, 0, 0, last ? last : 1, rank_col), ws, 0, 0);
	/* row by row, the weights beside the measures: constant-memory mode writes rows in
	 * order */
	for (size_t k = 0; k < x->in->scores_n || k < nc + 2; k++) {
		const struct vk_score *sc;
		lxw_row_t r = (lxw_row_t)(k + 1);

		if (x->rc)
			break;
		if (k < nc)
			weight_row(x, ws, wcol, r, &m->criteria[k], wname[k]);
		else if (k == nc + 1)
			vk_xlsx_string(x, ws, r, wcol,
				       VK_TR(x->in->lang,
					     "Endre en vekt, så regnes score og rang om.",
					     "Change a weight and the scores and ranks follow."),
				       x->muted);
		if (k >= x->in->scores_n)
			continue;
		sc = &x->in->scores[k];
		vk_xlsx_string(x, ws, r, 0, sc->measure->name, NULL);
		vk_xlsx_string(x, ws, r, 1, sc->measure->code ? sc->measure->code : "", NULL);
		/* leaves: values, or empty where missing */
		for (size_t i = 0; i < nc; i++)
			if (vk_scoring_is_leaf(m, &m->criteria[i])) {
				if (isnan(sc->node[i]))
					vk_xlsx_blank(x, ws, r, col[i], NULL);
				else
					vk_xlsx_number(x, ws, r, col[i], sc->node[i], NULL);
			}
		/* groups: a weighted mean of the children that have a value */
		for (size_t i = 0; i < nc; i++) {
			const struct vk_criterion *g = &m->criteria[i];
			if (vk_scoring_is_leaf(m, g))
				continue;
			sb_start(&f, "=IF(COUNT(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					sb_add(&f, "%s%s%u", first ? "" : ",",
					       xlsx_col_name(col[j], cl), r + 1);
					first = 0;
				}
			sb_add(&f, ")=0,\"%s\",(", VK_TR(x->in->lang, "mangler", "missing"));
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					xlsx_col_name(col[j], cl);
					sb_add(&f, "%s%s*IF(ISNUMBER(%s%u),%s%u,0)",
					       first ? "" : "+", wname[j], cl, r + 1, cl, r + 1);
					first = 0;
				}
			sb_add(&f, ")/(");
			for (size_t j = 0, first = 1; j < nc; j++)
				if (m->criteria[j].parent &&
				    strcmp(m->criteria[j].parent, g->code) == 0) {
					sb_add(&f, "%s%s*ISNUMBER(%s%u)", first ? "" : "+",
					       wname[j], xlsx_col_name(col[j], cl), r + 1);
					first = 0;
				}
			sb_add(&f, "))");
			if (isnan(sc->node[i]))
				write_formula_str(x, ws, r, col[i], &f, x->muted,
						  VK_TR(x->in->lang, "mangler", "missing"));
			else
				write_formula_num(x, ws, r, col[i], &f, x->mnok, sc->node[i]);
		}
		{
			sb_start(&f, "=IF(COUNT(");
			size_t groups = 0;
			for (size_t i = 0; i < nc; i++)
				if (!m->criteria[i].parent)
					sb_add(&f, "%s%s%u", groups++ ? "," : "",
					       xlsx_col_name(col[i], cl), r + 1);
			sb_add(&f, ")<%zu,\"%s\",", groups,
			       VK_TR(x->in->lang, "ufullstendig", "incomplete"));
			for (size_t i = 0, first = 1; i < nc; i++)
				if (!m->criteria[i].parent) {
					sb_add(&f, "%s%s*%s%u", first ? "" : "+", wname[i],
					       xlsx_col_name(col[i], cl), r + 1);
					first = 0;
				}
			sb_add(&f, ")");
		}
		if (sc->complete)
			write_formula_num(x, ws, r, score_col, &f, x->mnok, sc->score);
		else
			write_formula_str(x, ws, r, score_col, &f, x->muted,
					  VK_TR(x->in->lang, "ufullstendig", "incomplete"));
		vk_xlsx_number(x, ws, r, key_col, (double)key[k], x->int_fmt);
		rank_formula(&f, tb, ntb, key_col, r, last);
		if (sc->complete)
			write_formula_num(x, ws, r, rank_col, &f, x->int_fmt, sc->rank);
		else
			write_formula_str(x, ws, r, rank_col, &f, x->int_fmt, "");
	}
	for (size_t i = 0; i < nc; i++)
		free(wname[i]);
	free(wname);
	free(key);
	free(f.s);
	free(tb);
	free(col);
}

struct cost_col {
	int year;
	enum vk_cost_kind kind;
};

/* Kostnader: one row per solution, one column per year and kind of figure, a total per
 * year (column) and a planned total per solution (budget, forskrift and estimate; the
 * actual figures are beside them, not added in), all as formulas with their values. */
void sheet_costs(struct book *x, lxw_worksheet *ws)
{
	const struct vk_cost_file *f = x->in->costs;
	struct cost_col *cols = NULL;
	const char **sols = NULL;
	size_t cols_n = 0, cols_cap = 0, sols_n = 0, sols_cap = 0;
	struct formula fm = {0};
	char cl[8], head[48];

	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 26, NULL), ws, 0, 0);
	worksheet_freeze_panes(ws, 1, 1);
	if (!f || f->costs_n == 0) {
		vk_xlsx_string(x, ws, 0, 0,
			       VK_TR(x->in->lang,
				     "Ingen kostnader er importert (se docs/costs.md).",
				     "No costs are imported (see docs/costs.md)."),
			       x->muted);
		return;
	}
	for (size_t i = 0; i < f->costs_n; i++) {
		const struct vk_cost *c = &f->costs[i];
		size_t k = 0, s = 0;
		while (k < cols_n && !(cols[k].year == c->year && cols[k].kind == c->kind))
			k++;
		if (k == cols_n)
			*VK_PUSH(cols) = (struct cost_col){c->year, c->kind};
		while (s < sols_n && strcmp(sols[s], c->solution) != 0)
			s++;
		if (s == sols_n)
			*VK_PUSH(sols) = c->solution;
	}
	/* columns by year, then kind */
	for (size_t i = 1; i < cols_n; i++)
		for (size_t j = i; j > 0 && (cols[j].year < cols[j - 1].year ||
					     (cols[j].year == cols[j - 1].year &&
					      cols[j].kind < cols[j - 1].kind));
		     j--) {
			struct cost_col t = cols[j];
			cols[j] = cols[j - 1];
			cols[j - 1] = t;
		}
	vk_xlsx_string(x, ws, 0, 0, VK_TR(x->in->lang, "Løsning (MNOK)", "Solution (MNOK)"),
		       x->head);
	for (size_t k = 0; k < cols_n; k++) {
		snprintf(head, sizeof(head), "%d %s", cols[k].year,
			 vk_cost_kind_name(cols[k].kind, x->in->lang));
		vk_xlsx_string(x, ws, 0, (lxw_col_t)(k + 1), head, x->head);
	}
	vk_xlsx_string(x, ws, 0, (lxw_col_t)(cols_n + 1),
		       VK_TR(x->in->lang, "Sum planlagt", "Planned total"), x->head);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, (lxw_col_t)(cols_n + 1), 12, x->mnok), ws, 0,
		      1);
	for (size_t s = 0; s < sols_n; s++) {
		lxw_row_t r = (lxw_row_t)(s + 1);
		double planned = 0;
		sb_start(&fm, "=SUM(");
		bool any = false;

		vk_xlsx_string(x, ws, r, 0, sols[s], NULL);
		for (size_t k = 0; k < cols_n; k++) {
			bool found = false;
			for (size_t i = 0; i < f->costs_n && !found; i++) {
				const struct vk_cost *c = &f->costs[i];
				if (c->year != cols[k].year || c->kind != cols[k].kind ||
				    strcmp(c->solution, sols[s]) != 0)
					continue;
				found = true;
				vk_xlsx_number(x, ws, r, (lxw_col_t)(k + 1), c->mnok, x->mnok);
				if (c->kind != VK_COST_ACTUAL)
					planned += c->mnok;
			}
			if (cols[k].kind != VK_COST_ACTUAL) {
				sb_add(&fm, "%s%s%u", any ? "," : "",
				       xlsx_col_name((lxw_col_t)(k + 1), cl), r + 1);
				any = true;
			}
		}
		sb_add(&fm, ")");
		if (!any)
			sb_start(&fm, "=0");
		write_formula_num(x, ws, r, (lxw_col_t)(cols_n + 1), &fm, x->mnok, planned);
	}
	{
		lxw_row_t r = (lxw_row_t)(sols_n + 1);
		vk_xlsx_string(x, ws, r, 0, VK_TR(x->in->lang, "Sum", "Total"), x->head);
		for (size_t k = 0; k <= cols_n; k++) {
			double total = 0;
			for (size_t i = 0; i < f->costs_n; i++)
				if (k == cols_n ? f->costs[i].kind != VK_COST_ACTUAL
						: f->costs[i].year == cols[k].year &&
						      f->costs[i].kind == cols[k].kind)
					total += f->costs[i].mnok;
			xlsx_col_name((lxw_col_t)(k + 1), cl);
			sb_start(&fm, "=SUM(%s2:%s%u)", cl, cl, r);
			write_formula_num(x, ws, r, (lxw_col_t)(k + 1), &fm, x->mnok, total);
		}
	}
	free(fm.s);
	free(cols);
	free(sols);
}

static int by_year(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static void write_date(struct book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, int date,
		       lxw_format *f)
{
	lxw_datetime dt = {0};

	vk_date_to_ymd(date, &dt.year, &dt.month, &dt.day);
	vk_xlsx_check(x, worksheet_write_datetime(ws, r, c, &dt, f), ws, r, c);
}

/* A format of the Portefølje sheet: its cells stand at the top of their (tall) rows, with
 * the number format `num` (may be NULL). */
static lxw_format *top_format(struct book *x, const char *num)
{
	lxw_format *f = workbook_add_format(x->wb);

	if (!f)
		abort(); /* libxlsxwriter's only failure here is memory: as vk_xmalloc */
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (num)
		format_set_num_format(f, num);
	return f;
}

/* The larger of `at_least` and the lines `s` (may be NULL) takes wrapped at `width`
 * characters. */
static size_t wrap_lines(const char *s, size_t width, size_t at_least)
{
	size_t chars = 0, n;

	for (; s && *s; s++)
		chars += ((unsigned char)*s & 0xc0) != 0x80;
	n = (chars + width - 1) / width;
	return n > at_least ? n : at_least;
}

/* Portefølje: what the portfolio file says of each live programme and project that the
 * other sheets do not show: kind, priority, the span and every phase with its dates,
 * what it depends on, the description and the planned budget per year (MNOK) with its
 * sum as a formula. */
void sheet_portfolio(struct book *x, lxw_worksheet *ws)
{
	const struct vk_portfolio *pf = x->in->pf;
	static const char *const nb[] = {"Kode",  "Navn",	 "Type",       "Program",
					 "Eier",  "Prioritet",	 "Start",      "Slutt",
					 "Faser", "Avhenger av", "Beskrivelse"};
	static const char *const en[] = {"Code",   "Name",	 "Kind",       "Programme",
					 "Owner",  "Priority",	 "Start",      "End",
					 "Phases", "Depends on", "Description"};
	const lxw_col_t fixed = 11;
	int *years = NULL;
	size_t years_n = 0, years_cap = 0;
	struct formula t = {0};
	char cl0[8], cl1[8], head[48];
	lxw_format *top = top_format(x, NULL), *top_int = top_format(x, "0");
	lxw_format *top_mnok = top_format(x, VK_XLSX_MNOK_FORMAT);
	lxw_format *top_date =
	    top_format(x, x->in->lang == VK_LANG_EN ? "yyyy-mm-dd" : "dd.mm.yyyy");

	for (size_t i = 0; i < pf->items_n; i++)
		for (size_t k = 0; k < pf->items[i].budgets_n; k++) {
			int y = pf->items[i].budgets[k].year;
			size_t j = 0;
			while (j < years_n && years[j] != y)
				j++;
			if (j == years_n)
				*VK_PUSH(years) = y;
		}
	if (years_n > 1)
		qsort(years, years_n, sizeof(*years), by_year);
	if (fixed + years_n + 1 > LXW_COL_MAX) {
		vk_xlsx_fail(x, ws, 0, 0,
			     "budgets for %zu years do not fit on the sheet: it has columns for %d",
			     years_n, LXW_COL_MAX - fixed - 1);
		free(years);
		return;
	}
	for (lxw_col_t c = 0; c < fixed; c++)
		vk_xlsx_string(x, ws, 0, c, x->in->lang == VK_LANG_EN ? en[c] : nb[c], x->head);
	for (size_t k = 0; k < years_n; k++) {
		snprintf(head, sizeof(head),
			 VK_TR(x->in->lang, "Budsjett %d (MNOK)", "Budget %d (MNOK)"), years[k]);
		vk_xlsx_string(x, ws, 0, (lxw_col_t)(fixed + k), head, x->head);
	}
	vk_xlsx_string(x, ws, 0, (lxw_col_t)(fixed + years_n),
		       VK_TR(x->in->lang, "Budsjett i alt (MNOK)", "Budget total (MNOK)"), x->head);
	vk_xlsx_check(x, worksheet_set_row(ws, 0, 45, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 0, 0, 16, NULL), ws, 0, 0);
	vk_xlsx_check(x, worksheet_set_column(ws, 1, 1, 40, x->wrap), ws, 0, 1);
	vk_xlsx_check(x, worksheet_set_column(ws, 2, 3, 12, NULL), ws, 0, 2);
	vk_xlsx_check(x, worksheet_set_column(ws, 4, 4, 24, x->wrap), ws, 0, 4);
	vk_xlsx_check(x, worksheet_set_column(ws, 5, 7, 10, NULL), ws, 0, 5);
	vk_xlsx_check(x, worksheet_set_column(ws, 8, 8, 44, x->wrap), ws, 0, 8);
	vk_xlsx_check(x, worksheet_set_column(ws, 9, 9, 14, x->wrap), ws, 0, 9);
	vk_xlsx_check(x, worksheet_set_column(ws, 10, 10, 60, x->wrap), ws, 0, 10);
	vk_xlsx_check(x, worksheet_set_column(ws, fixed, (lxw_col_t)(fixed + years_n), 11, x->mnok),
		      ws, 0, fixed);
	worksheet_freeze_panes(ws, 1, 1);
	vk_xlsx_check(x,
		      worksheet_autofilter(ws, 0, 0, (lxw_row_t)(pf->items_n ? pf->items_n : 1),
					   (lxw_col_t)(fixed + years_n)),
		      ws, 0, 0);
	for (size_t i = 0; i < pf->items_n && !x->rc; i++) {
		const struct vk_item *it = &pf->items[i];
		lxw_row_t r = (lxw_row_t)(i + 1);
		int start, end;
		double sum = 0;
		/* the lines the wrapped cells take (about 1.1 characters per unit of width):
		 * readers do not fit a row's height to wrapped text on their own */
		size_t lines = it->phases_n > 1 ? it->phases_n : 1, deps = 0;

		for (size_t k = 0; k < it->deps_n; k++)
			deps += strlen(it->deps[k].code) + 2;
		lines = wrap_lines(it->name, 44, lines);
		lines = wrap_lines(it->owner, 26, lines);
		lines = wrap_lines(it->description, 66, lines);
		lines = deps / 15 + 1 > lines ? deps / 15 + 1 : lines;
		vk_xlsx_check(
		    x, worksheet_set_row(ws, r, lines > 27 ? 409 : 15.0 * (double)lines, NULL), ws,
		    r, 0);
		vk_xlsx_string(x, ws, r, 0, it->code, x->wrap);
		vk_xlsx_string(x, ws, r, 1, it->name, x->wrap);
		vk_xlsx_string(x, ws, r, 2,
			       it->kind == VK_PROGRAMME ? VK_TR(x->in->lang, "program", "programme")
							: VK_TR(x->in->lang, "prosjekt", "project"),
			       top);
		vk_xlsx_string(x, ws, r, 3, it->parent ? it->parent : "", top);
		vk_xlsx_string(x, ws, r, 4, it->owner ? it->owner : "", x->wrap);
		if (it->priority)
			vk_xlsx_number(x, ws, r, 5, it->priority, top_int);
		if (vk_model_item_span(it, &start, &end)) {
			write_date(x, ws, r, 6, start, top_date);
			write_date(x, ws, r, 7, end, top_date);
		}
		sb_start(&t, "%s", "");
		for (size_t k = 0; k < it->phases_n; k++) {
			const struct vk_phase_kind *ph = vk_model_phase(pf, it->phases[k].phase);
			char d0[VK_DATE_TEXT_MAX], d1[VK_DATE_TEXT_MAX];
			sb_add(&t, "%s%s %s – %s", k ? "\n" : "",
			       ph ? ph->name : it->phases[k].phase,
			       vk_date_format(it->phases[k].start, d0),
			       vk_date_format(it->phases[k].end, d1));
		}
		vk_xlsx_string(x, ws, r, 8, t.s, x->wrap);
		sb_start(&t, "%s", "");
		for (size_t k = 0; k < it->deps_n; k++)
			sb_add(&t, "%s%s", k ? ", " : "", it->deps[k].code);
		vk_xlsx_string(x, ws, r, 9, t.s, x->wrap);
		vk_xlsx_string(x, ws, r, 10, it->description ? it->description : "", x->wrap);
		for (size_t k = 0; k < years_n; k++)
			for (size_t b = 0; b < it->budgets_n; b++)
				if (it->budgets[b].year == years[k]) {
					vk_xlsx_number(x, ws, r, (lxw_col_t)(fixed + k),
						       it->budgets[b].mnok, top_mnok);
					sum += it->budgets[b].mnok;
				}
		/* no budget given: no sum (0 would say a budget of nothing) */
		if (it->budgets_n) {
			sb_start(&t, "=SUM(%s%u:%s%u)", xlsx_col_name(fixed, cl0), r + 1,
				 xlsx_col_name((lxw_col_t)(fixed + years_n - 1), cl1), r + 1);
			vk_xlsx_formula_num(x, ws, r, (lxw_col_t)(fixed + years_n), t.s, top_mnok,
					    sum);
		}
	}
	free(t.s);
	free(years);
}

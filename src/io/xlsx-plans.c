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
void vk_xlsx_sheet_milestones(struct vk_xlsx_book *x, lxw_worksheet *ws)
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

static void sb_vadd(struct vk_xlsx_text *f, const char *fmt, va_list ap)
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

void vk_xlsx_text_add(struct vk_xlsx_text *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

void vk_xlsx_text_start(struct vk_xlsx_text *f, const char *fmt, ...)
{
	va_list ap;

	f->n = 0;
	va_start(ap, fmt);
	sb_vadd(f, fmt, ap);
	va_end(ap);
}

/* Excel takes formulas of up to 8,192 characters; past that the value stands alone. */
#define FORMULA_MAX 8000

void vk_xlsx_text_num(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		      const struct vk_xlsx_text *f, lxw_format *fmt, double value)
{
	if (f->n <= FORMULA_MAX)
		vk_xlsx_formula_num(x, ws, r, c, f->s, fmt, value);
	else
		vk_xlsx_number(x, ws, r, c, value, fmt);
}

void vk_xlsx_text_str(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
		      const struct vk_xlsx_text *f, lxw_format *fmt, const char *value)
{
	if (f->n <= FORMULA_MAX)
		vk_xlsx_formula_str(x, ws, r, c, f->s, fmt, value);
	else
		vk_xlsx_string(x, ws, r, c, value, fmt);
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
	struct vk_xlsx_text t = {0}, nt = {0};
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
	vk_xlsx_text_start(&t, "%s", "");
	vk_xlsx_text_start(&nt, "%s", "");
	for (size_t k = 0; k < n; k++) {
		const struct vk_phase_kind *ph = vk_model_phase(pf, on[k]->span.phase);
		const char *name = ph ? ph->name : on[k]->span.phase;
		char code[16], d0[VK_DATE_TEXT_MAX], d1[VK_DATE_TEXT_MAX];

		first_chars(name, 3, code, sizeof(code));
		vk_xlsx_text_add(&t, "%s%s", k ? "/" : "", ph ? abbr[ph - pf->phases] : code);
		vk_xlsx_text_add(&nt, "%s%s %s – %s", k ? "\n" : "", name,
				 vk_date_format(on[k]->span.start, d0),
				 vk_date_format(on[k]->span.end, d1));
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
static size_t rollout_cell(struct vk_xlsx_book *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
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
void vk_xlsx_sheet_rollout(struct vk_xlsx_book *x, lxw_worksheet *ws)
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

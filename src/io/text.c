/* Text views for people at a terminal or in a pipe: a period's status, the status
 * trend, the priority ranking and how one measure's score is built; and the printers of
 * user text they share with the command line (escaped on a terminal, UTF-8 columns). */
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "number.h"
#include "utf8.h"
#include "words.h"

/* `s` as a terminal should show it: a copy with control characters escaped when `out`
 * is a terminal and `s` has any (`*copy` to free), else `s` itself. The isatty call
 * is made only for text that needs it, so a long table costs no system calls. */
static const char *for_terminal(FILE *out, const char *s, bool lines, char **copy)
{
	*copy = NULL;
	if (vk_utf8_needs_escape(s, lines) && isatty(fileno(out)))
		s = *copy = vk_utf8_escape(s, lines);
	return s;
}

void vk_text_print(FILE *out, const char *s)
{
	char *copy;

	fputs(for_terminal(out, s, true, &copy), out);
	free(copy);
}

void vk_text_line(FILE *out, const char *s)
{
	char *copy;

	fputs(for_terminal(out, s, false, &copy), out);
	free(copy);
}

void vk_text_cell(FILE *out, const char *s, int width)
{
	int shown = 0;
	size_t total = 0;
	char *copy;

	s = for_terminal(out, s, false, &copy);
	for (const char *p = s; *p; p++)
		total += ((unsigned char)*p & 0xc0) != 0x80;
	for (const char *p = s; *p; p++) {
		bool lead = ((unsigned char)*p & 0xc0) != 0x80;
		if (lead && (int)total > width && shown == width - 1)
			break;
		if (lead)
			shown++;
		fputc(*p, out);
	}
	if ((int)total > width) {
		fputs("…", out);
		shown++;
	}
	for (; shown < width + 2; shown++)
		fputc(' ', out);
	free(copy);
}

/* Prints `s` right-aligned in `width` characters, and a two-space gap after it (escaped
 * on a terminal). */
static void rcell(FILE *out, const char *s, int width)
{
	int chars = 0;
	char *copy;

	s = for_terminal(out, s, false, &copy);
	for (const char *p = s; *p; p++)
		chars += ((unsigned char)*p & 0xc0) != 0x80;
	fprintf(out, "%*s%s  ", chars < width ? width - chars : 0, "", s);
	free(copy);
}

const char *vk_text_mnok(enum vk_lang lang, double v, char *buf, size_t size)
{
	return vk_number_format_exact(v, lang, buf, size);
}

/* One decimal, half away from zero, in the run's language; "–" for no value. */
static const char *dec1(enum vk_lang lang, double v, char *buf, size_t size)
{
	if (isnan(v))
		return "–";
	return vk_number_format(vk_score_round1(v), 1, lang, buf, size);
}

/* Up to four decimals, trailing zeros dropped: the exact value an explanation needs. */
static const char *exact(enum vk_lang lang, double v, char *buf, size_t size)
{
	char *end;

	vk_number_format(v, 4, lang, buf, size);
	end = buf + strlen(buf);
	while (end > buf && end[-1] == '0')
		*--end = '\0';
	if (end > buf && (end[-1] == ',' || end[-1] == '.'))
		*--end = '\0';
	return buf;
}

void vk_text_status(FILE *out, enum vk_lang lang, const struct vk_status_summary *s,
		    const struct vk_portfolio *pf)
{
	char share[32], delta[32], money[48];

	/* shares are of the reports and the silent items together, so a period where many
	 * did not report cannot look better than it is */
	fprintf(out,
		VK_TR(lang, "Status %s · %zu rapporter, %zu uten rapport (andeler av %zu)\n",
		      "Status %s · %zu reports, %zu without a report (shares of %zu)\n"),
		s->period->code, s->total, s->silent, s->total + s->silent);
	for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
		bool silent = c > VK_ROD;
		/* one decimal of a percent, half away from zero as every rounded number
		 * veikart prints (3 of 48, 6.25 %, is 6,3 %); JSON gives the exact share */
		vk_number_format(
		    vk_score_round1(100 * (silent ? s->share_silent : s->share_all[c])), 1, lang,
		    share, sizeof(share));
		fprintf(out, "  ");
		vk_text_cell(out,
			     silent ? vk_word(VK_WORD_NO_REPORT, lang)
				    : vk_colour_name((enum vk_colour)c, lang),
			     13);
		fprintf(out, "%4zu  %6s %%", silent ? s->silent : s->counts[c], share);
		if (s->previous) {
			vk_number_signed(silent ? s->delta_silent : s->delta[c], delta,
					 sizeof(delta));
			fprintf(out, VK_TR(lang, "   %s siden %s", "   %s since %s"), delta,
				s->previous->code);
		}
		fputc('\n', out);
	}
	if (s->budgets) {
		vk_text_mnok(lang, s->budget, money, sizeof(money));
		fprintf(out,
			VK_TR(lang, "Budsjett %s MNOK (%zu av %zu rapporter oppgir budsjett)\n",
			      "Budget %s MNOK (%zu of %zu reports give a budget)\n"),
			money, s->budgets, s->total);
	}
	fprintf(out, VK_TR(lang, "Røde (%zu)%s\n", "Red (%zu)%s\n"), s->red_n, s->red_n ? ":" : "");
	for (size_t i = 0; i < s->red_n; i++) {
		const struct vk_item *it = vk_model_item_any(pf, s->red[i]->code);
		fprintf(out, "  %s  ", s->red[i]->code);
		vk_text_line(out, it ? it->name : "");
		if (s->red[i]->comment) {
			/* one line per report: the comment's own line breaks become spaces */
			char *line = vk_xstrdup(s->red[i]->comment), *o = line;
			for (const char *c = s->red[i]->comment; *c; c++)
				if (*c != '\r')
					*o++ = *c == '\n' ? ' ' : *c;
			*o = '\0';
			fputs(" — ", out);
			vk_text_line(out, line); /* escaped on a terminal */
			free(line);
		}
		fputc('\n', out);
	}
	fprintf(out,
		VK_TR(lang, "Uten rapport denne perioden (%zu)%s",
		      "Without a report this period (%zu)%s"),
		s->missing_n, s->missing_n ? ": " : "");
	for (size_t i = 0; i < s->missing_n; i++)
		fprintf(out, "%s%s", i ? ", " : "", s->missing[i]);
	fputc('\n', out);
}

void vk_text_trend(FILE *out, enum vk_lang lang, const struct vk_status_summary *rows, size_t n)
{
	char money[48];

	vk_text_cell(out, VK_TR(lang, "periode", "period"), 8);
	for (int c = VK_GRONN; c <= VK_ROD; c++)
		rcell(out, vk_colour_name((enum vk_colour)c, lang), 6);
	rcell(out, vk_word(VK_WORD_NO_REPORT, lang), 12);
	rcell(out, VK_TR(lang, "totalt", "total"), 6);
	rcell(out, VK_TR(lang, "budsjett (MNOK)", "budget (MNOK)"), 15);
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		const struct vk_status_summary *s = &rows[i];
		if (s->budgets)
			vk_text_mnok(lang, s->budget, money, sizeof(money));
		else
			snprintf(money, sizeof(money), "–");
		vk_text_cell(out, s->period->code, 8);
		fprintf(out, "%6zu  %6zu  %6zu  %12zu  %6zu  ", s->counts[VK_GRONN],
			s->counts[VK_GUL], s->counts[VK_ROD], s->silent, s->total);
		rcell(out, money, 15);
		fputc('\n', out);
	}
}

/* `defaults`: the model's weights before --weight, one per criterion */
void vk_text_scores(FILE *out, enum vk_lang lang, const struct vk_scoring *m,
		    const double *defaults, const struct vk_score *s, size_t n)
{
	char buf[32];
	bool header_incomplete = false;

	fputs(VK_TR(lang, "Rang ", "Rank "), out);
	vk_text_cell(out, VK_TR(lang, "Tiltak", "Measure"), 52);
	rcell(out, "Score", 5);
	for (size_t g = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			rcell(out, m->criteria[g].name, 12);
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		if (!s[i].complete) {
			if (!header_incomplete)
				fputs(VK_TR(lang, "Ufullstendige, ikke rangert:\n",
					    "Incomplete, not ranked:\n"),
				      out);
			header_incomplete = true;
			fputs("   – ", out);
		} else {
			fprintf(out, "%4d ", s[i].rank);
		}
		vk_text_cell(out, s[i].measure->name, 52);
		rcell(out, s[i].complete ? dec1(lang, s[i].score, buf, sizeof(buf)) : "–", 5);
		for (size_t g = 0; g < m->criteria_n; g++)
			if (!m->criteria[g].parent)
				rcell(out, dec1(lang, s[i].node[g], buf, sizeof(buf)), 12);
		if (s[i].missing_n) {
			fputs(VK_TR(lang, "mangler ", "missing "), out);
			for (size_t k = 0; k < s[i].missing_n; k++)
				fprintf(out, "%s%s", k ? ", " : "", s[i].missing[k]);
		}
		fputc('\n', out);
	}
	fputs(VK_TR(lang, "Vekter:", "Weights:"), out);
	for (size_t g = 0, k = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			fprintf(out, "%s %s %s", k++ ? " ·" : "", m->criteria[g].name,
				exact(lang, m->criteria[g].weight, buf, sizeof(buf)));
	/* a criterion weighted otherwise than the model says changes the ranking too */
	for (size_t g = 0, k = 0; g < m->criteria_n; g++) {
		char was[32];
		if (!m->criteria[g].parent || m->criteria[g].weight == defaults[g])
			continue;
		fprintf(out, "%s %s %s (%s %s)",
			k++ ? " ·" : VK_TR(lang, "; kriterier:", "; criteria:"),
			m->criteria[g].code, exact(lang, m->criteria[g].weight, buf, sizeof(buf)),
			VK_TR(lang, "modellen", "model"),
			exact(lang, defaults[g], was, sizeof(was)));
	}
	fputc('\n', out);
}

/* "snitt av M1 8, M2 10" for the children of criterion `g` of one measure. */
static void explain_node(FILE *out, enum vk_lang lang, const struct vk_scoring *m,
			 const struct vk_score *s, size_t g, int depth)
{
	const struct vk_criterion *c = &m->criteria[g];
	char buf[32], w[32];
	bool first = true, weighted = false;

	fprintf(out, "%*s", 2 + 2 * depth, "");
	vk_text_cell(out, c->name, 24 - 2 * depth);
	rcell(out,
	      isnan(s->node[g]) ? VK_TR(lang, "mangler", "missing")
				: exact(lang, s->node[g], buf, sizeof(buf)),
	      7);
	for (size_t k = 0; k < m->criteria_n; k++)
		weighted |= m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0 &&
			    m->criteria[k].weight != 1;
	fputs(weighted ? VK_TR(lang, "= vektet snitt av", "= weighted mean of")
		       : VK_TR(lang, "= snitt av", "= mean of"),
	      out);
	for (size_t k = 0; k < m->criteria_n; k++) {
		const struct vk_criterion *ch = &m->criteria[k];
		if (!ch->parent || strcmp(ch->parent, c->code) != 0)
			continue;
		fprintf(out, "%s %s %s", first ? "" : ",",
			vk_scoring_is_leaf(m, ch) ? ch->code : ch->name,
			isnan(s->node[k]) ? VK_TR(lang, "(mangler, utelatt)", "(missing, left out)")
					  : exact(lang, s->node[k], buf, sizeof(buf)));
		if (ch->weight != 1)
			fprintf(out, " ×%s", exact(lang, ch->weight, w, sizeof(w)));
		first = false;
	}
	fputc('\n', out);
	for (size_t k = 0; k < m->criteria_n; k++)
		if (m->criteria[k].parent && strcmp(m->criteria[k].parent, c->code) == 0 &&
		    !vk_scoring_is_leaf(m, &m->criteria[k]))
			explain_node(out, lang, m, s, k, depth + 1);
}

void vk_text_explain(FILE *out, enum vk_lang lang, const struct vk_scoring *m,
		     const struct vk_score *s)
{
	char buf[32], w[32];
	bool first = true;

	vk_text_line(out, s->measure->name); /* from a sheet: escaped on a terminal */
	if (s->measure->code)
		fprintf(out, " (%s)", s->measure->code);
	if (s->complete)
		fprintf(out, VK_TR(lang, ": score %s, rang %d\n", ": score %s, rank %d\n"),
			dec1(lang, s->score, buf, sizeof(buf)), s->rank);
	else
		fputs(VK_TR(lang, ": ufullstendig, ikke rangert\n", ": incomplete, not ranked\n"),
		      out);
	for (size_t g = 0; g < m->criteria_n; g++)
		if (!m->criteria[g].parent)
			explain_node(out, lang, m, s, g, 0);
	if (!s->complete) {
		fputs(VK_TR(lang, "  Mangler:", "  Missing:"), out);
		for (size_t k = 0; k < s->missing_n; k++)
			fprintf(out, "%s %s", k ? "," : "", s->missing[k]);
		fputs(VK_TR(lang, "; en tom gruppe gir ingen score.\n",
			    "; an empty group gives no score.\n"),
		      out);
		return;
	}
	fputs("  Score =", out);
	for (size_t g = 0; g < m->criteria_n; g++) {
		if (m->criteria[g].parent)
			continue;
		fprintf(out, "%s %s × %s", first ? "" : " +",
			exact(lang, m->criteria[g].weight, w, sizeof(w)),
			exact(lang, s->node[g], buf, sizeof(buf)));
		first = false;
	}
	fprintf(out, " = %s", exact(lang, s->score, buf, sizeof(buf)));
	fprintf(out,
		VK_TR(lang, " → %s (én desimal, halvt opp)\n",
		      " → %s (one decimal, half away from zero)\n"),
		dec1(lang, s->score, buf, sizeof(buf)));
	for (size_t k = 0; k < s->missing_n; k++)
		fprintf(out,
			VK_TR(lang, "  %s mangler verdi og er utelatt av snittet.\n",
			      "  %s has no value and is left out of its mean.\n"),
			s->missing[k]);
}

/* The status slide: how many reports are grønn, gul and rød per period, as stacked bars
 * (grønn at the bottom, rød on top, the same order as the legend, so the bars read
 * without colour too), with the count and the change since the previous period printed
 * on each part, and the red projects with their comments beside them.
 *
 * One page. The bar panel takes 58 % of the width; the bars share one scale, the largest
 * period's total reaching the top of the plot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "layout-int.h"
#include "number.h"

#define MAX_PERIODS 8
#define PANEL_GAP   28.0

static const uint32_t fills[] = {0, GRONN, GUL, ROD};

/* A part of one bar: its count, and its change when there is a previous period. */
static void segment(struct lay *l, const char *ref, double x, double w, double y, double h,
		    enum vk_colour c, size_t count, const long *delta)
{
	char text[48], d[16];
	uint32_t ink = c == VK_GUL ? INK : WHITE;

	if (count == 0)
		return;
	add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_BAR, ref, x, y, w, h, fills[c], WHITE);
	if (delta)
		snprintf(text, sizeof(text), "%zu (%s)", count,
			 vk_number_signed(*delta, d, sizeof(d)));
	else
		snprintf(text, sizeof(text), "%zu", count);
	if (h >= 13 && text_width(l, text, VK_FONT_BOLD, 8.5) <= w - 4) {
		add_text(l, 0, VK_ROLE_VALUE, ref, x + 2, y, w - 4, h, text, VK_FONT_BOLD, 8.5, ink,
			 VK_ALIGN_CENTER);
	} else {
		/* too small to hold it: beside the bar, in ink, with the colour's mark */
		add_status(l, 0, ref, c, x + w + 7, y + h / 2);
		add_text(l, 0, VK_ROLE_VALUE, ref, x + w + 14, y + h / 2 - 6, 60, 12, text,
			 VK_FONT_BOLD, 8, INK, VK_ALIGN_LEFT);
	}
}

static void bars(struct lay *l, const struct vk_status_set *set, size_t first, size_t last,
		 double x0, double top, double w, double bottom)
{
	size_t n = last - first + 1, max = 1;
	double slot = w / (double)n, bar_w = slot * 0.5 > 64 ? 64 : slot * 0.5;
	double plot_top = top + 16, plot_bottom = bottom - 30, scale;
	/* each period summarised once: the scale needs every total before any bar */
	struct vk_status_summary *sums = vk_xcalloc(n, sizeof(*sums));

	for (size_t i = first; i <= last; i++) {
		vk_status_summarise(set, l->pf, i, &sums[i - first]);
		max = sums[i - first].total > max ? sums[i - first].total : max;
	}
	scale = (plot_bottom - plot_top) / (double)max;
	add_line(l, 0, VK_ROLE_AXIS, NULL, x0, plot_bottom, x0 + w, plot_bottom, RULE, 0.75, false,
		 false);
	for (size_t i = first; i <= last; i++) {
		const struct vk_status_summary s = sums[i - first];
		double x = x0 + (double)(i - first) * slot + (slot - bar_w) / 2 - 10,
		       y = plot_bottom;
		char total[32], money[48];

		for (int c = VK_GRONN; c <= VK_ROD; c++) {
			double h = (double)s.counts[c] * scale;
			y -= h;
			segment(l, s.period->code, x, bar_w, y, h, (enum vk_colour)c, s.counts[c],
				s.previous ? &s.delta[c] : NULL);
		}
		snprintf(total, sizeof(total), "%zu", s.total);
		add_text(l, 0, VK_ROLE_LABEL, s.period->code, x - 10, y - 14, bar_w + 20, 12, total,
			 VK_FONT_BOLD, 9, INK, VK_ALIGN_CENTER);
		add_text(l, 0, VK_ROLE_AXIS_LABEL, s.period->code, x - slot / 4, plot_bottom + 4,
			 bar_w + slot / 2, 12, s.period->code, VK_FONT_BOLD, 8.5, INK,
			 VK_ALIGN_CENTER);
		if (s.budgets) {
			char line[64];
			vk_number_format(s.budget, 0, l->o->lang, money, sizeof(money));
			snprintf(line, sizeof(line), "%s MNOK", money);
			add_text(l, 0, VK_ROLE_AXIS_LABEL, s.period->code, x - slot / 4,
				 plot_bottom + 16, bar_w + slot / 2, 11, line, VK_FONT_REGULAR, 7.5,
				 MUTED, VK_ALIGN_CENTER);
		}
	}
	for (size_t i = 0; i < n; i++)
		vk_status_summary_clear(&sums[i]);
	free(sums);
}

/* Lines of text from y down, at most to `bottom`; returns the new y. */
static double lines(struct lay *l, const char *ref, const char *text, enum vk_font font,
		    double size, uint32_t colour, double x, double y, double w, double bottom,
		    size_t max_lines)
{
	char **ls;
	size_t n = wrap_text(l, text, font, size, w, max_lines, &ls);
	double lh = size * 1.35;

	for (size_t i = 0; i < n; i++) {
		if (y + lh <= bottom)
			add_text(l, 0, VK_ROLE_NOTE, ref, x, y, w, lh, ls[i], font, size, colour,
				 VK_ALIGN_LEFT);
		y += lh;
		free(ls[i]);
	}
	free(ls);
	return y;
}

static void red_panel(struct lay *l, const struct vk_status_summary *s, double x, double top,
		      double w, double bottom)
{
	char head[96], more[64];
	double y = top;

	snprintf(head, sizeof(head), TR(l, "Røde i %s (%zu)", "Red in %s (%zu)"), s->period->code,
		 s->red_n);
	add_status(l, 0, NULL, VK_ROD, x + 4, y + 8);
	add_text(l, 0, VK_ROLE_HEADING, NULL, x + 14, y, w - 14, 16, head, VK_FONT_BOLD, 11, INK,
		 VK_ALIGN_LEFT);
	y += 24;
	if (s->red_n == 0)
		y = lines(
		    l, NULL,
		    TR(l, "Ingen røde prosjekter denne perioden.", "No red projects this period."),
		    VK_FONT_ITALIC, 9, MUTED, x, y, w, bottom, 2);
	for (size_t i = 0; i < s->red_n; i++) {
		const struct vk_item *it = vk_model_item(l->pf, s->red[i]->code);
		char who[160];

		if (y + 40 > bottom) {
			snprintf(more, sizeof(more), TR(l, "… og %zu til", "… and %zu more"),
				 s->red_n - i);
			lines(l, NULL, more, VK_FONT_ITALIC, 8.5, MUTED, x, y, w, bottom + 12, 1);
			return;
		}
		add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_BAND, s->red[i]->code, x, y, 3, 28, ROD,
			  VK_NO_COLOUR);
		y = lines(l, s->red[i]->code, it ? it->name : s->red[i]->code, VK_FONT_BOLD, 9.5,
			  INK, x + 10, y, w - 10, bottom, 1);
		snprintf(who, sizeof(who), "%s%s%s", s->red[i]->code, it && it->owner ? " · " : "",
			 it && it->owner ? it->owner : "");
		y = lines(l, s->red[i]->code, who, VK_FONT_REGULAR, 7.5, MUTED, x + 10, y, w - 10,
			  bottom, 1);
		if (s->red[i]->comment)
			y = lines(l, s->red[i]->code, s->red[i]->comment, VK_FONT_REGULAR, 8.5, INK,
				  x + 10, y + 2, w - 10, bottom, 4);
		y += 12;
	}
	if (s->missing_n > 0 && y + 30 < bottom) {
		char *list = vk_xasprintf(TR(l, "Uten rapport (%zu):", "Without a report (%zu):"),
					  s->missing_n);
		for (size_t i = 0; i < s->missing_n; i++) {
			char *next = vk_xasprintf("%s%s %s", list, i ? "," : "", s->missing[i]);
			free(list);
			list = next;
		}
		lines(l, NULL, list, VK_FONT_REGULAR, 8, MUTED, x, y + 6, w, bottom, 3);
		free(list);
	}
}

enum vk_code vk_layout_status(const struct vk_portfolio *pf, const struct vk_status_set *set,
			      const struct vk_layout_opts *opts, struct vk_scene **out,
			      struct vk_error *err)
{
	struct lay l = {.pf = pf, .o = opts};
	struct vk_status_summary s;
	double content_w, top, bottom, chart_w;
	char money[48], sub[256], left[96];
	size_t last, first;

	*out = NULL;
	if (set->periods_n == 0)
		return vk_error_set(
		    err, VK_ENOTFOUND,
		    "no status reports yet (import a status sheet or use 'status set')");
	if (opts->period) {
		struct vk_period p;
		long i;
		if (vk_period_parse(opts->period, &p, err))
			return VK_EUSAGE;
		if ((i = vk_status_period_index(set, p.code)) < 0)
			return vk_error_set(err, VK_ENOTFOUND, "no status reports for period %s",
					    p.code);
		last = (size_t)i;
	} else {
		last = set->periods_n - 1;
	}
	first = last + 1 > MAX_PERIODS ? last + 1 - MAX_PERIODS : 0;
	page_size(&l, &l.page_w, &l.page_h);
	l.scene = vk_scene_new(l.page_w, l.page_h);
	content_w = l.page_w - 2 * MARGIN;
	vk_status_summarise(set, pf, last, &s);

	add_text(&l, 0, VK_ROLE_TITLE, NULL, MARGIN, MARGIN, content_w, 24,
		 TR(&l, "Porteføljestatus", "Portfolio status"), VK_FONT_BOLD, 17, INK,
		 VK_ALIGN_LEFT);
	{
		char g[16], y[16], r[16];
		vk_number_format(100 * s.share[VK_GRONN], 1, opts->lang, g, sizeof(g));
		vk_number_format(100 * s.share[VK_GUL], 1, opts->lang, y, sizeof(y));
		vk_number_format(100 * s.share[VK_ROD], 1, opts->lang, r, sizeof(r));
		snprintf(
		    sub, sizeof(sub),
		    TR(&l,
		       "%s · %zu prosjekter og programmer · grønn %s %% · gul %s %% · rød %s %%",
		       "%s · %zu projects and programmes · green %s %% · yellow %s %% · red %s %%"),
		    s.period->code, s.total, g, y, r);
	}
	if (s.budgets) {
		size_t used = strlen(sub);
		vk_number_format(s.budget, 0, opts->lang, money, sizeof(money));
		snprintf(sub + used, sizeof(sub) - used,
			 TR(&l, " · budsjett %s MNOK", " · budget %s MNOK"), money);
	}
	add_text(&l, 0, VK_ROLE_SUBTITLE, NULL, MARGIN, MARGIN + 24, content_w, 16, sub,
		 VK_FONT_REGULAR, 9.5, MUTED, VK_ALIGN_LEFT);

	top = MARGIN + 24 + 16 + 18;
	bottom = l.page_h - MARGIN - 12 - 8 - 14 - 10;
	chart_w = content_w * 0.58;
	add_text(&l, 0, VK_ROLE_HEADING, NULL, MARGIN, top, chart_w, 16,
		 TR(&l, "Statusrapporter per periode", "Status reports per period"), VK_FONT_BOLD,
		 11, INK, VK_ALIGN_LEFT);
	bars(&l, set, first, last, MARGIN + 10, top + 24, chart_w - 10, bottom);
	add_line(&l, 0, VK_ROLE_AXIS, NULL, MARGIN + chart_w + PANEL_GAP / 2, top,
		 MARGIN + chart_w + PANEL_GAP / 2, bottom, GRID, 0.75, false, false);
	red_panel(&l, &s, MARGIN + chart_w + PANEL_GAP, top, content_w - chart_w - PANEL_GAP,
		  bottom);

	add_legend(&l, VK_SHAPE_RECT, GRONN, VK_NO_COLOUR, false, 8,
		   TR(&l, "Grønn (nederst)", "Green (bottom)"));
	add_legend(&l, VK_SHAPE_RECT, GUL, VK_NO_COLOUR, false, 8, TR(&l, "Gul", "Yellow"));
	add_legend(&l, VK_SHAPE_RECT, ROD, VK_NO_COLOUR, false, 8,
		   TR(&l, "Rød (øverst)", "Red (top)"));
	add_legend(&l, VK_SHAPE_RECT, WHITE, VK_NO_COLOUR, false, 0,
		   TR(&l, "Tall: rapporter (endring siden forrige periode)",
		      "Numbers: reports (change since the previous period)"));
	add_legend_line(&l, bottom + 10);
	snprintf(left, sizeof(left), TR(&l, "Statusperiode %s", "Reporting period %s"),
		 s.period->code);
	add_footer(&l, 0, left);
	vk_status_summary_clear(&s);
	*out = l.scene;
	l.scene = NULL;
	lay_clear(&l);
	return VK_OK;
}

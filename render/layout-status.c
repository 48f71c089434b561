/* The status slide: how many reports are grønn, gul and rød per period, and how many
 * items that ran did not report ("uten rapport"), as stacked bars (grønn at the bottom,
 * uten rapport on top, the same order as the legend, so the bars read without colour
 * too), with the count and the change since the previous period printed on each part,
 * and the red projects with their comments and the items without a report beside them.
 *
 * The bar panel takes 58 % of the first page's width; the bars share one scale, the
 * largest period's reports and silent items reaching the top of the plot. The lists are
 * never cut: what does not fit the first page's panel flows on in two columns, on
 * further pages that repeat the header (paged), or further down the one page, which
 * grows (unpaged). With opts->one_page they end with how many are left and where to see
 * them. Comments are wrapped in full; only a one-page slide shortens them, and says so. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "layout-status-int.h"
#include "number.h"
#include "score.h"

#define MAX_PERIODS 12	 /* the bars drawn; a line names the periods before */
#define LEGEND_ROOM 36.0 /* the legend under the bars: up to two lines and a gap */

#define TABLE_LINE 10.0 /* a line of the table of counts under the bars */

/* The largest size from `size` down, in half points to 5, at which `text` fits `w`. */
static double fit_size(struct vk_lay *l, const char *text, enum vk_font font, double size, double w)
{
	while (size > 5 && vk_layout_text_width(l, text, font, size) > w)
		size -= 0.5;
	return size;
}

/* "count (change)" of a part, or the count alone without a previous period. */
static void part_text(const struct vk_status_summary *s, int c, char *text, size_t size)
{
	bool silent = c > VK_ROD;
	size_t count = silent ? s->silent : s->counts[c];
	char d[16];

	if (s->previous)
		snprintf(text, size, "%zu (%s)", count,
			 vk_number_signed(silent ? s->delta_silent : s->delta[c], d, sizeof(d)));
	else
		snprintf(text, size, "%zu", count);
}

static size_t part_count(const struct vk_status_summary *s, int c)
{
	return c > VK_ROD ? s->silent : s->counts[c];
}

/* Whether the text of a part of height h fits inside a bar bar_w wide. */
static bool fits_inside(struct vk_lay *l, const char *text, double h, double bar_w)
{
	return h >= 13 && vk_layout_text_width(l, text, VK_FONT_BOLD, 8.5) <= bar_w - 4;
}

/* A part of one bar, with its count (and change) inside when that fits. c ==
 * VK_COLOUR_NONE is the silent part. */
static void segment(struct vk_lay *l, const char *ref, double x, double w, double y, double h,
		    enum vk_colour c, size_t count, const char *text)
{
	uint32_t ink = c == VK_GUL || c == VK_COLOUR_NONE ? VK_RGB_INK : VK_RGB_WHITE;
	uint32_t stroke = c == VK_COLOUR_NONE ? VK_SILENT_STROKE : VK_RGB_WHITE;

	if (count == 0)
		return;
	vk_layout_add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_BAR, ref, x, y, w, h, fills[c], stroke);
	if (fits_inside(l, text, h, w))
		vk_layout_add_text(l, 0, VK_ROLE_VALUE, ref, x + 2, y, w - 4, h, text, VK_FONT_BOLD,
				   8.5, ink, VK_ALIGN_CENTER);
}

/* The bars of periods first..last across w. Counts go inside their parts; when one does
 * not fit, every count is in a table under the bars instead (a line per part, a column per
 * period, in the bars' order: uten rapport at the top), so no number sits on another bar.
 * Labels shrink to fit their column; none is cut. True when the budgets under the bars
 * are numbers without their unit (the legend must say MNOK). */
static bool bars(struct vk_lay *l, const struct vk_status_set *set, size_t first, size_t last,
		 double x0, double top, double w, double bottom)
{
	size_t n = last - first + 1, max = 1;
	double slot = w / (double)n, bar_w = slot * 0.5 > 64 ? 64 : slot * 0.5;
	double plot_top = top + 16, plot_bottom, scale, code_size = 8.5, money_size = 7.5;
	double total_size = 9, cell_size = 7.5, below;
	bool budgets = false, table = false, unit = true;
	/* each period summarised once: the scale needs every total before any bar */
	struct vk_status_summary *sums = vk_xcalloc(n, sizeof(*sums));
	char text[64], money[48];

	for (size_t i = first; i <= last; i++) {
		const struct vk_status_summary *s = &sums[i - first];
		vk_status_summarise(set, l->pf, i, &sums[i - first]);
		max = s->total + s->silent > max ? s->total + s->silent : max;
		budgets |= s->budgets;
	}
	/* one size for each kind of label, the largest at which all fit their column */
	for (size_t i = 0; i < n; i++) {
		const struct vk_status_summary *s = &sums[i];
		double z = fit_size(l, s->period->code, VK_FONT_BOLD, 8.5, slot - 2);
		code_size = z < code_size ? z : code_size;
		if (s->silent)
			snprintf(text, sizeof(text), "%zu + %zu", s->total, s->silent);
		else
			snprintf(text, sizeof(text), "%zu", s->total);
		z = fit_size(l, text, VK_FONT_BOLD, 9, slot - 2);
		total_size = z < total_size ? z : total_size;
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			part_text(s, c, text, sizeof(text));
			z = fit_size(l, text, VK_FONT_REGULAR, 7.5, slot - 2);
			cell_size = z < cell_size ? z : cell_size;
		}
	}
	if (budgets) {
		/* "0,4 MNOK" under each bar, or the numbers alone and MNOK said once */
		for (int pass = 0; pass < 2; pass++) {
			money_size = 7.5;
			for (size_t i = 0; i < n; i++) {
				double z;
				vk_number_format_exact(sums[i].budget, l->o->lang, money,
						       sizeof(money));
				snprintf(text, sizeof(text), unit ? "%s MNOK" : "%s", money);
				z = fit_size(l, text, VK_FONT_REGULAR, 7.5, slot - 2);
				money_size = z < money_size ? z : money_size;
			}
			if (money_size >= 6 || !unit)
				break;
			unit = false;
		}
	}
	/* the table's room is decided first: a count that does not fit inside its part with
	 * the table under the bars needs the table */
	below = 30 + 4 * TABLE_LINE + 4;
	plot_bottom = bottom - below;
	scale = (plot_bottom - plot_top) / (double)max;
	for (size_t i = 0; i < n && !table; i++)
		for (int c = VK_GRONN; c <= VK_ROD + 1 && !table; c++) {
			size_t count = part_count(&sums[i], c);
			part_text(&sums[i], c, text, sizeof(text));
			table = count > 0 && !fits_inside(l, text, (double)count * scale, bar_w);
		}
	if (!table) {
		plot_bottom = bottom - 30;
		scale = (plot_bottom - plot_top) / (double)max;
	}
	vk_layout_add_line(l, 0, VK_ROLE_AXIS, NULL, x0, plot_bottom, x0 + w, plot_bottom,
			   VK_RGB_RULE, 0.75, false, false);
	for (size_t i = first; i <= last; i++) {
		const struct vk_status_summary *s = &sums[i - first];
		double cx = x0 + ((double)(i - first) + 0.5) * slot, x = cx - bar_w / 2,
		       y = plot_bottom;

		/* grønn, gul, rød, then uten rapport on top */
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			bool silent = c > VK_ROD;
			size_t count = part_count(s, c);
			double h = (double)count * scale;
			y -= h;
			part_text(s, c, text, sizeof(text));
			segment(l, s->period->code, x, bar_w, y, h,
				silent ? VK_COLOUR_NONE : (enum vk_colour)c, count, text);
			if (table)
				vk_layout_add_text(
				    l, 0, VK_ROLE_VALUE, s->period->code, cx - slot / 2 + 1,
				    plot_bottom + 30 + (double)(VK_ROD + 1 - c) * TABLE_LINE,
				    slot - 2, TABLE_LINE, text, VK_FONT_REGULAR, cell_size,
				    count ? VK_RGB_INK : VK_RGB_MUTED, VK_ALIGN_CENTER);
		}
		/* the reports, and the silent items beside them: the bar's whole height */
		if (s->silent)
			snprintf(text, sizeof(text), "%zu + %zu", s->total, s->silent);
		else
			snprintf(text, sizeof(text), "%zu", s->total);
		vk_layout_add_text(l, 0, VK_ROLE_LABEL, s->period->code, cx - slot / 2 + 1, y - 14,
				   slot - 2, 12, text, VK_FONT_BOLD, total_size, VK_RGB_INK,
				   VK_ALIGN_CENTER);
		vk_layout_add_text(l, 0, VK_ROLE_AXIS_LABEL, s->period->code, cx - slot / 2 + 1,
				   plot_bottom + 4, slot - 2, 12, s->period->code, VK_FONT_BOLD,
				   code_size, VK_RGB_INK, VK_ALIGN_CENTER);
		if (s->budgets) {
			/* one decimal, as veikart status says it */
			vk_number_format_exact(s->budget, l->o->lang, money, sizeof(money));
			snprintf(text, sizeof(text), unit ? "%s MNOK" : "%s", money);
			vk_layout_add_text(l, 0, VK_ROLE_AXIS_LABEL, s->period->code,
					   cx - slot / 2 + 1, plot_bottom + 16, slot - 2, 11, text,
					   VK_FONT_REGULAR, money_size, VK_RGB_MUTED,
					   VK_ALIGN_CENTER);
		}
	}
	if (table) {
		/* the table's lines, each with the mark of its part at the left */
		for (int c = VK_GRONN; c <= VK_ROD + 1; c++) {
			double cy = plot_bottom + 30 + (double)(VK_ROD + 1 - c) * TABLE_LINE +
				    TABLE_LINE / 2;
			if (c > VK_ROD)
				vk_layout_add_shape(l, 0, VK_SHAPE_RECT, VK_ROLE_STATUS, NULL,
						    x0 - 8, cy - 3, 6, 6, fills[VK_COLOUR_NONE],
						    VK_SILENT_STROKE);
			else
				vk_layout_add_status(l, 0, NULL, (enum vk_colour)c, x0 - 5, cy);
		}
	}
	for (size_t i = 0; i < n; i++)
		vk_status_summary_clear(&sums[i]);
	free(sums);
	return budgets && !unit;
}

enum vk_code vk_layout_status(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			      struct vk_scene **out, struct vk_error *err)
{
	const struct vk_portfolio *pf = data->pf;
	const struct vk_status_set *set = data->status;
	struct vk_lay l = {.pf = pf, .o = opts};
	struct vk_status_flow f = {
	    .l = &l, .one_page = opts->one_page, .paged = opts->paged, .pages = 1};
	struct vk_status_summary s;
	double content_w, top, bottom, chart_w, page_bottom;
	char money[48], sub[320], left[96];
	size_t last, first;
	bool no_unit;

	*out = NULL;
	if (!set || set->periods_n == 0)
		return vk_error_set(err, VK_ENOTFOUND, "no status reports to draw");
	if (opts->period) {
		long i = vk_status_period_index(set, opts->period->code);
		if (i < 0)
			return vk_error_set(err, VK_ENOTFOUND, "no status reports for period %s",
					    opts->period->code);
		last = (size_t)i;
	} else {
		last = set->periods_n - 1;
	}
	first = last + 1 > MAX_PERIODS ? last + 1 - MAX_PERIODS : 0;
	vk_layout_page_size(&l, &l.page_w, &l.page_h);
	l.scene = vk_scene_new(l.page_w, l.page_h);
	content_w = l.page_w - 2 * VK_MARGIN;
	vk_status_summarise(set, pf, last, &s);

	vk_layout_add_text(&l, 0, VK_ROLE_TITLE, NULL, VK_MARGIN, VK_MARGIN, content_w, 24,
			   VK_TR(l.o->lang, "Porteføljestatus", "Portfolio status"), VK_FONT_BOLD,
			   17, VK_RGB_INK, VK_ALIGN_LEFT);
	{
		/* shares of the reports and the silent items together */
		char g[16], y[16], r[16], u[16];
		vk_number_format(vk_score_round1(100 * s.share_all[VK_GRONN]), 1, opts->lang, g,
				 sizeof(g));
		vk_number_format(vk_score_round1(100 * s.share_all[VK_GUL]), 1, opts->lang, y,
				 sizeof(y));
		vk_number_format(vk_score_round1(100 * s.share_all[VK_ROD]), 1, opts->lang, r,
				 sizeof(r));
		vk_number_format(vk_score_round1(100 * s.share_silent), 1, opts->lang, u,
				 sizeof(u));
		snprintf(
		    sub, sizeof(sub),
		    VK_TR(l.o->lang,
			  "%s · %zu rapporter, %zu uten rapport · grønn %s %% · gul %s %% · rød "
			  "%s %% · uten rapport %s %%",
			  "%s · %zu reports, %zu without a report · green %s %% · yellow %s %% · "
			  "red %s %% · no report %s %%"),
		    s.period->code, s.total, s.silent, g, y, r, u);
	}
	if (s.budgets) {
		size_t used = strlen(sub);
		vk_number_format_exact(s.budget, opts->lang, money, sizeof(money));
		snprintf(sub + used, sizeof(sub) - used,
			 VK_TR(l.o->lang, " · budsjett %s MNOK", " · budget %s MNOK"), money);
	}
	vk_layout_add_text(&l, 0, VK_ROLE_SUBTITLE, NULL, VK_MARGIN, VK_MARGIN + 24, content_w, 16,
			   sub, VK_FONT_REGULAR, 9.5, VK_RGB_MUTED, VK_ALIGN_LEFT);

	top = VK_MARGIN + 24 + 16 + 18;
	bottom = l.page_h - VK_MARGIN - 12 - 8 - 14 - 10;
	page_bottom = l.page_h - VK_MARGIN - 12 - 10;
	chart_w = content_w * 0.58;
	vk_layout_add_text(
	    &l, 0, VK_ROLE_HEADING, NULL, VK_MARGIN, top, chart_w, 16,
	    VK_TR(l.o->lang, "Statusrapporter per periode", "Status reports per period"),
	    VK_FONT_BOLD, 11, VK_RGB_INK, VK_ALIGN_LEFT);
	if (first > 0) {
		/* the periods before the bars: named, and where to see them */
		char note[160];
		snprintf(note, sizeof(note),
			 first > 1
			     ? VK_TR(l.o->lang, "%s … %s ikke vist: se veikart status --trend",
				     "%s … %s not shown: see veikart status --trend")
			     : VK_TR(l.o->lang, "%s ikke vist: se veikart status --trend",
				     "%s not shown: see veikart status --trend"),
			 set->periods[0].code, set->periods[first - 1].code);
		vk_layout_add_text(&l, 0, VK_ROLE_NOTE, NULL, VK_MARGIN, top + 16, chart_w, 12,
				   note, VK_FONT_ITALIC, 8, VK_RGB_MUTED, VK_ALIGN_LEFT);
	}
	no_unit = bars(&l, set, first, last, VK_MARGIN + 10, top + 24 + (first > 0 ? 12 : 0),
		       chart_w - 10, bottom);
	vk_layout_add_line(&l, 0, VK_ROLE_AXIS, NULL, VK_MARGIN + chart_w + VK_PANEL_GAP / 2, top,
			   VK_MARGIN + chart_w + VK_PANEL_GAP / 2, bottom, VK_RGB_GRID, 0.75, false,
			   false);

	f.sub = sub;
	f.body_h = page_bottom - top - VK_HEAD_H;
	f.slab_y = bottom + 10 + LEGEND_ROOM;
	f.max_y = bottom;
	vk_layout_status_region(&f, 0, VK_MARGIN + chart_w + VK_PANEL_GAP, top,
				content_w - chart_w - VK_PANEL_GAP, bottom);
	vk_layout_status_lists(&f, &s);

	vk_layout_add_legend(&l, VK_SHAPE_RECT, VK_RGB_GRONN, VK_NO_COLOUR, false, 8,
			     VK_TR(l.o->lang, "Grønn (nederst)", "Green (bottom)"));
	vk_layout_add_legend(&l, VK_SHAPE_RECT, VK_RGB_GUL, VK_NO_COLOUR, false, 8,
			     vk_word(VK_WORD_GUL_CAP, l.o->lang));
	vk_layout_add_legend(&l, VK_SHAPE_RECT, VK_RGB_ROD, VK_NO_COLOUR, false, 8,
			     vk_word(VK_WORD_ROD_CAP, l.o->lang));
	vk_layout_add_legend(&l, VK_SHAPE_RECT, fills[VK_COLOUR_NONE], VK_SILENT_STROKE, false, 8,
			     VK_TR(l.o->lang, "Uten rapport (øverst)", "No report (top)"));
	vk_layout_add_legend(
	    &l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0,
	    VK_TR(l.o->lang,
		  "Tall: antall (endring siden forrige periode); over søylen: rapporter + "
		  "uten rapport",
		  "Numbers: count (change since the previous period); above the bar: reports + "
		  "no report"));
	if (no_unit)
		vk_layout_add_legend(&l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0,
				     VK_TR(l.o->lang, "Budsjett under søylene i MNOK",
					   "Budgets under the bars in MNOK"));
	vk_layout_add_legend_line(&l, bottom + 10);
	if (!f.paged && f.max_y > bottom) {
		/* the lists went on down the page: it grows to hold them */
		l.page_h = f.max_y + 16 + 12 + VK_MARGIN;
		l.scene->height = l.page_h;
	}
	l.scene->pages = f.pages;
	snprintf(left, sizeof(left), VK_TR(l.o->lang, "Statusperiode %s", "Reporting period %s"),
		 s.period->code);
	for (int p = 0; p < f.pages; p++)
		vk_layout_add_footer(&l, p, left);
	vk_status_summary_clear(&s);
	free(f.regions);
	free(f.cont);
	*out = l.scene;
	l.scene = NULL;
	vk_layout_clear(&l);
	return VK_OK;
}

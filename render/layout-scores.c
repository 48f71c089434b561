/* The priority chart: one row per measure in rank order, a horizontal bar split into
 * what each group (Måloppnåelse, Kostnader, Nytte) adds to the score (weight × value),
 * the score at the end of the bar, the incomplete measures last with what they lack, and
 * the weights used under the chart. Bars share one scale: the highest score reaches the
 * end of the chart less room for its label. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "layout-int.h"
#include "number.h"

#define ROW_H	22.0
#define BAR_H	13.0
#define VALUE_W 38.0 /* room for the score after the longest bar */

/* Okabe-Ito colours for up to six groups. */
static const uint32_t group_colours[] = {VK_RGB_BLUE,	VK_RGB_ORANGE,	 VK_RGB_BLUISH_GREEN,
					 VK_RGB_PURPLE, VK_RGB_SKY_BLUE, VK_RGB_VERMILION};

struct scores_ctx {
	const struct vk_scoring *m;
	double scale;
};

static uint32_t colour_of(const struct vk_scoring *m, size_t g)
{
	size_t k = 0;

	for (size_t i = 0; i < g; i++)
		k += !m->criteria[i].parent;
	return group_colours[k % (sizeof(group_colours) / sizeof(group_colours[0]))];
}

static void draw_score(struct vk_lay *l, const struct vk_lay_row *r)
{
	const struct vk_score *s = r->data;
	const struct scores_ctx *c = l->user;
	char rank[16], value[32];
	double x = l->chart_x, y = r->y + (r->height - BAR_H) / 2;

	if (r->shaded)
		vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_BAND, s->measure->name,
				    VK_MARGIN, r->y, l->page_w - 2 * VK_MARGIN, r->height,
				    VK_RGB_BAND, VK_NO_COLOUR);
	snprintf(rank, sizeof(rank), "%d", s->rank);
	if (s->complete)
		vk_layout_add_text(l, r->page, VK_ROLE_LABEL, s->measure->name, VK_MARGIN, r->y, 18,
				   r->height, rank, VK_FONT_BOLD, 8.5, VK_RGB_MUTED,
				   VK_ALIGN_RIGHT);
	vk_layout_add_text(l, r->page, VK_ROLE_LABEL, s->measure->name, VK_MARGIN + 24, r->y,
			   l->label_w - 24, r->height, s->measure->name, VK_FONT_REGULAR, 8.5,
			   VK_RGB_INK, VK_ALIGN_LEFT);
	if (!s->complete) {
		char *what =
		    vk_xstrdup(VK_TR(l->o->lang, "ufullstendig, mangler", "incomplete, missing"));
		for (size_t k = 0; k < s->missing_n; k++) {
			char *next = vk_xasprintf("%s%s %s", what, k ? "," : "", s->missing[k]);
			free(what);
			what = next;
		}
		vk_layout_add_text(l, r->page, VK_ROLE_NOTE, s->measure->name, x + 4, r->y,
				   l->chart_w - 8, r->height, what, VK_FONT_ITALIC, 8, VK_RGB_MUTED,
				   VK_ALIGN_LEFT);
		free(what);
		return;
	}
	for (size_t g = 0; g < c->m->criteria_n; g++) {
		const struct vk_criterion *cr = &c->m->criteria[g];
		double w;

		if (cr->parent)
			continue;
		w = cr->weight * s->node[g] * c->scale;
		if (w <= 0)
			continue;
		vk_layout_add_shape(l, r->page, VK_SHAPE_RECT, VK_ROLE_BAR, s->measure->name, x, y,
				    w, BAR_H, colour_of(c->m, g), VK_RGB_WHITE);
		vk_number_format(vk_score_round1(cr->weight * s->node[g]), 1, l->o->lang, value,
				 sizeof(value));
		if (vk_layout_text_width(l, value, VK_FONT_REGULAR, 7) <= w - 4)
			vk_layout_add_text(l, r->page, VK_ROLE_VALUE, s->measure->name, x + 2, y,
					   w - 4, BAR_H, value, VK_FONT_REGULAR, 7,
					   g % 2 ? VK_RGB_INK : VK_RGB_WHITE, VK_ALIGN_CENTER);
		x += w;
	}
	vk_number_format(vk_score_round1(s->score), 1, l->o->lang, value, sizeof(value));
	vk_layout_add_text(l, r->page, VK_ROLE_VALUE, s->measure->name, x + 4, r->y, VALUE_W,
			   r->height, value, VK_FONT_BOLD, 9, VK_RGB_INK, VK_ALIGN_LEFT);
}

/* `line` and then `piece` (both freed), the two joined by a space; when that would be wider
 * than the legend, `line` goes in the legend as it is and `piece` starts the next line, so
 * a long list of weights is wrapped, never cut. */
static char *weights_add(struct vk_lay *l, char *line, char *piece)
{
	char *next = vk_xasprintf("%s %s", line, piece);

	if (vk_layout_text_width(l, next, VK_FONT_REGULAR, 7.5) + 1 <=
	    l->page_w - 2 * VK_MARGIN - 18) {
		free(line);
		free(piece);
		return next;
	}
	free(next);
	vk_layout_add_legend(l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0, line);
	free(line);
	return piece;
}

/* The chart of ranked scores `s` of model `m`. */
static enum vk_code layout_ranked(const struct vk_scoring *m, const struct vk_score *s, size_t n,
				  const struct vk_layout_opts *opts, struct vk_scene **out,
				  struct vk_error *err)
{
	struct vk_lay l = {.o = opts, .draw_row = draw_score};
	struct scores_ctx c = {m, 0};
	double widest = 0, max = 0, content_w;
	char *weights;
	size_t complete = 0;
	enum vk_code rc;

	*out = NULL;
	if (n == 0)
		return vk_error_set(
		    err, VK_ENOTFOUND,
		    "no scored measures yet (import a score sheet, see docs/scoring.md)");
	l.user = &c;
	for (size_t i = 0; i < n; i++) {
		struct vk_lay_row *r;
		double w = 24 + vk_layout_text_width(&l, s[i].measure->name, VK_FONT_REGULAR, 8.5);
		if (!s[i].complete && (i == 0 || s[i - 1].complete)) {
			r = vk_layout_add_row(&l, VK_ROW_HEADING, VK_HEADING_H);
			r->text = vk_xstrdup(VK_TR(l.o->lang, "Ufullstendige, ikke rangert",
						   "Incomplete, not ranked"));
		}
		r = vk_layout_add_row(&l, VK_ROW_ENTRY, ROW_H);
		r->data = &s[i];
		r->shaded = i % 2 == 1;
		widest = w > widest ? w : widest;
		if (s[i].complete) {
			complete++;
			max = s[i].score > max ? s[i].score : max;
		}
	}
	vk_layout_page_size(&l, &l.page_w, &l.page_h);
	content_w = l.page_w - 2 * VK_MARGIN;
	l.label_w = widest + 6 < 0.40 * content_w ? widest + 6 : 0.40 * content_w;
	c.scale =
	    max > 0 ? (l.page_w - VK_MARGIN - (VK_MARGIN + l.label_w + VK_GAP) - VALUE_W) / max : 0;
	l.title = vk_xstrdup(VK_TR(l.o->lang, "Prioritering av tiltak", "Priority of measures"));
	if (complete < n)
		l.subtitle = vk_xasprintf(
		    VK_TR(l.o->lang, "%zu tiltak rangert etter score · %zu ufullstendige",
			  "%zu measures ranked by score · %zu incomplete"),
		    complete, n - complete);
	else
		l.subtitle = vk_xasprintf(VK_TR(l.o->lang, "%zu tiltak rangert etter score",
						"%zu measures ranked by score"),
					  complete);
	weights = vk_xstrdup(VK_TR(l.o->lang, "Vekter:", "Weights:"));
	for (size_t g = 0, k = 0; g < m->criteria_n; g++) {
		char w[32], *piece;
		if (m->criteria[g].parent)
			continue;
		vk_layout_add_legend(&l, VK_SHAPE_RECT, colour_of(m, g), VK_NO_COLOUR, false, 8,
				     m->criteria[g].name);
		vk_number_format_exact(m->criteria[g].weight, opts->lang, w, sizeof(w));
		piece = vk_xasprintf("%s%s %s", k++ ? "· " : "", m->criteria[g].name, w);
		weights = weights_add(&l, weights, piece);
	}
	/* a criterion weighted otherwise than the model says changes the ranking too */
	for (size_t g = 0, k = 0; opts->model_weights && g < m->criteria_n; g++) {
		char w[32], was[32];
		double d = opts->model_weights[g];
		if (!m->criteria[g].parent || m->criteria[g].weight == d)
			continue;
		vk_number_format_exact(m->criteria[g].weight, opts->lang, w, sizeof(w));
		vk_number_format_exact(d, opts->lang, was, sizeof(was));
		if (k++ == 0) {
			char *semi = vk_xasprintf("%s;", weights);
			free(weights);
			weights =
			    weights_add(&l, semi,
					vk_xasprintf("%s %s %s (%s %s)",
						     VK_TR(l.o->lang, "kriterier:", "criteria:"),
						     m->criteria[g].code, w,
						     VK_TR(l.o->lang, "modellen", "model"), was));
		} else {
			weights =
			    weights_add(&l, weights,
					vk_xasprintf("· %s %s (%s %s)", m->criteria[g].code, w,
						     VK_TR(l.o->lang, "modellen", "model"), was));
		}
	}
	vk_layout_add_legend(&l, VK_SHAPE_RECT, VK_RGB_WHITE, VK_NO_COLOUR, false, 0, weights);
	free(weights);
	rc = vk_layout_finish(&l, out, err);
	vk_layout_clear(&l);
	return rc;
}

enum vk_code vk_layout_scores(const struct vk_chart_data *data, const struct vk_layout_opts *opts,
			      struct vk_scene **out, struct vk_error *err)
{
	const struct vk_scoring *m = data->pf->scoring;
	size_t n = data->measures ? data->measures->measures_n : 0;
	struct vk_score *scores;
	enum vk_code rc;

	*out = NULL;
	/* a store written by an older veikart may hold a weight that makes scores inf */
	if (m->criteria_n > 0 && (rc = vk_scoring_validate(m, err)))
		return rc;
	scores = vk_score_rank(m, data->measures ? data->measures->measures : NULL, n);
	rc = layout_ranked(m, scores, n, opts, out, err);
	vk_score_free(scores, n);
	return rc;
}

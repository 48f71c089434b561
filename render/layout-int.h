/* Shared machinery of the roadmap and rollout layouts (not a public header): page frame,
 * axis, legend, footer, pagination of rows, text fitting. */
#ifndef VK_LAYOUT_INT_H
#define VK_LAYOUT_INT_H

#include "axis.h"
#include "layout.h"
#include "palette.h"
#include "words.h"

#define VK_MARGIN    30.0
#define VK_GAP	     14.0 /* between the label column and the chart */
#define VK_HEADING_H 20.0 /* a group or region heading row */
#define VK_LANE_GAP  2.0  /* between the lanes of overlapping phases in one row */
#define VK_MS_GAP    1.0  /* between milestone diamonds set side by side */

enum vk_lay_row_kind { VK_ROW_HEADING, VK_ROW_ENTRY };

struct vk_lay_row {
	enum vk_lay_row_kind kind;
	double height;
	char *text;	   /* heading text (owned); NULL for entries */
	const char *group; /* the heading an entry sits under, repeated on a new page */
	const void *data;  /* struct vk_item or struct vk_area */
	const char *aside; /* heading: text at the right end (borrowed) */
	int depth;
	bool shaded;
	int note;   /* > 0: the label is cut, its whole text is legend note [note] */
	double top; /* room at the top for what lies outside the axis (vk_layout_outside_room) and
		     * for dependency markers (vk_layout_marker_room), above the bars */
	int marker_lines; /* lines vk_layout_marker_room made for the row's dependency markers */
	/* where pagination put it */
	int page;
	double y;
};

struct vk_lay;

struct vk_lay_legend {
	enum vk_shape shape;
	uint32_t fill, stroke;
	bool dashed;
	bool arrow; /* a line: drawn across, with an arrowhead (a dependency) */
	double size;
	char *text; /* owned */
	/* a cut label's whole text ("[3] ..."): 1 + the index of its row, whose page alone
	 * shows it; 0 for an entry every page shows */
	size_t row;
};

struct vk_lay {
	const struct vk_portfolio *pf;
	const struct vk_layout_opts *o;
	struct vk_scene *scene;
	double page_w, page_h;
	double label_w; /* label column width */
	double chart_x, chart_w;
	bool has_axis;
	struct vk_axis axis;
	enum vk_unit upper, lower;
	double axis_top;
	double rows_top;
	char *title, *subtitle;
	char *empty_note; /* shown when there are no rows */
	struct vk_lay_row *rows;
	size_t rows_n, rows_cap;
	struct vk_lay_legend *legend;
	size_t legend_n, legend_cap;
	double legend_h;
	int notes; /* the row labels cut so far, each whole in the legend */
	/* what a layout kind draws of one placed row */
	void (*draw_row)(struct vk_lay *l, const struct vk_lay_row *r);
	/* after pagination: makes rows taller where what is drawn needs room only pagination
	 * tells (NULL: none); true when a row grew, and the rows are paginated again */
	bool (*regrow)(struct vk_lay *l);
	const void *user; /* what a layout kind's draw_row needs beyond the rows */
};

double vk_layout_text_width(const struct vk_lay *l, const char *s, enum vk_font font, double size);
/* A copy of `s` that fits `max_w`, cut with "…" where needed; caller frees. */
char *vk_layout_fit_text(const struct vk_lay *l, const char *s, enum vk_font font, double size,
			 double max_w);

/* Breaks `s` into at most `max_lines` lines of at most `max_w`, at spaces (a word longer
 * than a line is broken between characters and goes on on the next line); the last line is cut with
 * "…" when text is left over. Returns the number of lines; caller frees each line and the array. */
size_t vk_layout_wrap_text(const struct vk_lay *l, const char *s, enum vk_font font, double size,
			   double max_w, size_t max_lines, char ***lines);

/* Adds text in the box (x, y, w, h), fitted to w. */
void vk_layout_add_text(struct vk_lay *l, int page, enum vk_role role, const char *ref, double x,
			double y, double w, double h, const char *text, enum vk_font font,
			double size, uint32_t colour, enum vk_align align);
void vk_layout_add_shape(struct vk_lay *l, int page, enum vk_shape shape, enum vk_role role,
			 const char *ref, double x, double y, double w, double h, uint32_t fill,
			 uint32_t stroke);
void vk_layout_add_line(struct vk_lay *l, int page, enum vk_role role, const char *ref, double x1,
			double y1, double x2, double y2, uint32_t colour, double width, bool dashed,
			bool arrow);

struct vk_lay_row *vk_layout_add_row(struct vk_lay *l, enum vk_lay_row_kind kind, double height);
void vk_layout_add_legend(struct vk_lay *l, enum vk_shape shape, uint32_t fill, uint32_t stroke,
			  bool dashed, double size, const char *text);
/* Adds the legend items, in lines from y on page 0. */
void vk_layout_add_legend_line(struct vk_lay *l, double y);
/* The usual legend: the phase kinds, the milestone kinds and status colours that occur
 * (bit 1 << kind, bit 1 << colour), the status date. With colours, `period` (may be
 * NULL) names the period the marks are from, and `older` adds the hollow mark of a
 * report from before it. */
void vk_layout_add_standard_legend(struct vk_lay *l, unsigned milestone_kinds, unsigned colours,
				   const char *period, bool older);

/* When `text` does not fit w, numbers the row's label (r->note) and adds "[n] text" to
 * the legend, so the label cut on the chart is whole under it. Call before finish. */
void vk_layout_note_label(struct vk_lay *l, struct vk_lay_row *r, const char *text,
			  enum vk_font font, double size, double w);
/* The row's label as drawn in w: `text`, or with r->note cut with "…" and marked " [n]".
 * Caller frees. */
char *vk_layout_row_label(const struct vk_lay *l, const struct vk_lay_row *r, const char *text,
			  enum vk_font font, double size, double w);

/* Chooses the axis span: the options' from/to, or whole years around [lo, hi]; false
 * when neither gives one. */
bool vk_layout_choose_span(struct vk_lay *l, int lo, int hi);
/* A phase bar clipped to the axis, with marks where it continues, and its phase name
 * where that fits between the milestones `ms` drawn on it; false when outside. */
bool vk_layout_add_bar(struct vk_lay *l, int page, const char *ref, const struct vk_span *s,
		       double y, double h, const struct vk_milestone *ms, size_t ms_n);
/* 0xRRGGBB of "#RRGGBB". */
uint32_t vk_layout_parse_colour(const char *hex);
/* The name of a phase kind as charts print it (the defaults in English with --lang en). */
const char *vk_layout_phase_label(const struct vk_lay *l, const struct vk_phase_kind *ph);
void vk_layout_add_milestone(struct vk_lay *l, int page, const char *ref,
			     const struct vk_milestone *m, double cx, double cy);
/* The milestones on the axis centred on cy, each at its date, except that diamonds that
 * would touch (the same date, or days apart) are set side by side VK_MS_GAP apart, centred on
 * their dates, so every one is seen. Added in the order of `ms`. */
void vk_layout_add_milestones(struct vk_lay *l, int page, const char *ref,
			      const struct vk_milestone *ms, size_t n, double cy);
/* Lanes for spans that overlap: lane[i] for s[i], so that no two spans of a lane share a
 * day; the number of lanes (at least 1). */
size_t vk_layout_span_lanes(const struct vk_span *const *s, size_t n, size_t *lane);
/* The top of the bar of lane k of `lanes`, bars bar_h high and VK_LANE_GAP apart, the whole
 * centred on cy. A row of several lanes is (lanes - 1) * (bar_h + VK_LANE_GAP) taller. */
double vk_layout_lane_y(double cy, size_t lanes, size_t k, double bar_h);
/* The status colour mark (shape and colour) centred at (cx, cy). */
void vk_layout_add_status(struct vk_lay *l, int page, const char *ref, enum vk_colour c, double cx,
			  double cy);
/* The same, or with `hollow` its outline only (a report older than the period shown). */
void vk_layout_add_status_mark(struct vk_lay *l, int page, const char *ref, enum vk_colour c,
			       bool hollow, double cx, double cy);

/* Makes room at the top of row `r` (r->top, and r->height grows by it) for what of `it`
 * lies outside the axis, wrapped whole, never cut; call once the span and label_w are
 * chosen. */
void vk_layout_outside_room(struct vk_lay *l, struct vk_lay_row *r, const struct vk_item *it);
/* Draws what vk_layout_outside_room made room for: at the left and right ends of the chart. */
void vk_layout_add_outside(struct vk_lay *l, const struct vk_lay_row *r, const struct vk_item *it);
/* The middle of the row below its r->top: where its bars and marks are centred. */
double vk_layout_row_mid(const struct vk_lay_row *r);
#define VK_MARKER_H 8.0 /* a dependency marker's line, in the row's top room */
/* Gives the row `lines` lines of room at the bottom of its top room (just above its bars)
 * for its dependency markers, where it has fewer; true when it grew. */
bool vk_layout_marker_room(struct vk_lay_row *r, int lines);
/* The top of marker line `line` (from 0) of the row (vk_layout_marker_room). */
double vk_layout_marker_y(const struct vk_lay_row *r, int line);

/* The page width and height of the layout's page size, landscape. */
void vk_layout_page_size(const struct vk_lay *l, double *w, double *h);
/* Adds the footer of page `page` at the page's bottom: `left` and "Side n av m". */
void vk_layout_add_footer(struct vk_lay *l, int page, const char *left);

/* Sets up the page frame, paginates the rows, draws every page and frees the rows. The
 * caller has filled title, rows, legend, label_w and draw_row, and chosen the span. */
enum vk_code vk_layout_finish(struct vk_lay *l, struct vk_scene **out, struct vk_error *err);
/* Frees what `l` owns. */
void vk_layout_clear(struct vk_lay *l);

/* Formats `date` for people: 31.05.2024 (nb) or 31 May 2024 (en). */
void vk_layout_human_date(const struct vk_lay *l, int date, char *buf, size_t size);

#endif

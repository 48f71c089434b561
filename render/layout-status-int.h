/* What the two files of the status slide share (not a public header): the flow of its
 * lists over the first page's panel and the columns of the pages after it. */
#ifndef VK_LAYOUT_STATUS_INT_H
#define VK_LAYOUT_STATUS_INT_H

#include "layout-int.h"

#define VK_PANEL_GAP 28.0
#define VK_HEAD_H    24.0 /* a list heading */

/* Fills by enum vk_colour, and [VK_COLOUR_NONE] for uten rapport: light grey in a grey
 * outline, set apart from the three colours in print and in greyscale. */
static const uint32_t fills[] = {VK_RGB_GRID, VK_RGB_GRONN, VK_RGB_GUL, VK_RGB_ROD};
#define VK_SILENT_STROKE VK_RGB_MUTED

/* Where the lists flow: a column on a page. */
struct vk_status_region {
	int page;
	double x, top, w, bottom;
};

/* The lists' flow over the first page's panel and the columns after it. */
struct vk_status_flow {
	struct vk_lay *l;
	struct vk_status_region *regions;
	size_t regions_n, regions_cap;
	size_t r;      /* the current region */
	double y;      /* where the next line goes in it */
	bool used;     /* the current region holds something */
	bool one_page; /* no regions beyond the first */
	bool paged;    /* new regions on new pages; else further down page 0 */
	int pages;
	double body_h;	 /* a continuation's columns' height */
	double slab_y;	 /* unpaged: where the next continuation starts on page 0 */
	double max_y;	 /* unpaged: the lowest point used */
	const char *sub; /* the subtitle, repeated on each page */
	char *cont;	 /* the heading of a continuation: what goes on there (owned) */
	/* the red item being placed, for its mark down the left edge */
	const char *item;
	double item_y;
};

/* Adds a region of the flow: a column (x, top, w wide, to bottom) on `page`. */
void vk_layout_status_region(struct vk_status_flow *f, int page, double x, double top, double w,
			     double bottom);

/* The red projects with their comments, then the items without a report, of summary `s`,
 * flowed from the first region on (layout-status-lists.c). */
void vk_layout_status_lists(struct vk_status_flow *f, const struct vk_status_summary *s);

#endif

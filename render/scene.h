/* A chart as data: pages of primitives in points (1/72 inch), origin at the top left of
 * each page, y growing downwards. Layout fills a scene; draw.c only walks it. Every
 * primitive carries a role, and a ref (the code of the programme, project or area it
 * belongs to) so tests can find it. A scene owns its strings. */
#ifndef VK_SCENE_H
#define VK_SCENE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VK_NO_COLOUR UINT32_MAX /* no fill or no stroke */

/* Shapes fill their box; triangles point up, left or right. */
enum vk_shape {
	VK_SHAPE_RECT,
	VK_SHAPE_LINE,
	VK_SHAPE_TEXT,
	VK_SHAPE_DIAMOND,
	VK_SHAPE_CIRCLE,
	VK_SHAPE_TRIANGLE,
	VK_SHAPE_POINT_LEFT,
	VK_SHAPE_POINT_RIGHT
};

enum vk_role {
	VK_ROLE_TITLE,
	VK_ROLE_SUBTITLE,
	VK_ROLE_HEADING,   /* group or region heading */
	VK_ROLE_LABEL,	   /* row label */
	VK_ROLE_BAND,	   /* row or lane background */
	VK_ROLE_BAR,	   /* a dated phase */
	VK_ROLE_CONTINUES, /* mark that a clipped bar goes on past the axis */
	VK_ROLE_MILESTONE,
	VK_ROLE_STATUS, /* a row's status colour mark */
	VK_ROLE_AXIS,	/* axis tier bands and tick lines */
	VK_ROLE_AXIS_LABEL,
	VK_ROLE_GRID,
	VK_ROLE_STATUS_DATE, /* the line at the status date and its label */
	VK_ROLE_LEGEND,
	VK_ROLE_FOOTER,
	VK_ROLE_DEPENDENCY,
	VK_ROLE_NOTE,	 /* "ikke planlagt", "no programmes" */
	VK_ROLE_SUMMARY, /* per-region counts */
	VK_ROLE_VALUE,	 /* a number printed on a bar */
};

enum vk_font { VK_FONT_REGULAR, VK_FONT_BOLD, VK_FONT_ITALIC };
enum vk_align { VK_ALIGN_LEFT, VK_ALIGN_CENTER, VK_ALIGN_RIGHT };

struct vk_prim {
	enum vk_shape shape;
	enum vk_role role;
	int page; /* 0-based */
	/* The box of the primitive. A line runs from (x, y) to (x + w, y + h). Text is drawn
	 * inside its box, aligned as `align` says and centred vertically; layout has made
	 * sure it fits in `w`. */
	double x, y, w, h;
	uint32_t fill;	 /* 0xRRGGBB or VK_NO_COLOUR; the colour of text */
	uint32_t stroke; /* 0xRRGGBB or VK_NO_COLOUR */
	double line_width;
	bool dashed;
	bool arrow; /* lines: an arrow head at the end */
	char *text;
	enum vk_font font;
	double size; /* font size in points */
	enum vk_align align;
	char *ref; /* code of what the primitive shows; may be NULL */
};

struct vk_scene {
	double width, height; /* of every page */
	int pages;
	struct vk_prim *prims;
	size_t prims_n, prims_cap;
};

/* A new empty scene of one page; caller frees with vk_scene_free. */
struct vk_scene *vk_scene_new(double width, double height);
void vk_scene_free(struct vk_scene *scene);

/* Appends a primitive (copied; `text` and `ref` are duplicated) and returns it. */
struct vk_prim *vk_scene_add(struct vk_scene *scene, const struct vk_prim *prim);

/* The `n`th primitive of `role` (0-based) with `ref` (NULL: any), or NULL. Borrowed. */
const struct vk_prim *vk_scene_find(const struct vk_scene *scene, enum vk_role role,
				    const char *ref, size_t n);
/* How many primitives have `role` (on `page`, or on any page when page < 0). */
size_t vk_scene_count(const struct vk_scene *scene, enum vk_role role, int page);

#endif

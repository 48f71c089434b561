/* Drawing a scene to PDF, SVG or PNG with cairo. Draw makes no layout decisions: it walks
 * the scene's primitives in order. */
#ifndef VK_DRAW_H
#define VK_DRAW_H

#include <stdio.h>

#include "error.h"
#include "scene.h"
#include "fonts.h"

enum vk_draw_format { VK_DRAW_PDF, VK_DRAW_SVG, VK_DRAW_PNG };

struct vk_draw_opts {
	enum vk_draw_format format;
	double dpi;	   /* PNG: pixels per inch (72 = one pixel a point) */
	int created;	   /* PDF creation date (days since 1970), so output is repeatable */
	const char *title; /* PDF title; may be NULL */
};

/* Draws every page of `scene` to the file `path`: PDF pages, or for SVG the pages one
 * under the other in one image. A PNG of one page is one image; a PNG scene of several
 * pages gives one file per page, named by vk_draw_page_path (and removes `path` and
 * the extra pages of an earlier, longer split). Files are written to temporary files in
 * the same directory and renamed into place only when all are drawn, so a failure
 * leaves what was there before. Errors: VK_ECANTCREAT when a file cannot be written,
 * with the reason. */
enum vk_code vk_draw_file(const struct vk_scene *scene, struct vk_fonts *text, const char *path,
			  const struct vk_draw_opts *opts, struct vk_error *err);

/* Draws every page of `scene` to the open stream `out` (not closed; flushed), as
 * vk_draw_file draws one file: PDF pages, or the pages one under the other in one SVG
 * or one PNG. `name` names the output in messages. For an HTML page that inlines a chart
 * (open_memstream) or a pipe. Errors: VK_ECANTCREAT when a write fails or a PNG would
 * be too large, with the reason; what was written by then stays written. */
enum vk_code vk_draw_stream(const struct vk_scene *scene, struct vk_fonts *fonts, FILE *out,
			    const char *name, const struct vk_draw_opts *opts,
			    struct vk_error *err);

/* cairo's largest image side, in pixels */
#define VK_DRAW_PNG_MAX 32767

/* Whether `points` at `dpi` is more pixels than an image can have. */
bool vk_draw_png_too_big(double points, double dpi);

/* The file of page `page` (0-based) of `pages`: roadmap.png gives roadmap-01.png to
 * roadmap-48.png for 48 pages, with as many digits as the page count has and at least
 * two. Caller frees. */
char *vk_draw_page_path(const char *path, int page, int pages);

/* Guesses the format from the file name's extension; false when it is none of
 * .pdf, .svg, .png (any case). */
bool vk_draw_format_from_name(const char *path, enum vk_draw_format *format);

/* Parses a format name: pdf, svg or png (any case); false otherwise. */
bool vk_draw_format_parse(const char *name, enum vk_draw_format *format);

#endif

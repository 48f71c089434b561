/* Cairo drawing of scenes: one surface per file, checked once after drawing as the cairo
 * manual advises; pango for text, on the measuring context of fonts.c. */
#include "draw.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "atomic.h"
#include "date.h"
#include "fonts-int.h"

/* the widest page number looked for when an earlier run's pages are removed */
#define MAX_PAGE_DIGITS 6

bool vk_draw_format_parse(const char *name, enum vk_draw_format *format)
{
	if (strcasecmp(name, "pdf") == 0)
		*format = VK_DRAW_PDF;
	else if (strcasecmp(name, "svg") == 0)
		*format = VK_DRAW_SVG;
	else if (strcasecmp(name, "png") == 0)
		*format = VK_DRAW_PNG;
	else
		return false;
	return true;
}

bool vk_draw_format_from_name(const char *path, enum vk_draw_format *format)
{
	const char *dot = strrchr(path, '.');

	return dot && !strchr(dot, '/') && vk_draw_format_parse(dot + 1, format);
}

static void set_colour(cairo_t *cr, uint32_t c)
{
	cairo_set_source_rgb(cr, (c >> 16 & 0xff) / 255.0, (c >> 8 & 0xff) / 255.0,
			     (c & 0xff) / 255.0);
}

/* Fills and strokes the current path as the primitive says. */
static void paint(cairo_t *cr, const struct vk_prim *p)
{
	if (p->fill != VK_NO_COLOUR) {
		set_colour(cr, p->fill);
		if (p->stroke != VK_NO_COLOUR)
			cairo_fill_preserve(cr);
		else
			cairo_fill(cr);
	}
	if (p->stroke != VK_NO_COLOUR) {
		set_colour(cr, p->stroke);
		cairo_set_line_width(cr, p->line_width > 0 ? p->line_width : 0.75);
		cairo_stroke(cr);
	}
	cairo_new_path(cr);
}

static void draw_line(cairo_t *cr, const struct vk_prim *p)
{
	static const double dash[] = {3, 2};
	double x2 = p->x + p->w, y2 = p->y + p->h;

	cairo_set_dash(cr, dash, p->dashed ? 2 : 0, 0);
	cairo_move_to(cr, p->x, p->y);
	cairo_line_to(cr, x2, y2);
	set_colour(cr, p->stroke);
	cairo_set_line_width(cr, p->line_width);
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
	if (p->arrow) {
		double a = atan2(p->h, p->w), len = 4.5;
		cairo_move_to(cr, x2, y2);
		cairo_line_to(cr, x2 - len * cos(a - 0.45), y2 - len * sin(a - 0.45));
		cairo_line_to(cr, x2 - len * cos(a + 0.45), y2 - len * sin(a + 0.45));
		cairo_close_path(cr);
		cairo_fill(cr);
	}
}

static void draw_text(cairo_t *cr, struct vk_fonts *text, const struct vk_prim *p)
{
	PangoLayout *layout = text->drawing;
	PangoRectangle logical;
	static const PangoAlignment align[] = {
	    [VK_ALIGN_LEFT] = PANGO_ALIGN_LEFT,
	    [VK_ALIGN_CENTER] = PANGO_ALIGN_CENTER,
	    [VK_ALIGN_RIGHT] = PANGO_ALIGN_RIGHT,
	};

	/* one layout for all the text of a drawing, as pango's own examples do */
	pango_font_description_set_absolute_size(text->fonts[p->font], p->size * PANGO_SCALE);
	pango_layout_set_font_description(layout, text->fonts[p->font]);
	pango_layout_set_text(layout, p->text, -1);
	/* layout fitted the text; the width here only aligns it (and guards a stray pixel) */
	pango_layout_set_width(layout, (int)(p->w * PANGO_SCALE) + PANGO_SCALE);
	pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
	pango_layout_set_alignment(layout, align[p->align]);
	pango_layout_get_extents(layout, NULL, &logical);
	set_colour(cr, p->fill);
	cairo_move_to(cr, p->x, p->y + (p->h - (double)logical.height / PANGO_SCALE) / 2);
	pango_cairo_show_layout(cr, layout);
}

static void draw_prim(cairo_t *cr, struct vk_fonts *text, const struct vk_prim *p)
{
	double x = p->x, y = p->y, w = p->w, h = p->h;

	cairo_new_path(cr); /* text leaves a current point an arc would draw a line from */
	switch (p->shape) {
	case VK_SHAPE_RECT:
		cairo_rectangle(cr, x, y, w, h);
		paint(cr, p);
		break;
	case VK_SHAPE_LINE:
		draw_line(cr, p);
		break;
	case VK_SHAPE_TEXT:
		draw_text(cr, text, p);
		break;
	case VK_SHAPE_DIAMOND:
		cairo_move_to(cr, x + w / 2, y);
		cairo_line_to(cr, x + w, y + h / 2);
		cairo_line_to(cr, x + w / 2, y + h);
		cairo_line_to(cr, x, y + h / 2);
		cairo_close_path(cr);
		paint(cr, p);
		break;
	case VK_SHAPE_CIRCLE:
		cairo_arc(cr, x + w / 2, y + h / 2, (w < h ? w : h) / 2, 0, 2 * G_PI);
		paint(cr, p);
		break;
	case VK_SHAPE_TRIANGLE:
		cairo_move_to(cr, x + w / 2, y);
		cairo_line_to(cr, x + w, y + h);
		cairo_line_to(cr, x, y + h);
		cairo_close_path(cr);
		paint(cr, p);
		break;
	case VK_SHAPE_POINT_LEFT:
	case VK_SHAPE_POINT_RIGHT: {
		bool left = p->shape == VK_SHAPE_POINT_LEFT;
		cairo_move_to(cr, left ? x + w : x, y);
		cairo_line_to(cr, left ? x : x + w, y + h / 2);
		cairo_line_to(cr, left ? x + w : x, y + h);
		cairo_close_path(cr);
		paint(cr, p);
		break;
	}
	}
}

/* The primitives of each page, in scene order: page p's are order[first[p]..first[p+1]),
 * so drawing n pages is one pass over the scene, not n. */
struct pages {
	size_t *order, *first;
};

static void pages_index(const struct vk_scene *scene, struct pages *pg)
{
	size_t np = (size_t)scene->pages, *next;

	pg->order = vk_xcalloc(scene->prims_n + 1, sizeof(*pg->order));
	pg->first = vk_xcalloc(np + 2, sizeof(*pg->first));
	for (size_t i = 0; i < scene->prims_n; i++)
		pg->first[(size_t)scene->prims[i].page + 1]++;
	for (size_t p = 0; p < np; p++)
		pg->first[p + 1] += pg->first[p];
	next = vk_xcalloc(np + 1, sizeof(*next));
	memcpy(next, pg->first, np * sizeof(*next));
	for (size_t i = 0; i < scene->prims_n; i++)
		pg->order[next[scene->prims[i].page]++] = i;
	free(next);
}

static void pages_free(struct pages *pg)
{
	free(pg->order);
	free(pg->first);
}

/* Draws page `page` of the scene with its top at `top`. */
static void draw_page(cairo_t *cr, struct vk_fonts *text, const struct vk_scene *scene,
		      const struct pages *pg, int page, double top)
{
	cairo_save(cr);
	cairo_translate(cr, 0, top);
	cairo_rectangle(cr, 0, 0, scene->width, scene->height);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_fill(cr);
	pango_cairo_update_context(cr, text->context);
	pango_layout_context_changed(text->drawing);
	/* row bands are backgrounds: under the grid that layout adds before the rows */
	for (int bands = 1; bands >= 0; bands--)
		for (size_t k = pg->first[page]; k < pg->first[page + 1]; k++)
			if ((scene->prims[pg->order[k]].role == VK_ROLE_BAND) == bands)
				draw_prim(cr, text, &scene->prims[pg->order[k]]);
	cairo_restore(cr);
}

/* Where cairo writes: the file, or for SVG memory, so that its ids can be rewritten
 * before it goes to the file. cairo 1.16's PDF surface drops the error of a write made
 * while it finishes (the last pages, the fonts, the trailer), so a PDF cut short by a
 * full disk would look whole: every failed write is remembered here too. */
struct sink {
	FILE *f;
	int err;   /* errno of the first failed write; 0 while all went well */
	char *buf; /* SVG: the document so far */
	size_t buf_n, buf_cap;
};

static cairo_status_t write_fn(void *closure, const unsigned char *data, unsigned int length)
{
	struct sink *s = closure;

	if (s->err)
		return CAIRO_STATUS_WRITE_ERROR;
	if (!s->f) {
		if (s->buf_n + length > s->buf_cap) {
			s->buf_cap = (s->buf_n + length) * 2;
			s->buf = vk_xrealloc(s->buf, s->buf_cap);
		}
		memcpy(s->buf + s->buf_n, data, length);
		s->buf_n += length;
	} else if (fwrite(data, 1, length, s->f) != length) {
		s->err = errno ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

/* The ids cairo defines in an SVG ("glyph0-1", "surface5"), in document order, so that
 * an id's number is where it is first defined. */
struct svg_id {
	const char *name;
	size_t len, number;
};

static int by_name(const void *a, const void *b)
{
	const struct svg_id *x = a, *y = b;
	int c = memcmp(x->name, y->name, x->len < y->len ? x->len : y->len);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The patterns that name an id: where it is defined and where it is used. */
static const char *const id_marks[] = {" id=\"", "href=\"#", "url(#"};

/* Writes `svg` to `out` with every id cairo defined renamed `prefix` + its number, in
 * definitions and references alike. */
static void svg_rename(const char *svg, size_t n, const struct svg_id *ids, size_t ids_n,
		       const char *prefix, struct sink *out)
{
	size_t i = 0, from = 0;

	out->buf_n = 0;
	while (i < n) {
		size_t m, k = n, mlen = 0;
		for (m = 0; m < sizeof(id_marks) / sizeof(id_marks[0]); m++) {
			mlen = strlen(id_marks[m]);
			if (n - i >= mlen && memcmp(svg + i, id_marks[m], mlen) == 0)
				break;
		}
		if (m == sizeof(id_marks) / sizeof(id_marks[0])) {
			i++;
			continue;
		}
		i += mlen;
		for (k = i; k < n && svg[k] != '"' && svg[k] != ')'; k++)
			;
		struct svg_id key = {svg + i, k - i, 0};
		const struct svg_id *hit = bsearch(&key, ids, ids_n, sizeof(*ids), by_name);
		if (!hit)
			continue;
		char num[32];
		int len = snprintf(num, sizeof(num), "%zu", hit->number);
		write_fn(out, (const unsigned char *)svg + from, (unsigned)(i - from));
		write_fn(out, (const unsigned char *)prefix, (unsigned)strlen(prefix));
		write_fn(out, (const unsigned char *)num, (unsigned)len);
		from = i = k;
	}
	write_fn(out, (const unsigned char *)svg + from, (unsigned)(n - from));
}

/* cairo names the ids of every SVG alike ("glyph0-1" ...), and numbers surfaces per
 * process, so two charts inlined in one HTML page would take each other's glyphs and
 * the same chart drawn by 'render' and by 'demo' would differ. Every id becomes
 * "vk" + 12 hex digits of a hash of the document (with its ids numbered) + "-" + its
 * number: the same chart gives the same bytes, two charts share no id. */
static void svg_ids(struct sink *s)
{
	struct svg_id *ids = NULL;
	size_t ids_n = 0, ids_cap = 0;
	struct sink plain = {0}, out = {0};
	uint64_t hash = 14695981039346656037u; /* FNV-1a */
	char prefix[32];

	for (size_t i = 0; i + 5 < s->buf_n; i++) {
		if (memcmp(s->buf + i, id_marks[0], 5) != 0)
			continue;
		struct svg_id *id = VK_PUSH(ids);
		size_t k = i + 5;
		while (k < s->buf_n && s->buf[k] != '"')
			k++;
		id->name = s->buf + i + 5;
		id->len = k - (i + 5);
		id->number = ids_n;
		i = k;
	}
	qsort(ids, ids_n, sizeof(*ids), by_name);
	svg_rename(s->buf, s->buf_n, ids, ids_n, "", &plain);
	for (size_t i = 0; i < plain.buf_n; i++)
		hash = (hash ^ (unsigned char)plain.buf[i]) * 1099511628211u;
	snprintf(prefix, sizeof(prefix), "vk%012llx-",
		 (unsigned long long)(hash & 0xffffffffffffu));
	svg_rename(s->buf, s->buf_n, ids, ids_n, prefix, &out);
	free(plain.buf);
	free(ids);
	free(s->buf);
	s->buf = out.buf;
	s->buf_n = out.buf_n;
	s->buf_cap = out.buf_cap;
}

/* Draws into the open file `f` every page of the scene, or only `page` when it is 0 or
 * more (a PNG of one page); the cairo status of the whole drawing. */
static cairo_status_t render(const struct vk_scene *scene, const struct pages *pg, int page,
			     struct vk_fonts *text, struct sink *f, const struct vk_draw_opts *o)
{
	cairo_surface_t *surface;
	cairo_status_t status;
	cairo_t *cr;
	double total_h = scene->height * (page >= 0 ? 1 : scene->pages);

	if (o->format == VK_DRAW_PDF) {
		char created[32], day[VK_DATE_TEXT_MAX];
		surface =
		    cairo_pdf_surface_create_for_stream(write_fn, f, scene->width, scene->height);
		snprintf(created, sizeof(created), "%sT00:00:00Z", vk_date_format(o->created, day));
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, created);
		cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "veikart");
		if (o->title)
			cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, o->title);
	} else if (o->format == VK_DRAW_SVG) {
		surface = cairo_svg_surface_create_for_stream(write_fn, f, scene->width, total_h);
		cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT);
	} else {
		double scale = o->dpi / 72.0;
		surface =
		    cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)ceil(scene->width * scale),
					       (int)ceil(total_h * scale));
	}
	cr = cairo_create(surface);
	if (o->format == VK_DRAW_PNG) {
		/* white to the last whole pixel, past the page's fractional edge */
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		cairo_scale(cr, o->dpi / 72.0, o->dpi / 72.0);
	}
	for (int p = page >= 0 ? page : 0; p < (page >= 0 ? page + 1 : scene->pages); p++) {
		if (o->format == VK_DRAW_PDF) {
			draw_page(cr, text, scene, pg, p, 0);
			cairo_show_page(cr);
		} else {
			draw_page(cr, text, scene, pg, p, page >= 0 ? 0 : p * scene->height);
		}
	}
	status = cairo_status(cr);
	cairo_destroy(cr);
	if (status == CAIRO_STATUS_SUCCESS && o->format == VK_DRAW_PNG)
		status = cairo_surface_write_to_png_stream(surface, write_fn, f);
	cairo_surface_finish(surface);
	if (status == CAIRO_STATUS_SUCCESS)
		status = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	if (status == CAIRO_STATUS_SUCCESS && f->err)
		status = CAIRO_STATUS_WRITE_ERROR;
	return status;
}

/* Draws all pages, or only `page`, to the open file `file` and flushes it: the cairo
 * status, and in *werr the errno of the first failed write (0: none). */
static cairo_status_t draw_to(const struct vk_scene *scene, const struct pages *pg, int page,
			      struct vk_fonts *text, FILE *file, const struct vk_draw_opts *opts,
			      int *werr)
{
	struct sink f = {.f = file};
	cairo_status_t status;

	errno = 0;
	if (opts->format == VK_DRAW_SVG) {
		/* drawn to memory, then written with its ids made the file's own */
		f.f = NULL;
		status = render(scene, pg, page, text, &f, opts);
		f.f = file;
		if (status == CAIRO_STATUS_SUCCESS) {
			svg_ids(&f);
			if (fwrite(f.buf, 1, f.buf_n, f.f) != f.buf_n)
				f.err = errno ? errno : EIO;
		}
		free(f.buf);
	} else {
		status = render(scene, pg, page, text, &f, opts);
	}
	/* the last bytes reach the disk here: a full disk shows in fflush or fclose */
	if (fflush(f.f) != 0 && !f.err)
		f.err = errno ? errno : EIO;
	*werr = f.err;
	return status;
}

/* The error of a drawing to `path` that ended in `status` and write error `werr`. */
static enum vk_code draw_error(const char *path, cairo_status_t status, int werr,
			       struct vk_error *err)
{
	if (werr)
		return vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path,
				    strerror(werr));
	return vk_error_set(err, VK_ECANTCREAT, "%s: cannot draw: %s", path,
			    cairo_status_to_string(status));
}

/* Draws all pages, or only `page`, to a temporary file beside `path`, named in *tmp for
 * vk_atomic_commit or vk_atomic_abort. */
static enum vk_code draw_to_temp(const struct vk_scene *scene, const struct pages *pg, int page,
				 struct vk_fonts *text, const char *path,
				 const struct vk_draw_opts *opts, char **tmp, struct vk_error *err)
{
	cairo_status_t status;
	enum vk_code rc;
	FILE *file;
	int werr;

	if ((rc = vk_atomic_begin(path, tmp, err)))
		return rc;
	if (!(file = fopen(*tmp, "wb"))) {
		rc =
		    vk_error_set(err, VK_ECANTCREAT, "%s: cannot write: %s", path, strerror(errno));
		vk_atomic_abort(*tmp);
		*tmp = NULL;
		return rc;
	}
	status = draw_to(scene, pg, page, text, file, opts, &werr);
	if (fclose(file) != 0 && !werr)
		werr = errno ? errno : EIO;
	if (status == CAIRO_STATUS_SUCCESS && werr)
		status = CAIRO_STATUS_WRITE_ERROR;
	if (status != CAIRO_STATUS_SUCCESS) {
		vk_atomic_abort(*tmp);
		*tmp = NULL;
		return draw_error(path, status, werr, err);
	}
	return VK_OK;
}

/* FILE-01.png, or FILE-001.png with `digits` 3: page `page` (from 0) of `path`. */
static char *page_name(const char *path, int page, int digits)
{
	size_t n = strlen(path);
	bool png = n >= 4 && strcasecmp(path + n - 4, ".png") == 0;

	return vk_xasprintf("%.*s-%0*d%s", (int)(png ? n - 4 : n), path, digits, page + 1,
			    png ? path + n - 4 : "");
}

/* The pages an earlier run split `path` into, past the first `keep` (of this run, named
 * as vk_draw_page_path names them): each run of names of one width, from its first
 * page on until one is missing, so only files named as that output's pages go. */
static void remove_pages(const char *path, int keep)
{
	int digits = 2;

	for (int p = keep; p >= 100; p /= 10)
		digits++;
	for (int d = 2; d <= MAX_PAGE_DIGITS; d++) {
		for (int p = keep > 0 && d == digits ? keep : 0;; p++) {
			char *name = page_name(path, p, d);
			bool gone = unlink(name) != 0;
			free(name);
			if (gone)
				break;
		}
	}
}

char *vk_draw_page_path(const char *path, int page, int pages)
{
	int digits = 2;

	for (int p = pages; p >= 100; p /= 10)
		digits++;
	return page_name(path, page, digits);
}

/* One PNG per page: every page is drawn before any is renamed into place, so a failure
 * leaves the files of an earlier run as they were. Then the earlier run's extra pages
 * and its one-image file go, so the directory holds this chart only. */
static enum vk_code draw_split(const struct vk_scene *scene, const struct pages *pg,
			       struct vk_fonts *text, const char *path,
			       const struct vk_draw_opts *opts, struct vk_error *err)
{
	char **tmp = vk_xcalloc((size_t)scene->pages, sizeof(*tmp));
	enum vk_code rc = VK_OK;
	int p;

	for (p = 0; p < scene->pages && !rc; p++) {
		char *name = vk_draw_page_path(path, p, scene->pages);
		rc = draw_to_temp(scene, pg, p, text, name, opts, &tmp[p], err);
		free(name);
	}
	for (p = 0; p < scene->pages; p++) {
		char *name = vk_draw_page_path(path, p, scene->pages);
		if (tmp[p] && !rc)
			rc = vk_atomic_commit(tmp[p], name, err);
		else if (tmp[p])
			vk_atomic_abort(tmp[p]);
		free(name);
	}
	if (!rc) {
		remove_pages(path, scene->pages);
		unlink(path);
	}
	free(tmp);
	return rc;
}

enum vk_code vk_draw_file(const struct vk_scene *scene, struct vk_fonts *text, const char *path,
			  const struct vk_draw_opts *opts, struct vk_error *err)
{
	bool split = opts->format == VK_DRAW_PNG && scene->pages > 1;
	struct pages pg;
	enum vk_code rc = VK_OK;

	if (opts->format == VK_DRAW_PNG &&
	    (vk_draw_png_too_big(scene->width, opts->dpi) ||
	     vk_draw_png_too_big(scene->height * (split ? 1 : scene->pages), opts->dpi)))
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: the image would be over %d pixels; use a lower --dpi or "
				    "PDF",
				    path, VK_DRAW_PNG_MAX);
	pages_index(scene, &pg);
	if (split) {
		rc = draw_split(scene, &pg, text, path, opts, err);
	} else {
		char *tmp;
		if (!(rc = draw_to_temp(scene, &pg, -1, text, path, opts, &tmp, err)))
			rc = vk_atomic_commit(tmp, path, err);
		/* one image now stands for the chart: an earlier run's pages go */
		if (!rc && opts->format == VK_DRAW_PNG)
			remove_pages(path, 0);
	}
	pages_free(&pg);
	return rc;
}

bool vk_draw_png_too_big(double points, double dpi)
{
	return points * dpi / 72 > VK_DRAW_PNG_MAX;
}

enum vk_code vk_draw_stream(const struct vk_scene *scene, struct vk_fonts *fonts, FILE *out,
			    const char *name, const struct vk_draw_opts *opts, struct vk_error *err)
{
	cairo_status_t status;
	struct pages pg;
	int werr;

	if (opts->format == VK_DRAW_PNG &&
	    (vk_draw_png_too_big(scene->width, opts->dpi) ||
	     vk_draw_png_too_big(scene->height * scene->pages, opts->dpi)))
		return vk_error_set(err, VK_ECANTCREAT,
				    "%s: the image would be over %d pixels; draw it at a lower "
				    "resolution or as PDF",
				    name, VK_DRAW_PNG_MAX);
	pages_index(scene, &pg);
	status = draw_to(scene, &pg, -1, fonts, out, opts, &werr);
	pages_free(&pg);
	if (status == CAIRO_STATUS_SUCCESS && werr)
		status = CAIRO_STATUS_WRITE_ERROR;
	return status == CAIRO_STATUS_SUCCESS ? VK_OK : draw_error(name, status, werr, err);
}

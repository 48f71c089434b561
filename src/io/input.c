/* Whole-file input, UTF-8 validation, and the table of input kinds that says what kind
 * a file is and reads it into the tagged list vk_db_import takes. */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "alloc.h"
#include "sheet.h"
#include "yaml.h"

enum vk_code vk_input_read(const char *path, char **data, size_t *size, struct vk_error *err)
{
	FILE *f = fopen(path, "rb");
	struct stat st = {0};
	char *buf = NULL, *more;
	size_t used = 0, cap = 0, got;
	enum vk_code rc = VK_OK;

	*data = NULL;
	*size = 0;
	if (!f)
		return vk_error_set(err, errno == ENOENT ? VK_ENOINPUT : VK_EIO,
				    "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		return vk_error_set(err, VK_ENOINPUT, "%s: is a directory, not a file", path);
	}
	/* a regular file is read in one allocation; a pipe or device grows one */
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > VK_INPUT_MAX)
		goto too_large;
	cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 2 : 65536;
	for (;;) {
		if (!buf || cap - used < 2) {
			if (buf)
				cap = cap > VK_INPUT_MAX / 2 ? VK_INPUT_MAX + 2 : cap * 2;
			if (!(more = realloc(buf, cap))) {
				rc = vk_error_set(err, VK_EIO,
						  "%s: not enough memory to read it (%zu MB read)",
						  path, used >> 20);
				goto out;
			}
			buf = more;
		}
		got = fread(buf + used, 1, cap - used - 1, f);
		used += got;
		if (used > VK_INPUT_MAX)
			goto too_large;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		rc = vk_error_set(err, VK_EIO, "%s: cannot read: %s", path, strerror(errno));
		goto out;
	}
	buf[used] = '\0';
	*data = buf;
	*size = used;
	buf = NULL;
	goto out;
too_large:
	rc = vk_error_set(err, VK_EDATA,
			  "%s: larger than %zu MB, the most veikart reads from one input file",
			  path, VK_INPUT_MAX >> 20);
out:
	free(buf);
	fclose(f);
	return rc;
}

bool vk_input_bad_utf8(const char *text, size_t n, int *line, int *col)
{
	const unsigned char *s = (const unsigned char *)text;
	int l = 1, c = 1;

	for (size_t i = 0; i < n;) {
		unsigned char b = s[i];
		size_t len = b < 0x80	      ? 1
			     : (b >> 5) == 6  ? 2
			     : (b >> 4) == 14 ? 3
			     : (b >> 3) == 30 ? 4
					      : 0;
		bool ok = len > 0 && b != 0 && i + len <= n;
		uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1f : len == 3 ? b & 0x0f : b & 0x07;

		for (size_t k = 1; ok && k < len; k++) {
			ok = (s[i + k] & 0xc0) == 0x80;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		/* no overlong forms, surrogates or code points past U+10FFFF */
		if (ok && len > 1)
			ok = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) &&
			     !(len == 4 && (cp < 0x10000 || cp > 0x10ffff)) &&
			     !(cp >= 0xd800 && cp <= 0xdfff);
		if (!ok) {
			*line = l;
			*col = c;
			return true;
		}
		if (b == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
		i += len;
	}
	return false;
}

/* ---- the input kinds ---- */

static void push(struct vk_input_list *list, enum vk_input_kind kind, const char *name, void *data,
		 bool converted, char *const *notes, size_t notes_n)
{
	struct vk_input *in = VK_PUSH(list->items);

	*in = (struct vk_input){.kind = kind,
				.file = name,
				.data = data,
				.converted = converted,
				.notes = notes,
				.notes_n = notes_n};
}

static enum vk_code read_portfolio(const char *name, const char *data, size_t size,
				   struct vk_input_list *list, struct vk_error *err)
{
	struct vk_yaml_doc doc;
	enum vk_code rc;

	if ((rc = vk_yaml_read_doc(name, data, size, &doc, err)))
		return rc;
	push(list, VK_INPUT_PORTFOLIO, name, doc.pf, false, NULL, 0);
	/* its reports, scores and costs sections, each an item of its own kind after the
	 * model, so the store checks and saves them as it does a sheet's */
	if (doc.status)
		push(list, VK_INPUT_STATUS, name, doc.status, false, NULL, 0);
	if (doc.scores)
		push(list, VK_INPUT_SCORES, name, doc.scores, false, NULL, 0);
	if (doc.costs)
		push(list, VK_INPUT_COSTS, name, doc.costs, false, NULL, 0);
	return VK_OK;
}

static enum vk_code read_status(const char *name, const char *data, size_t size,
				struct vk_input_list *list, struct vk_error *err)
{
	struct vk_status_file *f;
	enum vk_code rc;

	if ((rc = vk_sheet_read_status(name, data, size, &f, err)))
		return rc;
	push(list, VK_INPUT_STATUS, name, f, f->converted, f->notes, f->notes_n);
	return VK_OK;
}

static enum vk_code read_scores(const char *name, const char *data, size_t size,
				struct vk_input_list *list, struct vk_error *err)
{
	struct vk_score_file *f;
	enum vk_code rc;

	if ((rc = vk_sheet_read_scores(name, data, size, &f, err)))
		return rc;
	push(list, VK_INPUT_SCORES, name, f, f->converted, NULL, 0);
	return VK_OK;
}

static enum vk_code read_costs(const char *name, const char *data, size_t size,
			       struct vk_input_list *list, struct vk_error *err)
{
	struct vk_cost_file *f;
	enum vk_code rc;

	if ((rc = vk_sheet_read_costs(name, data, size, &f, err)))
		return rc;
	push(list, VK_INPUT_COSTS, name, f, f->converted, f->notes, f->notes_n);
	return VK_OK;
}

static void free_portfolio(void *data)
{
	vk_model_free(data);
}

static void free_status(void *data)
{
	vk_status_file_free(data);
}

static void free_scores(void *data)
{
	vk_score_file_free(data);
}

static void free_costs(void *data)
{
	vk_cost_file_free(data);
}

/* One row per kind, in the order a file's content is tried (the portfolio file, which
 * no header tells, last: it is what is left). To add
 *   - a reader of a kind there is (status sheets as .xlsx): one row with that kind, its
 *     sniff (or suffix) and its read function, which pushes the kind's usual struct;
 *     nothing changes in the store;
 *   - a new kind (a council-meetings file): a value in enum vk_input_kind
 *     (src/core/input-kind.h), one row here with its reader, and one row in the store's
 *     table (db/store-import.c) that checks and saves it, with an operation of
 *     struct vk_store_ops (db/store-ops.h) in each backend to write it. */
static const struct vk_input_type types[] = {
    {VK_INPUT_COSTS,
     {"kostnadstall", "cost figures"},
     vk_sheet_is_costs,
     NULL,
     read_costs,
     free_costs},
    {VK_INPUT_SCORES,
     {"tiltak med score", "scored measures"},
     vk_sheet_is_scores,
     NULL,
     read_scores,
     free_scores},
    {VK_INPUT_STATUS,
     {"statusrapporter", "status reports"},
     vk_sheet_is_status,
     ".csv",
     read_status,
     free_status},
    {VK_INPUT_PORTFOLIO,
     {"programmer og prosjekter", "programmes and projects"},
     NULL,
     NULL,
     read_portfolio,
     free_portfolio},
};
_Static_assert(sizeof(types) / sizeof(types[0]) == VK_INPUT_KINDS, "one row per input kind");

const struct vk_input_type *vk_input_type(enum vk_input_kind kind)
{
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (types[i].kind == kind)
			return &types[i];
	abort(); /* a kind without a row: the assertion above keeps that from happening */
}

static bool ends_with(const char *name, const char *suffix)
{
	size_t n = strlen(name), k = strlen(suffix);

	return n > k && strcasecmp(name + n - k, suffix) == 0;
}

enum vk_code vk_input_parse(const char *name, const char *data, size_t size,
			    struct vk_input_list *list, struct vk_error *err)
{
	const size_t n = sizeof(types) / sizeof(types[0]);
	const struct vk_input_type *t = NULL;

	for (size_t i = 0; i < n && !t; i++)
		if (types[i].sniff && types[i].sniff(data, size))
			t = &types[i];
	for (size_t i = 0; i < n && !t; i++)
		if (types[i].suffix && ends_with(name, types[i].suffix))
			t = &types[i];
	for (size_t i = 0; i < n && !t; i++)
		if (!types[i].sniff && !types[i].suffix)
			t = &types[i];
	return t->read(name, data, size, list, err);
}

void vk_input_list_clear(struct vk_input_list *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->items_n; i++)
		vk_input_type(list->items[i].kind)->free(list->items[i].data);
	free(list->items);
	memset(list, 0, sizeof(*list));
}

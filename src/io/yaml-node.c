/* Walking a libfyaml document tree: positions of nodes, typed scalars, mapping entries,
 * and the reader's error messages. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "decimal.h"
#include "number.h"
#include "score.h"
#include "utf8.h"
#include "yaml-int.h"

enum vk_code vk_yaml_fail(struct vk_yaml_reader *r, struct vk_pos pos, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return vk_error_set(r->err, VK_EDATA, "%s:%d:%d: %s", r->file, pos.line, pos.col, msg);
}

/* Where a node starts: its own token for scalars, else its first scalar inside, else
 * `fallback` (the key that holds it). */
struct vk_pos vk_yaml_pos(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos fallback)
{
	void *it = NULL;
	struct fy_node_pair *pair;
	struct fy_node *child;

	if (!n)
		return fallback;
	if (fy_node_is_scalar(n)) {
		struct fy_token *t = fy_node_get_scalar_token(n);
		const struct fy_mark *m = t ? fy_token_start_mark(t) : NULL;
		if (m)
			return (struct vk_pos){r->file, m->line + 1, m->column + 1};
		return fallback;
	}
	if (fy_node_is_mapping(n) && (pair = fy_node_mapping_iterate(n, &it)))
		return vk_yaml_pos(r, fy_node_pair_key(pair), fallback);
	if (fy_node_is_sequence(n) && (child = fy_node_sequence_iterate(n, &it)))
		return vk_yaml_pos(r, child, fallback);
	return fallback;
}

static const char *type_name(struct fy_node *n)
{
	if (!n)
		return "nothing";
	if (fy_node_is_mapping(n))
		return "a mapping";
	if (fy_node_is_sequence(n))
		return "a list";
	return "a scalar";
}

/* The text of a scalar; NULL (and an error) for anything else or a null/empty value. */
static char *scalar(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at, const char *key,
		    const char *expected)
{
	const char *s, *problem;
	size_t len, cells;
	char buf[96], *t;

	if (!n || !fy_node_is_scalar(n) || fy_node_is_alias(n)) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at), "'%s' must be %s, not %s", key, expected,
			     type_name(n));
		return NULL;
	}
	s = fy_node_get_scalar(n, &len);
	/* YAML 1.2's nulls: ~, null, Null, NULL (compared by length: no NUL ends `s`) */
	if (!s || len == 0 ||
	    (fy_node_get_style(n) == FYNS_PLAIN &&
	     ((len == 1 && s[0] == '~') ||
	      (len == 4 && (memcmp(s, "null", 4) == 0 || memcmp(s, "Null", 4) == 0 ||
			    memcmp(s, "NULL", 4) == 0))))) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at), "'%s' is empty (expected %s)", key,
			     expected);
		return NULL;
	}
	/* the file is UTF-8, but escapes ("\x1b", "\0", "\uFFFF") are not: text that would
	 * break the workbook's XML or a terminal never reaches the store */
	if ((problem = vk_utf8_problem(s, len, buf, sizeof(buf)))) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at), "'%s' %s", key, problem);
		return NULL;
	}
	/* a text no workbook cell holds would make every 'export xlsx' fail from then on */
	t = vk_xstrndup(s, len);
	if ((cells = vk_utf8_cell_length(t)) > VK_UTF8_CELL_MAX) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at),
			     "'%s' has %zu characters, more than a spreadsheet cell holds (%d)",
			     key, cells, VK_UTF8_CELL_MAX);
		free(t);
		return NULL;
	}
	return t;
}

enum vk_code vk_yaml_string(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			    const char *key, char **out)
{
	char *s = scalar(r, n, at, key, "a string");

	if (!s)
		return VK_EDATA;
	free(*out);
	*out = s;
	return VK_OK;
}

/* Whether `s` is a whole number with a leading zero (017, -08): YAML 1.1 readers take
 * 017 as octal 15, veikart would take 17, so the form is refused rather than read one
 * way. With a decimal point or an exponent (00.5) it is a float to every reader. */
static bool leading_zero(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	return s[0] == '0' && s[1] >= '0' && s[1] <= '9' && !strpbrk(s, ".eE");
}

static enum vk_code fail_leading_zero(struct vk_yaml_reader *r, struct vk_pos pos, const char *key,
				      const char *s)
{
	return vk_yaml_fail(
	    r, pos,
	    "'%s' is '%.40s', a number with a leading zero, which YAML 1.1 reads as "
	    "octal (017 is 15): write it without the zero",
	    key, s);
}

/* Parses `s` as a whole number in min..max for `key`; the error points at `pos`. */
enum vk_code vk_yaml_parse_int(struct vk_yaml_reader *r, const char *s, struct vk_pos pos,
			       const char *key, long min, long max, int *out)
{
	char *end;
	long v;

	if (leading_zero(s))
		return fail_leading_zero(r, pos, key, s);
	errno = 0;
	v = strtol(s, &end, 10);
	/* strtol also skips spaces; base 10 already refuses 0x10 */
	if (!(*s == '-' || (*s >= '0' && *s <= '9')) || *end || end == s || errno || v < min ||
	    v > max)
		return vk_yaml_fail(r, pos,
				    "'%s' must be a whole number from %ld to %ld, not '%.40s'", key,
				    min, max, s);
	*out = (int)v;
	return VK_OK;
}

enum vk_code vk_yaml_int(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			 const char *key, long min, long max, int *out)
{
	char *s = scalar(r, n, at, key, "a whole number");
	enum vk_code rc;

	if (!s)
		return VK_EDATA;
	rc = vk_yaml_parse_int(r, s, vk_yaml_pos(r, n, at), key, min, max, out);
	free(s);
	return rc;
}

/* A plain decimal number from min to max: no hex, inf or nan (see vk_decimal_parse). */
static enum vk_code get_decimal(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
				const char *key, const char *expected, double min, double max,
				double *out)
{
	char *s = scalar(r, n, at, key, expected);
	double v;

	if (!s)
		return VK_EDATA;
	if (leading_zero(s)) {
		fail_leading_zero(r, vk_yaml_pos(r, n, at), key, s);
		free(s);
		return VK_EDATA;
	}
	if (vk_decimal_digits(s) > VK_NUMBER_DIGITS_MAX) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at),
			     "'%s' has more than %d significant digits: '%.40s' (veikart keeps %d "
			     "exactly, as in sheets: round it)",
			     key, VK_NUMBER_DIGITS_MAX, s, VK_NUMBER_DIGITS_MAX);
		free(s);
		return VK_EDATA;
	}
	if (!vk_decimal_parse(s, &v) || v < min || v > max) {
		vk_yaml_fail(r, vk_yaml_pos(r, n, at),
			     "'%s' must be %s, written in decimals, not '%.40s'", key, expected, s);
		free(s);
		return VK_EDATA;
	}
	free(s);
	*out = v + 0.0; /* -0 is 0 */
	return VK_OK;
}

enum vk_code vk_yaml_mnok(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, double *out)
{
	/* the bound of the sheets' budgets, so that sums stay finite */
	return get_decimal(r, n, at, key, "an amount in MNOK from 0 to 1e12", 0, 1e12, out);
}

enum vk_code vk_yaml_weight(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			    const char *key, double *out)
{
	char expected[32];

	snprintf(expected, sizeof(expected), "a weight from 0 to %d", VK_WEIGHT_MAX);
	return get_decimal(r, n, at, key, expected, 0, VK_WEIGHT_MAX, out);
}

enum vk_code vk_yaml_score(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			   const char *key, double *out)
{
	/* a score sheet's cells: 0 to 10 */
	return get_decimal(r, n, at, key, "a value from 0 to 10", 0, 10, out);
}

enum vk_code vk_yaml_date(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, enum vk_date_side side, int *out)
{
	char *s = scalar(r, n, at, key, "a date");
	struct vk_error derr;

	if (!s)
		return VK_EDATA;
	if (vk_date_parse(s, side, out, NULL, &derr)) {
		free(s);
		return vk_yaml_fail(r, vk_yaml_pos(r, n, at), "'%s': %s", key, derr.msg);
	}
	free(s);
	return VK_OK;
}

enum vk_code vk_yaml_bool(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			  const char *key, bool *out)
{
	char *s = scalar(r, n, at, key, "true or false");
	enum vk_code rc = VK_OK;

	if (!s)
		return VK_EDATA;
	if (strcmp(s, "true") == 0)
		*out = true;
	else if (strcmp(s, "false") == 0)
		*out = false;
	else
		rc = vk_yaml_fail(r, vk_yaml_pos(r, n, at),
				  "'%s' must be true or false, not '%.40s'", key, s);
	free(s);
	return rc;
}

bool vk_yaml_expect_list(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			 const char *key)
{
	if (n && fy_node_is_sequence(n))
		return true;
	vk_yaml_fail(r, vk_yaml_pos(r, n, at), "'%s' must be a list, not %s", key, type_name(n));
	return false;
}

bool vk_yaml_expect_map(struct vk_yaml_reader *r, struct fy_node *n, struct vk_pos at,
			const char *what)
{
	if (n && fy_node_is_mapping(n))
		return true;
	vk_yaml_fail(r, vk_yaml_pos(r, n, at), "%s must be a mapping of keys to values, not %s",
		     what, type_name(n));
	return false;
}

/* Steps through the pairs of mapping `map`; false at the end or on a non-scalar key. */
bool vk_yaml_next_entry(struct vk_yaml_reader *r, struct fy_node *map, void **it,
			struct vk_yaml_entry *e, enum vk_code *rc)
{
	struct fy_node_pair *pair = fy_node_mapping_iterate(map, it);
	struct fy_node *key;
	const char *s;
	size_t len;

	if (!pair)
		return false;
	key = fy_node_pair_key(pair);
	e->value = fy_node_pair_value(pair);
	e->pos = vk_yaml_pos(r, key, vk_yaml_pos(r, map, (struct vk_pos){r->file, 1, 1}));
	if (!key || !fy_node_is_scalar(key) || !(s = fy_node_get_scalar(key, &len))) {
		*rc = vk_yaml_fail(r, e->pos, "a key must be a plain word, not %s", type_name(key));
		return false;
	}
	/* "code\0x" would be read as "code" below */
	if (memchr(s, '\0', len)) {
		*rc = vk_yaml_fail(r, e->pos, "a key contains a NUL character");
		return false;
	}
	e->key = fy_node_get_scalar0(key);
	return true;
}

enum vk_code vk_yaml_unknown_key(struct vk_yaml_reader *r, const struct vk_yaml_entry *e,
				 const char *where, const char *known)
{
	return vk_yaml_fail(r, e->pos, "unknown key '%.40s' in %s (expected one of: %s)", e->key,
			    where, known);
}

enum vk_code vk_yaml_missing_key(struct vk_yaml_reader *r, struct vk_pos at, const char *key,
				 const char *where)
{
	return vk_yaml_fail(r, at, "%s has no '%s'", where, key);
}

/* Text checks shared by every source of text (files, sheets, the command line) and the
 * escaping of text shown where a control character would do harm (a terminal, an error
 * line). A "control character" here is C0 but tab and newline, DEL and C1: these break
 * the workbook's XML (XML 1.0 forbids most of C0) or a terminal, and no portfolio needs
 * them. */
#ifndef VK_UTF8_H
#define VK_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* What is wrong with a text, first fault first. */
enum vk_utf8_fault {
	VK_UTF8_OK = 0,
	VK_UTF8_INVALID, /* not UTF-8: a stray, overlong, surrogate or out-of-range sequence */
	VK_UTF8_NUL,	 /* a NUL byte */
	VK_UTF8_CONTROL, /* a control character other than tab and newline */
	VK_UTF8_NONCHAR, /* U+FFFE or U+FFFF, which XML 1.0 forbids */
};

/* Checks the `n` bytes of `s`: valid UTF-8 with no NUL, control character or XML
 * non-character. On a fault, `*at` (may be NULL) is the byte offset of the first bad
 * character. */
enum vk_utf8_fault vk_utf8_check(const char *s, size_t n, size_t *at);

/* Checks `s` as vk_utf8_check does: NULL when it is fine, else what is wrong, for a
 * message, written into `buf`: "is not UTF-8 text", "contains a NUL character",
 * "contains the control character U+001B (only tab and newline are allowed)" or
 * "contains U+FFFF, which is not a character". */
const char *vk_utf8_problem(const char *s, size_t n, char *buf, size_t size);

/* Decodes the character at `s` (of `n` bytes left, n > 0): its code point, or -1 when
 * the bytes there are not UTF-8; `*len` is its length (1 for a bad byte). */
long vk_utf8_decode(const char *s, size_t n, size_t *len);

/* The most text a spreadsheet cell holds, in UTF-16 units (Excel's limit): every text
 * veikart takes must fit one, so that the store can always be exported. */
#define VK_UTF8_CELL_MAX 32767

/* The length of UTF-8 text `s` as Excel counts it: UTF-16 units (a character beyond
 * U+FFFF counts two). */
size_t vk_utf8_cell_length(const char *s);

/* True when `s` holds anything vk_utf8_escape would change. */
bool vk_utf8_needs_escape(const char *s, bool lines);

/* A copy of `s` safe to show on a terminal or in a one-line message: tab, newline and
 * carriage return as \t \n \r, other C0 and DEL as \xNN, C1 as \u0080..\u009F, and
 * bytes that are not UTF-8 as \xNN. With `lines`, tab and newline stay as they are
 * (text of several lines, where they do no harm). Caller frees. */
char *vk_utf8_escape(const char *s, bool lines);

#endif

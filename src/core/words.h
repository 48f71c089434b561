/* The words veikart shows in more than one place, in each language: one table, so a
 * colour, a month or "uten rapport" reads the same in the terminal, the charts and the
 * workbook. Text used once stays beside its use, in VK_TR. */
#ifndef VK_WORDS_H
#define VK_WORDS_H

#include "lang.h"

enum vk_word {
	VK_WORD_GRONN, /* "grønn" / "green" */
	VK_WORD_GUL,
	VK_WORD_ROD,
	VK_WORD_GRONN_CAP, /* "Grønn" / "Green": a heading or legend */
	VK_WORD_GUL_CAP,
	VK_WORD_ROD_CAP,
	VK_WORD_NO_REPORT,     /* "uten rapport" / "no report" */
	VK_WORD_NO_REPORT_CAP, /* "Uten rapport" / "No report" */
	VK_WORD_ARCHIVED,      /* "arkivert" / "archived" */
	VK_WORD_OUTSIDE,       /* "(utenfor)" / "(outside)": beyond a chart's axis */
	VK_WORD_NOT_SHOWN,     /* "(ikke vist)" / "(not shown)" */
	VK_WORD_PAGE,	       /* "s." / "p.": a page number's prefix */
	VK_WORD_ERROR,	       /* "feil" / "error" */
	VK_WORD_WARNING,       /* "advarsel" / "warning" */
	VK_WORD_JAN,	       /* month abbreviations on axes: "jan." / "Jan", ... */
	VK_WORD_FEB,
	VK_WORD_MAR,
	VK_WORD_APR,
	VK_WORD_MAY,
	VK_WORD_JUN,
	VK_WORD_JUL,
	VK_WORD_AUG,
	VK_WORD_SEP,
	VK_WORD_OCT,
	VK_WORD_NOV,
	VK_WORD_DEC,
	VK_WORD_COUNT
};

/* `word` in `lang` (static text); "?" for a value out of range. */
const char *vk_word(enum vk_word word, enum vk_lang lang);

/* The abbreviation of month `month` (1..12) in `lang`. */
const char *vk_word_month(int month, enum vk_lang lang);

#endif

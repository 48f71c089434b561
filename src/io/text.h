/* Text views for people (`veikart status`, `status --trend`, `score`, `score --explain`)
 * written to a stream in a language, and the printers of user text that every text view
 * and command uses. Library code: nothing here exits or prints anywhere but `out`. */
#ifndef VK_TEXT_H
#define VK_TEXT_H

#include <stddef.h>
#include <stdio.h>

#include "lang.h"
#include "model.h"
#include "score.h"
#include "status.h"

/* Prints text from the user or the store (not NULL): as it is, except on a terminal,
 * where control characters but tab and newline are shown escaped (\x1b, \r; see
 * vk_utf8_escape) so that no text can move the cursor, change colours or overwrite a
 * line. Every printer of user text goes through this or the ones below. */
void vk_text_print(FILE *out, const char *s);
/* As vk_text_print, for a field shown on one line (a name in a list): on a terminal, tab
 * and newline are shown escaped too. */
void vk_text_line(FILE *out, const char *s);

/* Prints `s` left-aligned in `width` characters (counting UTF-8 code points), cutting it
 * with an ellipsis when it is longer, and a two-space gap after it; on a terminal all
 * control characters, tab and newline too, are shown escaped. */
void vk_text_cell(FILE *out, const char *s, int width);

/* An amount of MNOK as stored, in `lang` (decimal comma and grouped thousands in nb):
 * with the fewest decimals, at most 6, that read back as the stored value, so 0.05 is
 * "0,05" and 40.25 "40,25", never rounded to one decimal. Returns `buf`. */
const char *vk_text_mnok(enum vk_lang lang, double v, char *buf, size_t size);

/* The status of one period (vk_status_summarise of the items of `pf`): the reports per
 * colour and the silent items, each with its share and the change since the previous
 * period, the budget, the red ones with their comments and the codes without a report. */
void vk_text_status(FILE *out, enum vk_lang lang, const struct vk_status_summary *s,
		    const struct vk_portfolio *pf);

/* One line per period of `rows` (n of them): counts per colour, silent, total, budget. */
void vk_text_trend(FILE *out, enum vk_lang lang, const struct vk_status_summary *rows, size_t n);

/* The ranking `s` (n scores, vk_score_rank with model `m`) with each group's value, then
 * the weights, naming every criterion weighted otherwise than `defaults` (the model's
 * weights, one per criterion) says. */
void vk_text_scores(FILE *out, enum vk_lang lang, const struct vk_scoring *m,
		    const double *defaults, const struct vk_score *s, size_t n);

/* How the score `s` of one measure is built under model `m`, criterion by criterion. */
void vk_text_explain(FILE *out, enum vk_lang lang, const struct vk_scoring *m,
		     const struct vk_score *s);

#endif

/* The shared words of words.h, Norwegian (bokmål) and English side by side. */
#include "words.h"

static const char *const words[][2] = {
    [VK_WORD_GRONN] = {"grønn", "green"},
    [VK_WORD_GUL] = {"gul", "yellow"},
    [VK_WORD_ROD] = {"rød", "red"},
    [VK_WORD_GRONN_CAP] = {"Grønn", "Green"},
    [VK_WORD_GUL_CAP] = {"Gul", "Yellow"},
    [VK_WORD_ROD_CAP] = {"Rød", "Red"},
    [VK_WORD_NO_REPORT] = {"uten rapport", "no report"},
    [VK_WORD_NO_REPORT_CAP] = {"Uten rapport", "No report"},
    [VK_WORD_ARCHIVED] = {"arkivert", "archived"},
    [VK_WORD_OUTSIDE] = {"(utenfor)", "(outside)"},
    [VK_WORD_NOT_SHOWN] = {"(ikke vist)", "(not shown)"},
    [VK_WORD_PAGE] = {"s.", "p."},
    [VK_WORD_ERROR] = {"feil", "error"},
    [VK_WORD_WARNING] = {"advarsel", "warning"},
    [VK_WORD_JAN] = {"jan.", "Jan"},
    [VK_WORD_FEB] = {"feb.", "Feb"},
    [VK_WORD_MAR] = {"mars", "Mar"},
    [VK_WORD_APR] = {"apr.", "Apr"},
    [VK_WORD_MAY] = {"mai", "May"},
    [VK_WORD_JUN] = {"juni", "Jun"},
    [VK_WORD_JUL] = {"juli", "Jul"},
    [VK_WORD_AUG] = {"aug.", "Aug"},
    [VK_WORD_SEP] = {"sep.", "Sep"},
    [VK_WORD_OCT] = {"okt.", "Oct"},
    [VK_WORD_NOV] = {"nov.", "Nov"},
    [VK_WORD_DEC] = {"des.", "Dec"},
};
_Static_assert(sizeof(words) / sizeof(words[0]) == VK_WORD_COUNT, "one entry per word");

const char *vk_word(enum vk_word word, enum vk_lang lang)
{
	if ((unsigned)word >= VK_WORD_COUNT || !words[word][0])
		return "?";
	return words[word][lang == VK_LANG_EN ? 1 : 0];
}

const char *vk_word_month(int month, enum vk_lang lang)
{
	return month >= 1 && month <= 12 ? vk_word((enum vk_word)(VK_WORD_JAN + month - 1), lang)
					 : "?";
}

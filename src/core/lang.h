/* The languages veikart prints headings and chart words in. */
#ifndef VK_LANG_H
#define VK_LANG_H

enum vk_lang { VK_LANG_NB, VK_LANG_EN };

/* `nb` or `en` as `lang` says. A macro, so that the compiler checks both when they are
 * printf formats (-Wformat); the one way every module picks a word by language. */
#define VK_TR(lang, nb, en) ((lang) == VK_LANG_EN ? (en) : (nb))

#endif

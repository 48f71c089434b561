/* The languages veikart prints headings and chart words in. */
#ifndef VK_LANG_H
#define VK_LANG_H

enum vk_lang { VK_LANG_NB, VK_LANG_EN };

#endif

/* veikart's colours, one place for the charts and the workbook: 0xRRGGBB. The phase
 * colours are the portfolio's own (its phase kinds); these are the rest. */
#ifndef VK_PALETTE_H
#define VK_PALETTE_H

#define VK_RGB_INK	   0x1F2933 /* body text */
#define VK_RGB_MUTED	   0x616E7C /* secondary text, outlines */
#define VK_RGB_RULE	   0xCBD2D9
#define VK_RGB_GRID	   0xE4E7EB
#define VK_RGB_BAND	   0xF3F5F8
#define VK_RGB_HEAD_BAND   0xDCE3EB
#define VK_RGB_STATUS_LINE 0xB8322A
#define VK_RGB_WHITE	   0xFFFFFF
#define VK_RGB_GOAL	   0xD55E00
#define VK_RGB_DEP	   0x4B5563 /* dependency arrows */
#define VK_RGB_HEAD	   0x1F4E79 /* the workbook's header row */
#define VK_RGB_SILENT	   0xD9DDE3 /* "uten rapport" */
/* the status colours, and the ink that reads on each */
#define VK_RGB_GRONN	0x2E7D32
#define VK_RGB_GUL	0xE8A800
#define VK_RGB_ROD	0xC62828
#define VK_RGB_ON_GRONN VK_RGB_WHITE
#define VK_RGB_ON_GUL	VK_RGB_INK
#define VK_RGB_ON_ROD	VK_RGB_WHITE
/* the score chart's groups, in order (Okabe and Ito's colours, told apart by those who
 * do not see every colour; the last is the goal's vermilion) */
#define VK_RGB_BLUE	    0x0072B2
#define VK_RGB_ORANGE	    0xE69F00
#define VK_RGB_BLUISH_GREEN 0x009E73
#define VK_RGB_PURPLE	    0xCC79A7
#define VK_RGB_SKY_BLUE	    0x56B4E9
#define VK_RGB_VERMILION    VK_RGB_GOAL

#endif

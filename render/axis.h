/* The time axis: a span of days mapped linearly onto a width in points, and the ticks of
 * a calendar unit across it.
 *
 * Day `d` occupies [x(d), x(d + 1)); the axis covers from..to inclusive, so x(from) is
 * the left edge and x(to + 1) the right edge. Ticks are clipped to the axis. */
#ifndef VK_AXIS_H
#define VK_AXIS_H

#include <stddef.h>

#include "lang.h"

struct vk_axis {
	int from, to; /* inclusive, days since 1970-01-01 */
	double x0, width;
};

enum vk_unit {
	VK_UNIT_NONE,
	VK_UNIT_YEAR,
	VK_UNIT_QUARTER,
	VK_UNIT_MONTH,
	VK_UNIT_WEEK,
	VK_UNIT_DAY
};

struct vk_tick {
	int start, end; /* the unit's days, clipped to the axis */
	char label[24];
};

/* The x of the left edge of day `date` (dates outside the axis give x outside it). */
double vk_axis_x(const struct vk_axis *axis, int date);

/* Picks the lower tier: the finest unit whose ticks are at least `min_width` points wide;
 * the upper tier is the unit above it (NONE above years). */
void vk_axis_tiers(const struct vk_axis *axis, double min_width, enum vk_unit *upper,
		   enum vk_unit *lower);

/* The ticks of `unit` across the axis, labelled in `lang`; `upper` labels are the long
 * forms ("jan. 2025" rather than "jan."). Caller frees `*ticks` with free(). */
size_t vk_axis_ticks(const struct vk_axis *axis, enum vk_unit unit, int upper, enum vk_lang lang,
		     struct vk_tick **ticks);

#endif

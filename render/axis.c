/* Time axis arithmetic and calendar ticks (ISO 8601 weeks). */
#include "axis.h"

#include <stdbool.h>
#include <stdio.h>

#include "alloc.h"
#include "date.h"
#include "words.h"

double vk_axis_x(const struct vk_axis *axis, int date)
{
	return axis->x0 + (double)(date - axis->from) * axis->width / (axis->to - axis->from + 1);
}

void vk_axis_tiers(const struct vk_axis *axis, double min_width, enum vk_unit *upper,
		   enum vk_unit *lower)
{
	double day = axis->width / (axis->to - axis->from + 1);

	if (day >= min_width) {
		*lower = VK_UNIT_DAY;
		*upper = VK_UNIT_MONTH;
	} else if (7 * day >= min_width) {
		*lower = VK_UNIT_WEEK;
		*upper = VK_UNIT_MONTH;
	} else if (30 * day >= min_width) {
		*lower = VK_UNIT_MONTH;
		*upper = VK_UNIT_YEAR;
	} else if (90 * day >= min_width) {
		*lower = VK_UNIT_QUARTER;
		*upper = VK_UNIT_YEAR;
	} else {
		*lower = VK_UNIT_YEAR;
		*upper = VK_UNIT_NONE;
	}
}

/* The first day of the unit that contains `date`. */
static int unit_start(enum vk_unit unit, int date)
{
	int y, m, d;

	vk_date_to_ymd(date, &y, &m, &d);
	switch (unit) {
	case VK_UNIT_YEAR:
		return vk_date_from_ymd(y, 1, 1);
	case VK_UNIT_QUARTER:
		return vk_date_from_ymd(y, (m - 1) / 3 * 3 + 1, 1);
	case VK_UNIT_MONTH:
		return vk_date_from_ymd(y, m, 1);
	case VK_UNIT_WEEK:
		return date - ((date % 7) + 7 + 3) % 7; /* back to Monday */
	default:
		return date;
	}
}

static int unit_next(enum vk_unit unit, int start)
{
	int y, m, d;

	vk_date_to_ymd(start, &y, &m, &d);
	switch (unit) {
	case VK_UNIT_YEAR:
		return vk_date_from_ymd(y + 1, 1, 1);
	case VK_UNIT_QUARTER:
		return m >= 10 ? vk_date_from_ymd(y + 1, 1, 1) : vk_date_from_ymd(y, m + 3, 1);
	case VK_UNIT_MONTH:
		return m == 12 ? vk_date_from_ymd(y + 1, 1, 1) : vk_date_from_ymd(y, m + 1, 1);
	case VK_UNIT_WEEK:
		return start + 7;
	default:
		return start + 1;
	}
}

static void label(enum vk_unit unit, int start, int upper, enum vk_lang lang, char *buf,
		  size_t size)
{
	bool en = lang == VK_LANG_EN;
	int y, m, d, wy;

	vk_date_to_ymd(start, &y, &m, &d);
	switch (unit) {
	case VK_UNIT_YEAR:
		snprintf(buf, size, "%d", y);
		break;
	case VK_UNIT_QUARTER:
		snprintf(buf, size, upper ? (en ? "Q%d %d" : "%d. kv. %d") : (en ? "Q%d" : "K%d"),
			 (m - 1) / 3 + 1, y);
		break;
	case VK_UNIT_MONTH:
		if (upper)
			snprintf(buf, size, "%s %d", vk_word_month(m, lang), y);
		else
			snprintf(buf, size, "%s", vk_word_month(m, lang));
		break;
	case VK_UNIT_WEEK:
		snprintf(buf, size, en ? "W%d" : "u. %d", vk_date_iso_week(start, &wy));
		break;
	case VK_UNIT_DAY:
		snprintf(buf, size, "%d", d);
		break;
	default:
		buf[0] = '\0';
	}
}

size_t vk_axis_ticks(const struct vk_axis *axis, enum vk_unit unit, int upper, enum vk_lang lang,
		     struct vk_tick **ticks)
{
	struct vk_tick *t = NULL;
	size_t t_n = 0, t_cap = 0;

	*ticks = NULL;
	if (unit == VK_UNIT_NONE)
		return 0;
	for (int s = unit_start(unit, axis->from); s <= axis->to; s = unit_next(unit, s)) {
		struct vk_tick *k = VK_PUSH(t);
		int e = unit_next(unit, s) - 1;

		k->start = s < axis->from ? axis->from : s;
		k->end = e > axis->to ? axis->to : e;
		label(unit, s, upper, lang, k->label, sizeof(k->label));
	}
	*ticks = t;
	return t_n;
}

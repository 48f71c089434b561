/* Calendar dates and the periods users write them in.
 *
 * A date is a count of days since 1970-01-01 (proleptic Gregorian), so spans compare and
 * subtract as plain ints. Users write a day (2023-09-15), a month (2023-09), a quarter
 * (2023-Q3), a half-year (2023-H2) or a year (2028); as a start the text means the first
 * day of that period, as an end the last day. Years 1000..9999 only. */
#ifndef VK_DATE_H
#define VK_DATE_H

#include <limits.h>

#include "error.h"

#define VK_DATE_NONE	 INT_MIN /* "no date" in optional fields */
#define VK_DATE_TEXT_MAX 11	 /* "YYYY-MM-DD" and its NUL */

enum vk_date_side {
	VK_DATE_START, /* first day of the period */
	VK_DATE_END    /* last day of the period */
};

enum vk_date_precision { VK_PREC_DAY, VK_PREC_MONTH, VK_PREC_QUARTER, VK_PREC_HALF, VK_PREC_YEAR };

/* Days since 1970-01-01 of a valid y-m-d. */
int vk_date_from_ymd(int y, int m, int d);
/* Splits `date` into year, month 1..12 and day 1..31; any out-pointer may be NULL. */
void vk_date_to_ymd(int date, int *y, int *m, int *d);
/* Days in month `m` of year `y`. */
int vk_date_month_days(int y, int m);

/* Parses `text` in any of the forms above into `*date`, the first or last day of the
 * period as `side` says, and its precision into `*prec` (may be NULL). On error returns
 * VK_EDATA with a message that quotes the text and lists the accepted forms. */
enum vk_code vk_date_parse(const char *text, enum vk_date_side side, int *date,
			   enum vk_date_precision *prec, struct vk_error *err);

/* Writes `date` as YYYY-MM-DD into `buf` (VK_DATE_TEXT_MAX bytes) and returns `buf`. */
char *vk_date_format(int date, char buf[VK_DATE_TEXT_MAX]);

/* ISO 8601 week number 1..53 of `date`, and its week-based year into `*year` (may be NULL). */
int vk_date_iso_week(int date, int *year);

#endif

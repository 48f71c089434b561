/* Civil-date arithmetic (after Howard Hinnant's days_from_civil) and period parsing. */
#include "date.h"

#include <stdio.h>
#include <string.h>

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int vk_date_month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int vk_date_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void vk_date_to_ymd(int date, int *y, int *m, int *d)
{
	int z = date + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int dd = doy - (153 * mp + 2) / 5 + 1;
	int mm = mp < 10 ? mp + 3 : mp - 9;

	if (y)
		*y = yoe + era * 400 + (mm <= 2);
	if (m)
		*m = mm;
	if (d)
		*d = dd;
}

char *vk_date_format(int date, char buf[VK_DATE_TEXT_MAX])
{
	int y, m, d;

	vk_date_to_ymd(date, &y, &m, &d);
	snprintf(buf, VK_DATE_TEXT_MAX, "%04d-%02d-%02d", y, m, d);
	return buf;
}

/* Reads exactly `n` decimal digits at `*s`, advancing it; -1 when they are not there. */
static int digits(const char **s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if ((*s)[i] < '0' || (*s)[i] > '9')
			return -1;
		v = v * 10 + ((*s)[i] - '0');
	}
	*s += n;
	return v;
}

enum vk_code vk_date_parse(const char *text, enum vk_date_side side, int *date,
			   enum vk_date_precision *prec, struct vk_error *err)
{
	const char *s = text;
	int y, m0 = 1, m1 = 12, d0 = 1, d1 = 0;
	enum vk_date_precision p = VK_PREC_YEAR;

	if (!text)
		return vk_error_set(err, VK_EDATA, "missing date");
	y = digits(&s, 4);
	if (y < 1000)
		goto bad;
	if (*s == '-') {
		s++;
		/* a quarter (Q1..Q4) or a half-year (H1, H2): `n` parts of 12 / n months */
		int n = *s == 'Q' || *s == 'q' ? 4 : *s == 'H' || *s == 'h' ? 2 : 0;
		if (n) {
			int k;
			s++;
			k = digits(&s, 1);
			if (k < 1 || k > n)
				goto bad;
			m0 = 12 / n * (k - 1) + 1;
			m1 = 12 / n * k;
			p = n == 4 ? VK_PREC_QUARTER : VK_PREC_HALF;
		} else {
			int m = digits(&s, 2);
			if (m < 1 || m > 12)
				goto bad;
			m0 = m1 = m;
			p = VK_PREC_MONTH;
			if (*s == '-') {
				s++;
				d0 = d1 = digits(&s, 2);
				if (d0 < 1 || d0 > vk_date_month_days(y, m))
					goto bad;
				p = VK_PREC_DAY;
			}
		}
	}
	if (*s != '\0')
		goto bad;
	if (d1 == 0)
		d1 = vk_date_month_days(y, m1);
	*date = side == VK_DATE_START ? vk_date_from_ymd(y, m0, d0) : vk_date_from_ymd(y, m1, d1);
	if (prec)
		*prec = p;
	return VK_OK;
bad:
	return vk_error_set(err, VK_EDATA,
			    "invalid date '%.40s' (expected a day 2023-09-15, a month 2023-09, "
			    "a quarter 2023-Q3, a half-year 2023-H2 or a year 2028)",
			    text);
}

int vk_date_iso_week(int date, int *year)
{
	/* 1970-01-01 was a Thursday; ISO weekday 1 = Monday. */
	int wday = ((date % 7) + 7 + 3) % 7 + 1;
	int thursday = date - wday + 4; /* the Thursday of this ISO week decides its year */
	int y;

	vk_date_to_ymd(thursday, &y, NULL, NULL);
	if (year)
		*year = y;
	return (thursday - vk_date_from_ymd(y, 1, 1)) / 7 + 1;
}

/* Dates and periods: every accepted form as start and end, and what is refused. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "helpers.h"

static int parse(const char *text, enum vk_date_side side)
{
	struct vk_error err;
	int d = 0;

	ck_assert_int_eq(vk_date_parse(text, side, &d, NULL, &err), VK_OK);
	return d;
}

static const char *text(int date)
{
	static char buf[VK_DATE_TEXT_MAX]; /* test-only convenience */
	return vk_date_format(date, buf);
}

/* Each row {text, first day, last day}: `text` read as a start and as an end. */
static void spans(const char *const (*rows)[3], size_t n)
{
	for (size_t i = 0; i < n; i++) {
		ck_assert_str_eq(text(parse(rows[i][0], VK_DATE_START)), rows[i][1]);
		ck_assert_str_eq(text(parse(rows[i][0], VK_DATE_END)), rows[i][2]);
	}
}
#define SPANS(rows) spans(rows, sizeof(rows) / sizeof(rows[0]))

START_TEST(day_is_itself_as_start_and_end)
{
	static const char *const rows[][3] = {{"2023-09-15", "2023-09-15", "2023-09-15"}};
	SPANS(rows);
}
END_TEST

START_TEST(month_spans_first_to_last_day)
{
	static const char *const rows[][3] = {
	    {"2023-09", "2023-09-01", "2023-09-30"}, {"2024-02", "2024-02-01", "2024-02-29"},
	    {"2023-02", "2023-02-01", "2023-02-28"}, {"1900-02", "1900-02-01", "1900-02-28"},
	    {"2000-02", "2000-02-01", "2000-02-29"},
	};
	SPANS(rows);
}
END_TEST

START_TEST(quarter_and_half_year_span_their_months)
{
	static const char *const rows[][3] = {
	    {"2023-Q3", "2023-07-01", "2023-09-30"}, {"2023-Q1", "2023-01-01", "2023-03-31"},
	    {"2023-q4", "2023-10-01", "2023-12-31"}, {"2023-H2", "2023-07-01", "2023-12-31"},
	    {"2023-H1", "2023-01-01", "2023-06-30"},
	};
	SPANS(rows);
}
END_TEST

START_TEST(year_spans_the_whole_year)
{
	static const char *const rows[][3] = {{"2028", "2028-01-01", "2028-12-31"}};
	SPANS(rows);
}
END_TEST

START_TEST(precision_is_reported)
{
	enum vk_date_precision p;
	int d;

	vk_date_parse("2023-H2", VK_DATE_START, &d, &p, NULL);
	ck_assert_int_eq(p, VK_PREC_HALF);
	vk_date_parse("2023-09-01", VK_DATE_START, &d, &p, NULL);
	ck_assert_int_eq(p, VK_PREC_DAY);
}
END_TEST

START_TEST(epoch_and_round_trip)
{
	int y, m, d;

	ck_assert_int_eq(vk_date_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(vk_date_from_ymd(2000, 3, 1), 11017);
	for (int day = -800000; day < 800000; day += 997) {
		vk_date_to_ymd(day, &y, &m, &d);
		ck_assert_int_eq(vk_date_from_ymd(y, m, d), day);
	}
}
END_TEST

START_TEST(other_forms_are_refused_with_the_text_quoted)
{
	static const char *const bad[] = {"",
					  "23",
					  "2023-13",
					  "2023-00",
					  "2023-02-29",
					  "2023-9",
					  "2023-Q5",
					  "2023-Q0",
					  "2023-H3",
					  "2023-09-31",
					  "2023/09/15",
					  "2023-09-15x",
					  "tredje kvartal 2023",
					  "0999",
					  "2023-",
					  " 2023"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct vk_error err;
		int d;
		char quoted[64];

		ck_assert_int_eq(vk_date_parse(bad[i], VK_DATE_START, &d, NULL, &err), VK_EDATA);
		snprintf(quoted, sizeof(quoted), "'%s'", bad[i]);
		ck_assert_msg(strstr(err.msg, quoted), "message '%s' quotes '%s'", err.msg, bad[i]);
	}
}
END_TEST

START_TEST(iso_week_numbers)
{
	int y;

	ck_assert_int_eq(vk_date_iso_week(vk_date_from_ymd(2021, 1, 3), &y), 53);
	ck_assert_int_eq(y, 2020);
	ck_assert_int_eq(vk_date_iso_week(vk_date_from_ymd(2021, 1, 4), &y), 1);
	ck_assert_int_eq(y, 2021);
	ck_assert_int_eq(vk_date_iso_week(vk_date_from_ymd(2024, 12, 30), &y), 1);
	ck_assert_int_eq(y, 2025);
	ck_assert_int_eq(vk_date_iso_week(vk_date_from_ymd(2023, 9, 15), NULL), 37);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("date");

	tcase_add_test(tc, day_is_itself_as_start_and_end);
	tcase_add_test(tc, month_spans_first_to_last_day);
	tcase_add_test(tc, quarter_and_half_year_span_their_months);
	tcase_add_test(tc, year_spans_the_whole_year);
	tcase_add_test(tc, precision_is_reported);
	tcase_add_test(tc, epoch_and_round_trip);
	tcase_add_test(tc, other_forms_are_refused_with_the_text_quoted);
	tcase_add_test(tc, iso_week_numbers);
	return run_tcase("date", tc);
}

/* Text checks (utf8.c) and plain decimals (decimal.c): what every reader and the
 * command line accept as text and as a number, and how text is shown escaped. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "helpers.h"
#include "utf8.h"

static enum vk_utf8_fault check(const char *s, size_t *at)
{
	return vk_utf8_check(s, strlen(s), at);
}

START_TEST(text_with_tab_newline_and_any_language_is_fine)
{
	size_t at = 99;

	ck_assert_int_eq(check("Måloppnåelse\tgrønn\nlinje 2 – «ok» 😀", &at), VK_UTF8_OK);
	ck_assert_uint_eq(at, strlen("Måloppnåelse\tgrønn\nlinje 2 – «ok» 😀"));
	ck_assert_int_eq(check("", NULL), VK_UTF8_OK);
}
END_TEST

START_TEST(bad_utf8_is_found_where_it_starts)
{
	size_t at;

	ck_assert_int_eq(check("ab\xff\xfe", &at), VK_UTF8_INVALID);
	ck_assert_uint_eq(at, 2);
	ck_assert_int_eq(check("\xc0\x80", &at), VK_UTF8_INVALID);	   /* overlong NUL */
	ck_assert_int_eq(check("\xe0\x80\xaf", &at), VK_UTF8_INVALID);	   /* overlong '/' */
	ck_assert_int_eq(check("\xed\xa0\x80", &at), VK_UTF8_INVALID);	   /* a surrogate */
	ck_assert_int_eq(check("\xf4\x90\x80\x80", &at), VK_UTF8_INVALID); /* past U+10FFFF */
	ck_assert_int_eq(check("ø\xc3", &at), VK_UTF8_INVALID);		   /* cut short */
	ck_assert_uint_eq(at, 2);
	ck_assert_int_eq(vk_utf8_check("a\0b", 3, &at), VK_UTF8_NUL);
	ck_assert_uint_eq(at, 1);
}
END_TEST

START_TEST(controls_but_tab_and_newline_are_refused)
{
	size_t at;

	ck_assert_int_eq(check("rød\x1b[31m", &at), VK_UTF8_CONTROL);
	ck_assert_uint_eq(at, 4);
	ck_assert_int_eq(check("a\rb", NULL), VK_UTF8_CONTROL);
	ck_assert_int_eq(check("a\x7f", NULL), VK_UTF8_CONTROL);
	ck_assert_int_eq(check("a\xc2\x9b"
			       "31m",
			       NULL),
			 VK_UTF8_CONTROL);				 /* C1 CSI */
	ck_assert_int_eq(check("a\xef\xbf\xbf", NULL), VK_UTF8_NONCHAR); /* U+FFFF */
}
END_TEST

START_TEST(problems_are_described_with_the_character)
{
	char buf[96];

	ck_assert_ptr_null(vk_utf8_problem("grønn", 6, buf, sizeof(buf)));
	ck_assert_str_eq(
	    vk_utf8_problem("a\x1b", 2, buf, sizeof(buf)),
	    "contains the control character U+001B (only tab and newline are allowed)");
	ck_assert_str_eq(vk_utf8_problem("\xff", 1, buf, sizeof(buf)), "is not UTF-8 text");
	ck_assert_str_eq(vk_utf8_problem("\xef\xbf\xbe", 3, buf, sizeof(buf)),
			 "contains U+FFFE, which is not a character");
}
END_TEST

START_TEST(escaping_shows_every_control_and_bad_byte)
{
	char *e = vk_utf8_escape("a\nb\tc\rd\x1b[2J\x07\x7f\xc2\x9b\xff ø", false);

	ck_assert_str_eq(e, "a\\nb\\tc\\rd\\x1b[2J\\x07\\x7f\\u009b\\xff ø");
	free(e);
	e = vk_utf8_escape("linje 1\nlinje\t2\x1b", true);
	ck_assert_str_eq(e, "linje 1\nlinje\t2\\x1b");
	free(e);
	ck_assert(!vk_utf8_needs_escape("grønn – 😀", false));
	ck_assert(!vk_utf8_needs_escape("a\nb", true));
	ck_assert(vk_utf8_needs_escape("a\nb", false));
	ck_assert(vk_utf8_needs_escape("a\xe2\x82", true)); /* cut short */
}
END_TEST

START_TEST(plain_decimals_are_read)
{
	double v = -1;

	ck_assert(vk_decimal_parse("12.5", &v) && v == 12.5);
	ck_assert(vk_decimal_parse("0", &v) && v == 0);
	ck_assert(vk_decimal_parse("-3", &v) && v == -3);
	ck_assert(vk_decimal_parse("+3", &v) && v == 3);
	ck_assert(vk_decimal_parse(".5", &v) && v == 0.5);
	ck_assert(vk_decimal_parse("5.", &v) && v == 5);
	ck_assert(vk_decimal_parse("1e3", &v) && v == 1000);
	ck_assert(vk_decimal_parse("1.5E-2", &v) && v == 0.015);
	ck_assert(vk_decimal_parse("1e308", &v) && v == 1e308);
}
END_TEST

START_TEST(hex_inf_nan_and_garbage_are_refused)
{
	static const char *const bad[] = {
	    "0x10", "0X10", "0x1p4", "inf",    "-inf", "infinity", "nan",   "NAN",
	    ".inf", ".nan", "1e999", "1e-999", " 5",   "5 ",	   "5abc",  "",
	    "-",    ".",    "e5",    "1e",     "1e+",  "1,5",	   "1.2.3", "--1",
	};
	double v = 42;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(!vk_decimal_parse(bad[i], &v), "'%s' was read", bad[i]);
	ck_assert(v == 42); /* untouched */
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("text");

	tcase_add_test(tc, text_with_tab_newline_and_any_language_is_fine);
	tcase_add_test(tc, bad_utf8_is_found_where_it_starts);
	tcase_add_test(tc, controls_but_tab_and_newline_are_refused);
	tcase_add_test(tc, problems_are_described_with_the_character);
	tcase_add_test(tc, escaping_shows_every_control_and_bad_byte);
	tcase_add_test(tc, plain_decimals_are_read);
	tcase_add_test(tc, hex_inf_nan_and_garbage_are_refused);
	return run_tcase("text", tc);
}

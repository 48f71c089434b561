/* Status reporting: periods, colour words, status sheets as Excel writes them, and the
 * counts, changes and shares of a period. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "helpers.h"
#include "number.h"
#include "sheet.h"
#include "status.h"

static const char *day(int d)
{
	static char buf[VK_DATE_TEXT_MAX];
	return vk_date_format(d, buf);
}

START_TEST(periods_in_every_form)
{
	struct vk_period p;
	struct vk_error err;

	ck_assert_int_eq(vk_period_parse("2021-05", &p, &err), VK_OK);
	ck_assert_str_eq(p.code, "2021-05");
	ck_assert_str_eq(day(p.start), "2021-05-01");
	ck_assert_str_eq(day(p.end), "2021-05-31");
	ck_assert_int_eq(vk_period_parse("2021-t2", &p, &err), VK_OK);
	ck_assert_str_eq(p.code, "2021-T2");
	ck_assert_str_eq(day(p.start), "2021-05-01");
	ck_assert_str_eq(day(p.end), "2021-08-31");
	ck_assert_int_eq(vk_period_parse("2021-T3", &p, &err), VK_OK);
	ck_assert_str_eq(day(p.end), "2021-12-31");
	ck_assert_int_eq(vk_period_parse("2021-q2", &p, &err), VK_OK);
	ck_assert_str_eq(p.code, "2021-Q2");
	ck_assert_int_eq(vk_period_parse("2021-05-20", &p, &err), VK_OK);
	ck_assert_int_eq(p.start, p.end);
	ck_assert_int_eq(vk_period_parse("2021-T4", &p, &err), VK_EDATA);
	ck_assert_ptr_nonnull(strstr(err.msg, "'2021-T4'"));
	ck_assert_int_eq(vk_period_parse("2021", &p, &err), VK_EDATA);
	ck_assert_int_eq(vk_period_parse("mai 2021", &p, &err), VK_EDATA);
}
END_TEST

START_TEST(colour_words_in_both_languages_and_any_case)
{
	static const struct {
		const char *word;
		enum vk_colour colour;
	} ok[] = {{"grønn", VK_GRONN}, {"GRØNN", VK_GRONN}, {"Gronn", VK_GRONN},
		  {"green", VK_GRONN}, {"gul", VK_GUL},	    {"Yellow", VK_GUL},
		  {"AMBER", VK_GUL},   {"rød", VK_ROD},	    {"RØD", VK_ROD},
		  {"Rød", VK_ROD},     {"rod", VK_ROD},	    {"Red", VK_ROD}};
	enum vk_colour c;

	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		ck_assert_msg(vk_colour_parse(ok[i].word, &c), "%s", ok[i].word);
		ck_assert_int_eq(c, ok[i].colour);
	}
	ck_assert(!vk_colour_parse("blå", &c));
	ck_assert(!vk_colour_parse("", &c));
	ck_assert(!vk_colour_parse("grønnn", &c));
}
END_TEST

static struct vk_status_file *sheet_ok(const char *text, size_t size)
{
	struct vk_status_file *f = NULL;
	struct vk_error err = {VK_OK, ""};

	ck_assert_msg(vk_sheet_read_status("s.csv", text, size, &f, &err) == VK_OK, "%s", err.msg);
	return f;
}

START_TEST(sheet_as_norwegian_excel_writes_it)
{
	static const char text[] =
	    "\xEF\xBB\xBF"
	    "Periode;Kode;Status;Kommentar;Budsjett\r\n"
	    "2021-05;PLL;Gul;\"Forsinket; venter på SFM\";\"1 723,5\"\r\n"
	    "2021-05;SAFEST;RØD;\"To\r\nlinjer, med \"\"sitat\"\"\";12\xC2\xA0"
	    "345,0\r\n"
	    "\r\n"
	    "2021-05;PDS;grønn;;\r\n";
	struct vk_status_file *f = sheet_ok(text, sizeof(text) - 1);

	ck_assert(!f->converted);
	ck_assert_uint_eq(f->reports_n, 3);
	ck_assert_str_eq(f->reports[0].code, "PLL");
	ck_assert_int_eq(f->reports[0].colour, VK_GUL);
	ck_assert_str_eq(f->reports[0].comment, "Forsinket; venter på SFM");
	ck_assert_double_eq_tol(f->reports[0].budget, 1723.5, 1e-9);
	ck_assert_int_eq(f->reports[0].line, 2);
	/* a CRLF line break in a quoted field is a newline, as in a cell */
	ck_assert_str_eq(f->reports[1].comment, "To\nlinjer, med \"sitat\"");
	ck_assert_double_eq_tol(f->reports[1].budget, 12345.0, 1e-9);
	ck_assert_int_eq(f->reports[1].line, 3);
	ck_assert_ptr_null(f->reports[2].comment);
	ck_assert_double_lt(f->reports[2].budget, 0);
	ck_assert_int_eq(f->reports[2].line, 6);
	vk_status_file_free(f);
}
END_TEST

START_TEST(sheet_columns_by_name_in_any_order_and_separator)
{
	static const char comma[] = "code,comment,period,status,extra\n"
				    "PLL,\"late, again\",2021-T2,yellow,x\n";
	static const char tab[] = "prosjekt\tperiode\tstatus\n"
				  "PLL\t2021-Q2\tgreen\n";
	struct vk_status_file *f = sheet_ok(comma, sizeof(comma) - 1);

	ck_assert_str_eq(f->reports[0].period.code, "2021-T2");
	ck_assert_str_eq(f->reports[0].comment, "late, again");
	vk_status_file_free(f);
	f = sheet_ok(tab, sizeof(tab) - 1);
	ck_assert_int_eq(f->reports[0].colour, VK_GRONN);
	ck_assert_str_eq(f->reports[0].period.code, "2021-Q2");
	vk_status_file_free(f);
	ck_assert(vk_sheet_is_status(comma, sizeof(comma) - 1));
	ck_assert(vk_sheet_is_status(tab, sizeof(tab) - 1));
	ck_assert(!vk_sheet_is_status("veikart: 1\n", 11));
}
END_TEST

START_TEST(sheet_with_a_blank_first_line_and_old_mac_line_ends)
{
	static const char blank[] = "\n\ncode,period,status\nPLL,2021-05,gul\n";
	static const char mac[] = "periode;kode;status\r2021-05;PLL;gul\r2021-05;SFM;blå\r";
	struct vk_status_file *f = sheet_ok(blank, sizeof(blank) - 1);
	struct vk_error err;

	ck_assert_int_eq(f->reports[0].line, 4);
	vk_status_file_free(f);
	ck_assert(vk_sheet_is_status(blank, sizeof(blank) - 1));
	ck_assert_int_eq(vk_sheet_read_status("s.csv", mac, sizeof(mac) - 1, &f, &err), VK_EDATA);
	ck_assert_str_eq(err.msg, "s.csv:3: unknown status 'blå' (expected grønn, gul or rød)");
	ck_assert(vk_sheet_is_costs("l\xF8sning;\xE5r;type;mnok\n", 23));
}
END_TEST

START_TEST(sheet_in_windows_1252_is_converted)
{
	static const char text[] = "periode;kode;status;kommentar\r\n"
				   "2021-05;PLL;r\xF8"
				   "d;Pr\xF8vesvar forsinket\r\n";
	struct vk_status_file *f = sheet_ok(text, sizeof(text) - 1);

	ck_assert(f->converted);
	ck_assert_int_eq(f->reports[0].colour, VK_ROD);
	ck_assert_str_eq(f->reports[0].comment, "Prøvesvar forsinket");
	vk_status_file_free(f);
}
END_TEST

static const struct {
	const char *text;
	const char *msg;
} bad_sheets[] = {
    {"", "s.csv:1: the file is empty"},
    {"periode;kode;kommentar\n2021-05;PLL;x\n", "s.csv:1: no 'status' column"},
    {"periode;kode;status\n", "s.csv:2: no status reports below the header"},
    {"periode;kode;status\n2021-05;PLL;gul\n2021-13;PLL;gul\n",
     "s.csv:3: invalid period '2021-13'"},
    {"periode;kode;status\n2021-05;PLL;blå\n", "s.csv:2: unknown status 'blå'"},
    {"periode;kode;status\n2021-05;;gul\n", "s.csv:2: no programme or project code"},
    {"periode;kode;status;budsjett\n2021-05;PLL;gul;12,3,4\n", "s.csv:2: invalid budget '12,3,4'"},
    {"periode;kode;status;budsjett\n2021-05;PLL;gul;-5\n", "s.csv:2: invalid budget '-5'"},
    {"periode;kode;status;kommentar\n2021-05;PLL;gul;\"open\n2021-05;PDS;gul;x\n",
     "s.csv:2: not valid CSV"},
    {"periode;kode;status;kommentar\n2021-05;PLL;gul;a\"b\n", "s.csv:2: not valid CSV"},
};

START_TEST(bad_sheets_name_the_line)
{
	struct vk_status_file *f = NULL;
	struct vk_error err;

	ck_assert_int_eq(vk_sheet_read_status("s.csv", bad_sheets[_i].text,
					      strlen(bad_sheets[_i].text), &f, &err),
			 VK_EDATA);
	ck_assert_ptr_null(f);
	msg_starts_with(_i, err.msg, bad_sheets[_i].msg);
}
END_TEST

/* A set of two periods: 2021-01 with 3 gul and 1 rød, 2021-05 with 2 grønn, 1 gul, 1 rød. */
static void add(struct vk_status_set *set, const char *code, const char *period, enum vk_colour c,
		double budget)
{
	struct vk_report *r = VK_PUSH(set->reports);

	r->code = vk_xstrdup(code);
	vk_period_parse(period, &r->period, NULL);
	r->colour = c;
	r->budget = budget;
	if (vk_status_period_index(set, r->period.code) < 0)
		*VK_PUSH(set->periods) = r->period;
}

START_TEST(summary_counts_changes_shares_and_missing)
{
	struct vk_portfolio *pf = yaml_ok(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A}\n  - {code: B, name: B}\n  - {code: C, name: C}\n"
	    "  - {code: D, name: D, phases: [{phase: behov, start: 2021-03, end: 2021-06}]}\n"
	    "  - {code: E, name: E, phases: [{phase: behov, start: 2023, end: 2024}]}\n"
	    "  - {code: F, name: F}\n");
	struct vk_status_set set = {0};
	struct vk_status_summary s;

	add(&set, "A", "2021-01", VK_GUL, 100);
	add(&set, "B", "2021-01", VK_GUL, 50.5);
	add(&set, "C", "2021-01", VK_GUL, -1);
	add(&set, "F", "2021-01", VK_ROD, 10);
	add(&set, "A", "2021-05", VK_GRONN, 100);
	add(&set, "B", "2021-05", VK_GRONN, 60);
	add(&set, "C", "2021-05", VK_GUL, -1);
	add(&set, "F", "2021-05", VK_ROD, 10);

	vk_status_summarise(&set, pf, 1, &s);
	ck_assert_str_eq(s.period->code, "2021-05");
	ck_assert_str_eq(s.previous->code, "2021-01");
	ck_assert_uint_eq(s.total, 4);
	ck_assert_uint_eq(s.counts[VK_GRONN], 2);
	ck_assert_uint_eq(s.counts[VK_GUL], 1);
	ck_assert_int_eq(s.delta[VK_GRONN], 2);
	ck_assert_int_eq(s.delta[VK_GUL], -2);
	ck_assert_int_eq(s.delta[VK_ROD], 0);
	ck_assert_double_eq_tol(s.share[VK_GRONN], 0.5, 1e-12);
	ck_assert_double_eq_tol(s.share[VK_ROD], 0.25, 1e-12);
	/* D ran and did not report: uten rapport is a category of its own, and the shares
	 * a slide shows are of the four reports and D together; in January D had not
	 * started, so nobody was silent */
	ck_assert(s.silent_known);
	ck_assert_uint_eq(s.silent, 1);
	ck_assert_int_eq(s.delta_silent, 1);
	ck_assert_double_eq_tol(s.share_all[VK_GRONN], 0.4, 1e-12);
	ck_assert_double_eq_tol(s.share_all[VK_GUL], 0.2, 1e-12);
	ck_assert_double_eq_tol(s.share_all[VK_ROD], 0.2, 1e-12);
	ck_assert_double_eq_tol(s.share_silent, 0.2, 1e-12);
	ck_assert_double_eq_tol(s.budget, 170, 1e-9);
	ck_assert_uint_eq(s.budgets, 3);
	ck_assert_uint_eq(s.red_n, 1);
	ck_assert_str_eq(s.red[0]->code, "F");
	/* D runs in May 2021 and did not report; E starts in 2023 */
	ck_assert_uint_eq(s.missing_n, 1);
	ck_assert_str_eq(s.missing[0], "D");
	vk_status_summary_clear(&s);

	vk_status_summarise(&set, pf, 0, &s);
	ck_assert_ptr_null(s.previous);
	ck_assert_uint_eq(s.counts[VK_GUL], 3);
	ck_assert_uint_eq(s.silent, 0);
	ck_assert_double_eq_tol(s.share_all[VK_GUL], 0.75, 1e-12);
	vk_status_summary_clear(&s);
	vk_status_set_clear(&set);
	vk_model_free(pf);
}
END_TEST

START_TEST(unknown_and_repeated_codes_are_refused)
{
	struct vk_portfolio *pf = yaml_ok("veikart: 1\nprogrammes: [{code: A, name: A}]\n");
	static const char dup[] = "periode;kode;status\n2021-05;A;gul\n\n2021-05;A;rød\n";
	static const char unknown[] = "periode;kode;status\n2021-05;A;gul\n2021-05;B;rød\n";
	struct vk_status_file *f = sheet_ok(dup, sizeof(dup) - 1);
	struct vk_error err;

	ck_assert_int_eq(vk_status_validate(f, pf, &err), VK_EDATA);
	ck_assert_str_eq(err.msg,
			 "s.csv:4: a second report for 'A' in 2021-05 (the first is on line 2)");
	vk_status_file_free(f);
	f = sheet_ok(unknown, sizeof(unknown) - 1);
	ck_assert_int_eq(vk_status_validate(f, pf, &err), VK_EDATA);
	ck_assert_str_eq(err.msg, "s.csv:3: unknown programme or project code 'B'");
	vk_status_file_free(f);
	vk_model_free(pf);
}
END_TEST

START_TEST(numbers_are_written_the_norwegian_way)
{
	char buf[32];

	ck_assert_str_eq(vk_number_format(1723, 1, VK_LANG_NB, buf, sizeof(buf)), "1\xC2\xA0"
										  "723,0");
	ck_assert_str_eq(vk_number_format(1723, 1, VK_LANG_EN, buf, sizeof(buf)), "1,723.0");
	ck_assert_str_eq(vk_number_format(0.4666, 1, VK_LANG_NB, buf, sizeof(buf)), "0,5");
	ck_assert_str_eq(vk_number_format(1234567, 0, VK_LANG_EN, buf, sizeof(buf)), "1,234,567");
	ck_assert_str_eq(vk_number_signed(-7, buf, sizeof(buf)), "−7");
	ck_assert_str_eq(vk_number_signed(5, buf, sizeof(buf)), "+5");
}
END_TEST

START_TEST(amounts_are_shown_as_stored_without_a_sums_noise)
{
	char buf[64];

	/* every digit a user wrote (up to 15 significant ones) ... */
	ck_assert_str_eq(vk_number_format_exact(0.05, VK_LANG_NB, buf, sizeof(buf)), "0,05");
	ck_assert_str_eq(vk_number_format_exact(0.1234567, VK_LANG_NB, buf, sizeof(buf)),
			 "0,1234567");
	ck_assert_str_eq(vk_number_format_exact(1723, VK_LANG_EN, buf, sizeof(buf)), "1,723");
	ck_assert_str_eq(vk_number_format_exact(0.0000001, VK_LANG_EN, buf, sizeof(buf)),
			 "0.0000001");
	/* ... and none of the noise of a sum: 0.1 + 0.2, and 8,778 budgets that summed to
	 * 2191490.500000004 in a 600,000-report store */
	ck_assert_str_eq(vk_number_format_exact(0.1 + 0.2, VK_LANG_EN, buf, sizeof(buf)), "0.3");
	ck_assert_str_eq(vk_number_format_exact(2191490.500000004, VK_LANG_EN, buf, sizeof(buf)),
			 "2,191,490.5");
}
END_TEST

START_TEST(numbers_are_read_one_way_only)
{
	static const struct {
		const char *text;
		double value; /* -1: refused */
		const char *says;
	} cases[] = {
	    {"1 234,5", 1234.5, NULL},
	    {"1\xC2\xA0"
	     "234,5",
	     1234.5, NULL},
	    {"1\xE2\x80\xAF"
	     "234 567",
	     1234567, NULL},
	    {"1234,5", 1234.5, NULL},
	    {"1234.5", 1234.5, NULL},
	    {"0,125", 0.125, NULL},
	    {"1 234,567", 1234.567, NULL},
	    {"-2,5", -2.5, NULL},
	    {"\xE2\x88\x92"
	     "3",
	     -3, NULL},
	    {"1,234.5", -1, "ambiguous number: 1234.5 if ',' groups thousands, 1.2345 if ',' is"},
	    {"1.234,5", -1, "ambiguous number: 1234.5 if '.' groups thousands, 1.2345 if '.' is"},
	    {"1,234", -1, "ambiguous number: 1234 if ',' groups thousands, 1.234 if ',' is"},
	    {"12.500", -1, "ambiguous number: 12500 if '.' groups thousands, 12.5 if '.' is"},
	    {"0x10", -1, "not a number"},
	    {"0x1p4", -1, "not a number"},
	    {"inf", -1, "not a number"},
	    {"nan", -1, "not a number"},
	    {"1e300", -1, "not a number"},
	    {"1,234,567", -1, "more than one decimal mark"},
	    {"12 34", -1, "spaces must group thousands"},
	    {"1234 567", -1, "spaces must group thousands"},
	    {"1,5 0", -1, "spaces must group thousands"},
	    {"", -1, "not a number"},
	    {",5", -1, "not a number"},
	    {"1234567890123456", -1, "too many digits"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct vk_error err = {0};
		double v = -99;
		enum vk_code rc = vk_number_parse(cases[i].text, &v, &err);

		if (cases[i].says) {
			ck_assert_msg(rc == VK_EDATA, "'%s' was read as %g", cases[i].text, v);
			ck_assert_msg(strstr(err.msg, cases[i].says), "'%s': %s", cases[i].text,
				      err.msg);
		} else {
			ck_assert_msg(rc == VK_OK, "'%s': %s", cases[i].text, err.msg);
			ck_assert_msg(v == cases[i].value, "'%s' read as %.17g", cases[i].text, v);
		}
	}
}
END_TEST

START_TEST(period_kinds_and_the_previous_period_of_a_kind)
{
	struct vk_status_set set = {0};
	const char *codes[] = {"2025-T1", "2025-05", "2025-T2", "2025-Q3", "2025-H2", "2025-10-01"};
	const enum vk_period_kind kinds[] = {VK_PERIOD_TERTIAL, VK_PERIOD_MONTH, VK_PERIOD_TERTIAL,
					     VK_PERIOD_QUARTER, VK_PERIOD_HALF,	 VK_PERIOD_DAY};
	struct vk_error err;
	enum vk_period_kind k;

	for (size_t i = 0; i < 6; i++) {
		ck_assert_int_eq(vk_period_parse(codes[i], VK_PUSH(set.periods), &err), VK_OK);
		ck_assert_int_eq(vk_period_kind_of(&set.periods[i]), kinds[i]);
	}
	/* 2025-T2 compares with 2025-T1, not with the month between */
	ck_assert_str_eq(vk_status_previous(&set, 2)->code, "2025-T1");
	ck_assert_ptr_null(vk_status_previous(&set, 0));
	ck_assert_ptr_null(vk_status_previous(&set, 1));
	ck_assert(vk_period_kind_parse("Halvår", &k) || vk_period_kind_parse("halvår", &k));
	ck_assert_int_eq(k, VK_PERIOD_HALF);
	ck_assert(vk_period_kind_parse("Tertial", &k) && k == VK_PERIOD_TERTIAL);
	ck_assert(!vk_period_kind_parse("fortnight", &k));
	ck_assert_str_eq(vk_period_kind_name(VK_PERIOD_HALF), "half-year");
	vk_status_set_clear(&set);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("status");

	tcase_add_test(tc, periods_in_every_form);
	tcase_add_test(tc, colour_words_in_both_languages_and_any_case);
	tcase_add_test(tc, sheet_as_norwegian_excel_writes_it);
	tcase_add_test(tc, sheet_columns_by_name_in_any_order_and_separator);
	tcase_add_test(tc, sheet_in_windows_1252_is_converted);
	tcase_add_test(tc, sheet_with_a_blank_first_line_and_old_mac_line_ends);
	tcase_add_loop_test(tc, bad_sheets_name_the_line, 0,
			    (int)(sizeof(bad_sheets) / sizeof(bad_sheets[0])));
	tcase_add_test(tc, summary_counts_changes_shares_and_missing);
	tcase_add_test(tc, unknown_and_repeated_codes_are_refused);
	tcase_add_test(tc, numbers_are_written_the_norwegian_way);
	tcase_add_test(tc, numbers_are_read_one_way_only);
	tcase_add_test(tc, amounts_are_shown_as_stored_without_a_sums_noise);
	tcase_add_test(tc, period_kinds_and_the_previous_period_of_a_kind);
	return run_tcase("status", tc);
}

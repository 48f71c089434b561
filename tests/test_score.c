/* The scoring model: the council's December 2023 table scored and ranked exactly as the
 * council did, rounding half away from zero, ties, missing values, empty groups, weights,
 * and score sheets refused where they are wrong. The model is the store's default. */
#include <check.h>
#include <math.h>
#include <stdio.h>

#include "alloc.h"
#include "helpers.h"
#include "score.h"
#include "sheet.h"
#include "store.h"

/* The council's model as a new store holds it. */
static struct vk_scoring *council_model(struct vk_portfolio **pf)
{
	struct vk_db *db;
	struct vk_error err;

	ck_assert_int_eq(vk_db_open(":memory:", true, NULL, &db, &err), VK_OK);
	ck_assert_int_eq(vk_db_load(db, pf, &err), VK_OK);
	vk_db_close(db);
	ck_assert_uint_eq((*pf)->scoring->criteria_n, 16);
	return (*pf)->scoring;
}

static const char council[] =
    "tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\n"
    "PLL;8;10;6;1;9;9;10;10;9;10;3\n"
    "Dokumentdeling i spesialisthelsetjenesten;7;8;8;7;8;9;8;8;6;8;1\n"
    "Kritisk info i spesialisthelsetjenesten;8;6;5;8;9;8;7;8;4;7;3\n"
    "Kritisk info hos fastleger og avtalespesialister;8;7;3;6;9;7;7;8;4;7;3\n"
    "Kritisk info i kommunal helse- og omsorgstjeneste;8;6;3;6;9;7;6;8;4;6;3\n"
    "Dokumentdeling i legevakt/ØHD;7;7;4;6;8;8;5;7;5;5;3\n"
    "Digitale behandlings- og egenbehandlingsplaner;8;7;4;3;7;4;9;8;5;9;3\n"
    "Generisk datadelingstjeneste;3;6;7;8;7;7;1;1;1;1;10\n"
    "Dokumentdeling fastleger;7;7;3;3;6;2;5;8;4;5;3\n"
    "Dokumentdeling andre kommunale helse- og omsorgstjeneste;7;4;4;6;8;6;3;5;3;3;3\n"
    "Kritisk info hos andre helseaktører;8;5;2;4;;6;3;5;2;3;1\n";

static struct vk_score_file *sheet(const char *text)
{
	struct vk_score_file *f = NULL;
	struct vk_error err = {VK_OK, ""};

	ck_assert_msg(vk_sheet_read_scores("s.csv", text, strlen(text), &f, &err) == VK_OK, "%s",
		      err.msg);
	return f;
}

/* A score sheet ranked by the council's model; ranking_free frees all three. */
struct ranking {
	struct vk_portfolio *pf;
	struct vk_score_file *f;
	struct vk_score *s;
};

static struct ranking council_ranking(const char *text)
{
	struct ranking r;
	struct vk_scoring *m = council_model(&r.pf);

	r.f = sheet(text);
	r.s = vk_score_rank(m, r.f->measures, r.f->measures_n);
	return r;
}

static void ranking_free(struct ranking *r)
{
	vk_score_free(r->s, r->f->measures_n);
	vk_score_file_free(r->f);
	vk_model_free(r->pf);
}

START_TEST(council_table_scores_and_ranks_exactly)
{
	static const struct {
		const char *name;
		double score;
	} expected[] = {
	    {"PLL", 22.8},
	    {"Dokumentdeling i spesialisthelsetjenesten", 20.8},
	    {"Kritisk info i spesialisthelsetjenesten", 19.8},
	    {"Kritisk info hos fastleger og avtalespesialister", 19.1},
	    {"Kritisk info i kommunal helse- og omsorgstjeneste", 18.3},
	    {"Digitale behandlings- og egenbehandlingsplaner", 18.2},
	    {"Dokumentdeling i legevakt/ØHD", 18.2},
	    {"Generisk datadelingstjeneste", 15.8},
	    {"Dokumentdeling fastleger", 15.2},
	    {"Dokumentdeling andre kommunale helse- og omsorgstjeneste", 14.8},
	    {"Kritisk info hos andre helseaktører", 13.0},
	};
	struct ranking r = council_ranking(council);
	const struct vk_score *s = r.s;

	ck_assert_uint_eq(r.f->measures_n, 11);
	for (size_t i = 0; i < 11; i++) {
		ck_assert_str_eq(s[i].measure->name, expected[i].name);
		ck_assert_int_eq(s[i].rank, (int)i + 1);
		ck_assert(s[i].complete);
		ck_assert_double_eq_tol(vk_score_round1(s[i].score), expected[i].score, 1e-9);
	}
	/* PLL: Måloppnåelse 9, Kostnader 6.25, Nytte 7.5 */
	ck_assert_double_eq_tol(s[0].node[0], 9, 1e-12);
	ck_assert_double_eq_tol(s[0].node[3], 6.25, 1e-12);
	ck_assert_double_eq_tol(s[0].node[8], 7.5, 1e-12);
	ck_assert_double_eq_tol(s[0].score, 22.75, 1e-12);
	/* the last row's blank K3 is left out of its mean: (2 + 4 + 6) / 3 */
	ck_assert_double_eq_tol(s[10].node[3], 4, 1e-12);
	ck_assert_uint_eq(s[10].missing_n, 1);
	ck_assert_str_eq(s[10].missing[0], "K3");
	ranking_free(&r);
}
END_TEST

START_TEST(dbep_and_legevakt_tie_and_nytte_decides)
{
	struct ranking r = council_ranking(council);
	const struct vk_score *s = r.s;

	ck_assert_double_eq_tol(s[5].score, s[6].score, 1e-9);
	ck_assert_double_eq_tol(s[5].score, 18.0 + 1.0 / 6, 1e-9);
	ck_assert_str_eq(s[5].measure->name, "Digitale behandlings- og egenbehandlingsplaner");
	ck_assert_double_gt(s[5].node[8], s[6].node[8]);
	ranking_free(&r);
}
END_TEST

START_TEST(rounding_is_half_away_from_zero)
{
	ck_assert_double_eq_tol(vk_score_round1(6.25), 6.3, 1e-12);
	ck_assert_double_eq_tol(vk_score_round1(18.25), 18.3, 1e-12);
	ck_assert_double_eq_tol(vk_score_round1(22.75), 22.8, 1e-12);
	ck_assert_double_eq_tol(vk_score_round1(6.24), 6.2, 1e-12);
	ck_assert_double_eq_tol(vk_score_round1(-6.25), -6.3, 1e-12);
	ck_assert_double_eq_tol(vk_score_round1(18.0 + 1.0 / 6), 18.2, 1e-12);
	/* 0.1 + 0.2 + 0.05 is 0.35000000000000003; 1.15 is stored as 1.149999... */
	ck_assert_double_eq_tol(vk_score_round1(1.15), 1.2, 1e-12);
}
END_TEST

START_TEST(an_empty_group_makes_the_measure_incomplete)
{
	struct ranking r = council_ranking("tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\n"
					   "Uten kostnader;8;8;;;;;5;5;5;5;5\n"
					   "Uten pasient;8;8;5;5;5;5;;;5;5;5\n"
					   "Helt;1;1;1;1;1;1;1;1;1;1;1\n");
	const struct vk_score *s = r.s;

	ck_assert_str_eq(s[0].measure->name, "Helt");
	ck_assert_int_eq(s[0].rank, 1);
	/* the incomplete ones follow, by name, with what is missing and no number */
	ck_assert_str_eq(s[1].measure->name, "Uten kostnader");
	ck_assert(!s[1].complete);
	ck_assert_int_eq(s[1].rank, 0);
	ck_assert(isnan(s[1].node[3]));
	ck_assert_str_eq(s[1].missing[0], "Kostnader");
	ck_assert_str_eq(s[2].measure->name, "Uten pasient");
	ck_assert(!s[2].complete);
	ck_assert_str_eq(s[2].missing[s[2].missing_n - 3], "Pasient");
	ranking_free(&r);
}
END_TEST

START_TEST(a_weight_change_reorders_the_list)
{
	struct vk_portfolio *pf;
	struct vk_scoring *m = council_model(&pf);
	struct vk_score_file *f = sheet(council);
	struct vk_score *s;

	vk_scoring_find(m, "Kostnader")->weight = 0;
	vk_scoring_find(m, "nytte")->weight = 3;
	s = vk_score_rank(m, f->measures, f->measures_n);
	ck_assert_str_eq(s[0].measure->name, "PLL");
	ck_assert_double_eq_tol(s[0].score, 9 + 3 * 7.5, 1e-12);
	ck_assert_str_eq(s[1].measure->name, "Digitale behandlings- og egenbehandlingsplaner");
	vk_score_free(s, f->measures_n);
	vk_score_file_free(f);
	vk_model_free(pf);
}
END_TEST

static const struct {
	const char *text;
	const char *msg;
} bad[] = {
    {"navn;M1\nA;5\n", "s.csv:1: no 'tiltak' column"},
    {"tiltak;M1\nA;11\n", "s.csv:2: M1 of 'A' is '11' (expected a value from 0 to 10"},
    {"tiltak;M1\nA;-1\n", "s.csv:2: M1 of 'A' is '-1'"},
    {"tiltak;M1\nA;mye\n", "s.csv:2: M1 of 'A' is 'mye'"},
    {"tiltak;M1\nA;5\nB;5\nA;6\n", "s.csv:4: a second row for 'A' (the first is on line 2)"},
    {"tiltak;M1;M1\nA;5;5\n", "s.csv:1: column 'M1' is there twice"},
    {"tiltak;M1\n;5\n", "s.csv:2: no measure name"},
    {"tiltak;M1\n", "s.csv:2: no measures below the header"},
    {"tiltak;kode\nA;PLL\n", "s.csv:1: no criterion columns"},
};

START_TEST(bad_score_sheets_name_the_line)
{
	struct vk_score_file *f = NULL;
	struct vk_error err;

	ck_assert_int_eq(
	    vk_sheet_read_scores("s.csv", bad[_i].text, strlen(bad[_i].text), &f, &err), VK_EDATA);
	ck_assert_ptr_null(f);
	msg_starts_with(_i, err.msg, bad[_i].msg);
}
END_TEST

/* Checks the score sheet `text` against the council's model, which must refuse it;
 * returns the message. */
static const char *council_refuses(const char *text, struct vk_error *err)
{
	struct vk_portfolio *pf;
	struct vk_scoring *m = council_model(&pf);
	struct vk_score_file *f = sheet(text);

	ck_assert_int_eq(vk_score_file_validate(f, m, pf, err), VK_EDATA);
	vk_score_file_free(f);
	vk_model_free(pf);
	return err->msg;
}

START_TEST(unknown_criteria_and_codes_are_refused)
{
	struct vk_error err;

	ck_assert_ptr_nonnull(
	    strstr(council_refuses("tiltak;M1;K9\nA;5;5\n", &err),
		   "s.csv:1: unknown criterion 'K9' (the model's criteria: M1 M2 K1"));
	ck_assert_str_eq(council_refuses("tiltak;kode;M1\nA;NOPE;5\n", &err),
			 "s.csv:2: unknown programme or project code 'NOPE'");
	/* a group is no column: scores are given per criterion */
	council_refuses("tiltak;Nytte\nA;5\n", &err);
}
END_TEST

START_TEST(a_criterion_standing_alone_without_a_value_makes_it_incomplete)
{
	struct vk_portfolio *pf =
	    yaml_ok("veikart: 1\nscoring:\n  criteria:\n"
		    "    - {code: g, criteria: [{code: A}]}\n    - {code: B}\n");
	struct vk_score_file *f = sheet("tiltak;A;B\nM1;5;\nM2;3;4\n");
	struct vk_score *s = vk_score_rank(pf->scoring, f->measures, f->measures_n);

	ck_assert_str_eq(s[0].measure->name, "M2");
	ck_assert(s[0].complete);
	ck_assert_double_eq_tol(s[0].score, 7, 1e-12);
	ck_assert(!s[1].complete);
	ck_assert_int_eq(s[1].rank, 0);
	vk_score_free(s, f->measures_n);
	vk_score_file_free(f);
	vk_model_free(pf);
}
END_TEST

START_TEST(two_columns_for_one_criterion_are_refused)
{
	struct vk_error err;

	ck_assert_str_eq(
	    council_refuses("tiltak;K3;Juridisk utvikling?\nA;5;5\n", &err),
	    "s.csv:1: columns 'K3' and 'Juridisk utvikling?' are the same criterion K3");
}
END_TEST

START_TEST(a_portfolio_file_can_define_another_model)
{
	struct vk_portfolio *pf =
	    yaml_ok("veikart: 1\nscoring:\n  tiebreak: [nytte]\n  criteria:\n"
		    "    - {code: maal, name: Mål, weight: 2, criteria: [{code: M1}]}\n"
		    "    - code: nytte\n      criteria: [{code: P1, weight: 0.5}, {code: I}]\n");
	struct vk_error err;

	ck_assert(pf->has_scoring);
	ck_assert_uint_eq(pf->scoring->criteria_n, 5);
	ck_assert_double_eq_tol(vk_scoring_find(pf->scoring, "maal")->weight, 2, 1e-12);
	ck_assert_str_eq(vk_scoring_find(pf->scoring, "P1")->parent, "nytte");
	ck_assert_int_eq(vk_scoring_find(pf->scoring, "nytte")->tiebreak, 1);
	ck_assert_int_eq(vk_scoring_validate(pf->scoring, &err), VK_OK);
	vk_model_free(pf);
	pf = yaml_ok("veikart: 1\nscoring:\n  criteria:\n    - {code: a}\n    - {code: a}\n");
	ck_assert_int_eq(vk_scoring_validate(pf->scoring, &err), VK_EDATA);
	ck_assert_str_eq(err.msg, "t.yaml:5:14: duplicate criterion code 'a'");
	vk_model_free(pf);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("score");

	tcase_add_test(tc, council_table_scores_and_ranks_exactly);
	tcase_add_test(tc, dbep_and_legevakt_tie_and_nytte_decides);
	tcase_add_test(tc, rounding_is_half_away_from_zero);
	tcase_add_test(tc, an_empty_group_makes_the_measure_incomplete);
	tcase_add_test(tc, a_weight_change_reorders_the_list);
	tcase_add_loop_test(tc, bad_score_sheets_name_the_line, 0,
			    (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(tc, unknown_criteria_and_codes_are_refused);
	tcase_add_test(tc, a_portfolio_file_can_define_another_model);
	tcase_add_test(tc, a_criterion_standing_alone_without_a_value_makes_it_incomplete);
	tcase_add_test(tc, two_columns_for_one_criterion_are_refused);
	return run_tcase("score", tc);
}

/* The SQLite store keeps history: renames, archiving and purging, archived plans, status
 * reports added, replaced or unchanged, the trend, and sheets that write all or nothing. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>

#include "store-helpers.h"

/* PLL and SFM report in 2024-05; PDS too. */
static void reports_for_all(void)
{
	ck_assert_int_eq(
	    raw("INSERT INTO period (code, start_date, end_date) VALUES ('2024-05', "
		"'2024-05-01', '2024-05-31');"
		"INSERT INTO status_report SELECT i.id, p.id, 'rod', NULL, 10 FROM item i, "
		"period p;"),
	    SQLITE_OK);
}

START_TEST(rename_keeps_history_and_refuses_a_taken_code)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;
	size_t n = 0;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	reports_for_all();
	ck_assert_msg(vk_db_rename(db, "SFM", "SFM2", &n, &err) == VK_OK, "%s", err.msg);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_str_eq(vk_model_item(pf, "PLL")->deps[0].code, "SFM2");
	ck_assert_str_eq(vk_model_item(pf, "SFM2")->parent, "PLL");
	ck_assert_double_eq_tol(vk_model_item(pf, "SFM2")->budgets[0].mnok, 120.5, 1e-9);
	vk_model_free(pf);
	ck_assert_int_eq(vk_db_rename(db, "PDS", "PLL", NULL, &err), VK_EDATA);
	ck_assert_int_eq(vk_db_rename(db, "SFM", "X", NULL, &err), VK_ENOTFOUND);
	ck_assert_int_eq(vk_db_rename(db, "PDS", "a b", NULL, &err), VK_EUSAGE);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 3);
	vk_db_close(db);
}
END_TEST

START_TEST(remove_archives_and_purge_deletes_what_it_counts)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_removal r;
	struct vk_error err;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	reports_for_all();
	/* PLL depends on SFM */
	ck_assert_int_eq(vk_db_remove(db, "SFM", false, &r, &err), VK_EDATA);
	ck_assert_ptr_nonnull(strstr(err.msg, "cannot remove 'SFM'"));
	ck_assert_int_eq(vk_db_remove(db, "PLL", false, &r, &err), VK_OK);
	ck_assert_uint_eq(r.items, 2);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 3);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert_uint_eq(pf->archived_n, 2);
	ck_assert_ptr_null(vk_model_item(pf, "SFM"));
	ck_assert_ptr_nonnull(vk_model_archived(pf, "SFM"));
	vk_model_free(pf);
	/* a phase kind only an archived item uses cannot go unseen: its plan is history */
	ck_assert_int_eq(import_text(db,
				     "veikart: 1\nphases: [{code: konsept, name: Konsept, colour: "
				     "\"#000000\"}]\n",
				     false, &err),
			 VK_EDATA);
	ck_assert_msg(strstr(err.msg, "phase kind 'utproving', which archived 'PLL'") != NULL, "%s",
		      err.msg);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item_phase"), 2);
	ck_assert_int_eq(vk_db_remove(db, "PLL", false, &r, &err), VK_OK);
	ck_assert(r.archived_before);
	ck_assert_int_eq(vk_db_remove(db, "PLL", true, &r, &err), VK_OK);
	ck_assert_uint_eq(r.items, 2);
	ck_assert_uint_eq(r.reports, 2);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 1);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item"), 1);
	ck_assert_int_eq(vk_db_remove(db, "PLL", true, &r, &err), VK_ENOTFOUND);
	vk_db_close(db);
}
END_TEST

START_TEST(archived_items_are_loaded_with_their_plan)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	const struct vk_item *it;
	struct vk_removal r;
	struct vk_error err;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	reports_for_all();
	ck_assert_int_eq(vk_db_remove(db, "PLL", false, &r, &err), VK_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	/* the live plan alone in items; PLL and SFM in archived, in full */
	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert_str_eq(pf->items[0].code, "PDS");
	ck_assert_uint_eq(pf->items[0].phases_n, 0);
	ck_assert_int_eq(pf->items[0].status, VK_ROD);
	ck_assert_ptr_nonnull(it = vk_model_archived(pf, "PLL"));
	ck_assert_uint_eq(it->phases_n, 2);
	ck_assert_str_eq(it->phases[1].phase, "innforing");
	ck_assert_uint_eq(it->milestones_n, 1);
	ck_assert_str_eq(it->milestones[0].name, "Over halvparten");
	ck_assert_uint_eq(it->rollouts_n, 1);
	ck_assert_uint_eq(it->deps_n, 1);
	ck_assert_str_eq(it->deps[0].code, "SFM");
	ck_assert_str_eq(it->owner, "Hdir");
	ck_assert_int_eq(it->status, VK_COLOUR_NONE);
	ck_assert_ptr_nonnull(it = vk_model_archived(pf, "SFM"));
	ck_assert_uint_eq(it->budgets_n, 2);
	ck_assert_double_eq_tol(it->budgets[0].mnok, 120.5, 1e-9);
	vk_model_free(pf);
	vk_db_close(db);
}
END_TEST

START_TEST(status_reports_are_added_then_replaced_or_unchanged)
{
	struct vk_db *db = open_new();
	struct vk_status_file *f;
	struct vk_status_set set = {0};
	struct vk_import im = {0};
	struct vk_error err;
	static const char sheet[] = "periode;kode;status;kommentar;budsjett\n"
				    "2021-01;PLL;gul;sen;100\n2021-05;PLL;rød;\"mye, sen\";120,5\n"
				    "2021-05;SFM;grønn;;\n";

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	ck_assert_int_eq(vk_sheet_read_status("s.csv", sheet, sizeof(sheet) - 1, &f, &err), VK_OK);
	im.inputs = &(struct vk_input_list){
	    .items = &(struct vk_input){.kind = VK_INPUT_STATUS, .data = f}, .items_n = 1};
	ck_assert_msg(vk_db_import(db, &im, &err) == VK_OK, "%s", err.msg);
	ck_assert_uint_eq(im.reports_added, 3);
	ck_assert_uint_eq(im.reports_replaced, 0);
	ck_assert_msg(vk_db_import(db, &im, &err) == VK_OK, "%s", err.msg);
	ck_assert_uint_eq(im.reports_added, 0);
	ck_assert_uint_eq(im.reports_replaced, 0); /* the same reports again */
	ck_assert_uint_eq(im.reports_unchanged, 3);
	f->reports[0].colour = VK_ROD;
	ck_assert_msg(vk_db_import(db, &im, &err) == VK_OK, "%s", err.msg);
	ck_assert_uint_eq(im.reports_added, 0);
	ck_assert_uint_eq(im.reports_replaced, 1);
	ck_assert_uint_eq(im.reports_unchanged, 2);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 3);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM period"), 2);
	ck_assert_int_eq(vk_db_load_status(db, &set, &err), VK_OK);
	ck_assert_uint_eq(set.periods_n, 2);
	ck_assert_str_eq(set.periods[0].code, "2021-01");
	ck_assert_uint_eq(set.reports_n, 3);
	ck_assert_str_eq(set.reports[1].comment, "mye, sen");
	ck_assert_double_eq_tol(set.reports[1].budget, 120.5, 1e-9);
	ck_assert_double_lt(set.reports[2].budget, 0);
	vk_status_set_clear(&set);
	vk_db_import_clear(&im);
	vk_status_file_free(f);
	vk_db_close(db);
}
END_TEST

/* The trend is counted by one grouped query; it must give what summarising the reports
 * one by one gives, for the sample's 2021 status and for a period without reports. Each
 * item's latest status is its own latest report, however old. */
START_TEST(trend_and_latest_status_agree_with_the_reports)
{
	extern const struct vk_embedded vk_samples[];
	extern const size_t vk_samples_n;
	struct vk_db *db = open_new();
	struct vk_portfolio *pf = NULL;
	struct vk_status_file *f;
	struct vk_status_set set = {0}, tset = {0};
	struct vk_status_summary *rows = NULL;
	struct vk_import im = {0};
	struct vk_error err;
	const struct vk_embedded *sheet = NULL;

	for (size_t i = 0; i < vk_samples_n; i++)
		if (strstr(vk_samples[i].name, "status-2021.csv"))
			sheet = &vk_samples[i];
	ck_assert_ptr_nonnull(sheet);
	ck_assert_int_eq(import_text(db, vk_samples[0].data, false, &err), VK_OK);
	ck_assert_int_eq(vk_sheet_read_status("s.csv", sheet->data, sheet->size, &f, &err), VK_OK);
	im.inputs = &(struct vk_input_list){
	    .items = &(struct vk_input){.kind = VK_INPUT_STATUS, .data = f}, .items_n = 1};
	ck_assert_msg(vk_db_import(db, &im, &err) == VK_OK, "%s", err.msg);
	/* a period nobody has reported in yet */
	ck_assert_int_eq(raw("INSERT INTO period (code, start_date, end_date) VALUES "
			     "('2021-09', '2021-09-01', '2021-09-30')"),
			 SQLITE_OK);
	/* PLL's newest report is January's (made rød here) once May's is gone */
	ck_assert_int_eq(raw("UPDATE status_report SET colour = 'rod' WHERE item_id = (SELECT id "
			     "FROM item WHERE code = 'PLL') AND period_id = (SELECT id FROM "
			     "period WHERE code = '2021-01');"
			     "DELETE FROM status_report WHERE item_id = (SELECT id FROM item "
			     "WHERE code = 'PLL') AND period_id = (SELECT id FROM period WHERE "
			     "code = '2021-05')"),
			 SQLITE_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_int_eq(vk_db_load_status(db, &set, &err), VK_OK);
	ck_assert_int_eq(vk_db_load_trend(db, &tset, &rows, &err), VK_OK);
	ck_assert_uint_eq(set.periods_n, 3);
	ck_assert_uint_eq(tset.periods_n, 3);
	for (size_t i = 0; i < set.periods_n; i++) {
		struct vk_status_summary s;
		vk_status_summarise(&set, pf, i, &s);
		ck_assert_str_eq(rows[i].period->code, s.period->code);
		ck_assert_uint_eq(rows[i].total, s.total);
		ck_assert_uint_eq(rows[i].budgets, s.budgets);
		ck_assert_double_eq_tol(rows[i].budget, s.budget, 1e-6);
		ck_assert_int_eq(rows[i].previous != NULL, s.previous != NULL);
		for (int c = VK_GRONN; c <= VK_ROD; c++) {
			ck_assert_uint_eq(rows[i].counts[c], s.counts[c]);
			ck_assert_double_eq_tol(rows[i].share[c], s.share[c], 1e-12);
			if (s.previous)
				ck_assert_int_eq(rows[i].delta[c], s.delta[c]);
		}
		vk_status_summary_clear(&s);
	}
	ck_assert_str_eq(rows[2].period->code, "2021-09");
	ck_assert_uint_eq(rows[2].total, 0);
	ck_assert_uint_eq(rows[1].total, 44);
	ck_assert_int_eq(vk_model_item(pf, "PLL")->status, VK_ROD);
	ck_assert_int_eq(vk_model_item(pf, "SFM")->status, VK_GUL);
	ck_assert_int_eq(vk_model_item(pf, "SAFEST")->status, VK_ROD);
	free(rows);
	vk_status_set_clear(&tset);
	vk_status_set_clear(&set);
	vk_db_import_clear(&im);
	vk_status_file_free(f);
	vk_model_free(pf);
	vk_db_close(db);
}
END_TEST

START_TEST(a_sheet_with_an_unknown_code_writes_nothing)
{
	struct vk_db *db = open_new();
	struct vk_status_file *f;
	struct vk_import im = {0};
	struct vk_error err;
	static const char sheet[] = "periode;kode;status\n2021-05;PLL;gul\n2021-05;NOPE;gul\n";

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	ck_assert_int_eq(vk_sheet_read_status("s.csv", sheet, sizeof(sheet) - 1, &f, &err), VK_OK);
	im.inputs = &(struct vk_input_list){
	    .items = &(struct vk_input){.kind = VK_INPUT_STATUS, .data = f}, .items_n = 1};
	ck_assert_int_eq(vk_db_import(db, &im, &err), VK_EDATA);
	ck_assert_str_eq(err.msg, "s.csv:3: unknown programme or project code 'NOPE'");
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 0);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM period"), 0);
	vk_status_file_free(f);
	vk_db_close(db);
}
END_TEST

START_TEST(archived_items_and_absences_from_a_file_are_stored_as_given)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;
	const struct vk_item *it;
	char d[VK_DATE_TEXT_MAX];
	static const char file[] =
	    "veikart: 1\n"
	    "projects:\n"
	    "  - {code: R, name: Retur, absences: [{after: 2021-01, until: 2021-03}]}\n"
	    "archived:\n"
	    "  - {code: Q, kind: programme, name: Kvart, depends_on: [R], absences: [{}]}\n"
	    "  - {code: Qa, kind: project, programme: Q, name: Kvart a, phases: [{phase: "
	    "innforing, start: 2021, end: 2021}], absences: [{until: 2021-01}, {after: "
	    "2021-02}]}\n"
	    "  - {code: B, kind: project, name: Beta}\n";

	ck_assert_msg(import_text(db, file, false, &err) == VK_OK, "%s", err.msg);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item WHERE archived = 1"), 3);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert_uint_eq(pf->archived_n, 3);
	/* in the file's order, after the live items */
	ck_assert_str_eq(pf->archived[0].code, "Q");
	ck_assert_str_eq(pf->archived[1].code, "Qa");
	ck_assert_str_eq(pf->archived[2].code, "B");
	it = vk_model_item(pf, "R");
	ck_assert_uint_eq(it->absences_n, 1);
	ck_assert_str_eq(vk_date_format(it->absences[0].after, d), "2021-01-31");
	ck_assert_str_eq(vk_date_format(it->absences[0].until, d), "2021-03-31");
	it = &pf->archived[1];
	ck_assert_str_eq(it->parent, "Q");
	ck_assert_uint_eq(it->phases_n, 1);
	ck_assert_uint_eq(it->absences_n, 2);
	ck_assert_int_eq(it->absences[0].after, VK_DATE_NONE);
	ck_assert_int_eq(it->absences[1].until, VK_DATE_NONE);
	ck_assert_str_eq(pf->archived[0].deps[0].code, "R");
	/* none given, into a store without periods: out of the plan from the start */
	ck_assert_uint_eq(pf->archived[2].absences_n, 1);
	ck_assert_int_eq(pf->archived[2].absences[0].after, VK_DATE_NONE);
	vk_model_free(pf);
	/* the same again changes nothing; other times out of the plan are refused */
	ck_assert_msg(import_text(db, file, false, &err) == VK_OK, "%s", err.msg);
	ck_assert_int_eq(import_text(db,
				     "veikart: 1\nprojects: [{code: R, name: Retur, absences: "
				     "[{after: 2021-02, until: 2021-03}]}]\n",
				     false, &err),
			 VK_EDATA);
	ck_assert_msg(strstr(err.msg, "t.yaml:2:35: 'R' was out of the plan after 2021-01-31 "
				      "until 2021-03-31 (the store's history)") != NULL,
		      "%s", err.msg);
	/* an archived programme's project must be under a known item */
	ck_assert_int_eq(import_text(db,
				     "veikart: 1\narchived: [{code: X, kind: project, programme: "
				     "NOPE, name: X}]\n",
				     false, &err),
			 VK_EDATA);
	ck_assert_msg(strstr(err.msg, "archived project 'X' is under unknown programme 'NOPE'"),
		      "%s", err.msg);
	ck_assert_int_eq(
	    import_text(db,
			"veikart: 1\nprojects: [{code: X, name: X}]\narchived: [{code: "
			"X, kind: project, name: X}]\n",
			false, &err),
	    VK_EDATA);
	ck_assert_msg(strstr(err.msg, "'X' is both in the plan and under 'archived'"), "%s",
		      err.msg);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item"), 4);
	vk_db_close(db);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("store_history");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, status_reports_are_added_then_replaced_or_unchanged);
	tcase_add_test(tc, a_sheet_with_an_unknown_code_writes_nothing);
	tcase_add_test(tc, trend_and_latest_status_agree_with_the_reports);
	tcase_add_test(tc, rename_keeps_history_and_refuses_a_taken_code);
	tcase_add_test(tc, remove_archives_and_purge_deletes_what_it_counts);
	tcase_add_test(tc, archived_items_are_loaded_with_their_plan);
	tcase_add_test(tc, archived_items_and_absences_from_a_file_are_stored_as_given);
	return run_tcase("store_history", tc);
}

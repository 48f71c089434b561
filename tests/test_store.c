/* The SQLite store: schema and built-in reference data, round trips, all-or-nothing
 * imports, the constraints the schema repeats, and locking. Real files in a temp dir. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>

#include "store-helpers.h"

START_TEST(new_store_has_the_national_reference_data)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;

	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->regions_n, 4);
	ck_assert_uint_eq(pf->areas_n, 19);
	ck_assert_uint_eq(pf->phases_n, 5);
	ck_assert_str_eq(pf->phases[2].name, "Utprøving");
	ck_assert_str_eq(pf->areas[0].code, "bergen");
	ck_assert_str_eq(pf->areas[18].code, "unn");
	ck_assert_str_eq(vk_model_area(pf, "ostfold")->name, "Sykehuset Østfold");
	ck_assert_str_eq(vk_model_area(pf, "ostfold")->region, "sorost");
	ck_assert_uint_eq(pf->items_n, 0);
	vk_model_free(pf);
	vk_db_close(db);
	ck_assert_int_eq(raw_int("PRAGMA user_version"), vk_db_schema_version());
	ck_assert_int_eq(raw_int("SELECT count(*) FROM area"), 19);
}
END_TEST

START_TEST(opening_is_wal_with_foreign_keys)
{
	vk_db_close(open_new());
	ck_assert_int_eq(raw_int("PRAGMA journal_mode = WAL") >= 0, 1);
	/* a rollout row for an area that does not exist is refused */
	ck_assert_int_ne(
	    raw("INSERT INTO rollout (item_id, area_id, phase_id, start_date, end_date, "
		"ord) VALUES (999, 999, 1, '2023-01-01', '2023-02-01', 1)"),
	    SQLITE_OK);
}
END_TEST

START_TEST(missing_store_is_no_input_and_not_created)
{
	struct vk_db *db;
	struct vk_error err;

	ck_assert_int_eq(vk_db_open(path, false, NULL, &db, &err), VK_ENOINPUT);
	ck_assert_ptr_null(db);
	ck_assert_int_ne(access(path, F_OK), 0);
}
END_TEST

START_TEST(a_file_that_is_no_database_is_refused)
{
	struct vk_db *db;
	struct vk_error err;
	FILE *f = fopen(path, "w");

	fputs("this is not sqlite, just text that is long enough to fill a header........\n", f);
	fclose(f);
	ck_assert_int_eq(vk_db_open(path, false, NULL, &db, &err), VK_ESTORE);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a veikart store"));
}
END_TEST

START_TEST(newer_schema_is_refused)
{
	struct vk_db *db;
	struct vk_error err;

	vk_db_close(open_new());
	ck_assert_int_eq(raw("PRAGMA user_version = 99"), SQLITE_OK);
	ck_assert_int_eq(vk_db_open(path, false, NULL, &db, &err), VK_ESTORE);
	ck_assert_ptr_nonnull(strstr(err.msg, "schema version 99"));
}
END_TEST

START_TEST(import_round_trips_every_field)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;
	const struct vk_item *p, *s;
	char buf[VK_DATE_TEXT_MAX];

	ck_assert_msg(import_text(db, pll, false, &err) == VK_OK, "%s", err.msg);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_str_eq(pf->title, "Test");
	ck_assert_str_eq(vk_date_format(pf->status_date, buf), "2024-05-01");
	ck_assert_uint_eq(pf->items_n, 3);
	p = &pf->items[0];
	ck_assert_str_eq(p->code, "PLL");
	ck_assert_int_eq(p->kind, VK_PROGRAMME);
	ck_assert_str_eq(p->owner, "Hdir");
	ck_assert_str_eq(p->description, "Én liste");
	ck_assert_int_eq(p->priority, 1);
	ck_assert_uint_eq(p->phases_n, 2);
	ck_assert_str_eq(p->phases[1].phase, "innforing");
	ck_assert_str_eq(vk_date_format(p->phases[1].start, buf), "2023-07-01");
	ck_assert_str_eq(vk_date_format(p->phases[1].end, buf), "2027-12-31");
	ck_assert_str_eq(vk_date_format(p->milestones[0].date, buf), "2027-12-31");
	ck_assert_int_eq(p->milestones[0].kind, VK_MS_GOAL);
	ck_assert_str_eq(p->deps[0].code, "SFM");
	ck_assert_str_eq(p->rollouts[0].area, "bergen");
	ck_assert_str_eq(vk_date_format(p->rollouts[0].span.end, buf), "2024-06-30");
	s = &pf->items[1];
	ck_assert_str_eq(s->code, "SFM");
	ck_assert_str_eq(s->parent, "PLL");
	ck_assert_uint_eq(s->budgets_n, 2);
	ck_assert_double_eq_tol(s->budgets[0].mnok, 120.5, 1e-9);
	ck_assert_int_eq(pf->items[2].priority, 0);
	ck_assert_ptr_null(pf->items[2].owner);
	vk_model_free(pf);
	vk_db_close(db);
}
END_TEST

START_TEST(failed_import_leaves_the_store_as_it_was)
{
	struct vk_db *db = open_new();
	struct vk_error err;
	int items, phases;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	items = raw_int("SELECT count(*) FROM item");
	phases = raw_int("SELECT count(*) FROM item_phase");
	/* valid on its own, but PLL's projects go and PDS would depend on a removed one */
	ck_assert_int_eq(import_text(db,
				     "veikart: 1\nprogrammes:\n  - {code: PLL, name: Ny}\n"
				     "  - {code: PDS, name: PDS, depends_on: [SFM]}\n",
				     false, &err),
			 VK_EDATA);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item"), items);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item_phase"), phases);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item WHERE name = 'Ny'"), 0);
	vk_db_close(db);
}
END_TEST

START_TEST(reimport_keeps_status_of_items_that_stay)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	ck_assert_int_eq(
	    raw("INSERT INTO period (code, start_date, end_date) VALUES ('2024-05', "
		"'2024-05-01', '2024-05-31');"
		"INSERT INTO status_report SELECT i.id, p.id, 'gul', 'forsinket', NULL FROM "
		"item i, period p WHERE i.code IN ('PLL', 'SFM');"),
	    SQLITE_OK);
	ck_assert_int_eq(import_text(db, "veikart: 1\nprogrammes: [{code: PLL, name: Nytt navn}]\n",
				     false, &err),
			 VK_OK);
	/* PLL stays (renamed) and keeps its status; its old project SFM left the plan and
	 * is archived with its status */
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report s JOIN item i ON i.id = "
				 "s.item_id WHERE i.code = 'PLL' AND i.name = 'Nytt navn'"),
			 1);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 2);
	ck_assert_int_eq(raw_int("SELECT archived FROM item WHERE code = 'SFM'"), 1);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item WHERE code = 'PDS'"), 1);
	ck_assert_int_eq(
	    import_text(db, "veikart: 1\nprogrammes: [{code: X, name: X}]\n", true, &err), VK_OK);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM item WHERE archived = 0"), 1);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report"), 2);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert_uint_eq(pf->archived_n, 3);
	vk_model_free(pf);
	vk_db_close(db);
}
END_TEST

START_TEST(phase_and_area_lists_can_be_replaced)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;

	ck_assert_msg(
	    import_text(db,
			"veikart: 1\nphases: [{code: konsept, name: Konsept, colour: "
			"\"#000000\"}, {code: drift, name: Drift og forvaltning, colour: "
			"\"#0072B2\"}]\nreplace_regions: true\nregions: [{code: vestland, "
			"name: Vestland, areas: [{code: k4601, name: Bergen}, {code: k4640, "
			"name: Sogndal}]}]\nprogrammes: [{code: FJL, name: Felles journalløft, "
			"rollout: [{area: k4640, phases: [{phase: drift, start: 2025, end: "
			"2026}]}]}]\n",
			false, &err) == VK_OK,
	    "%s", err.msg);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->phases_n, 2);
	ck_assert_uint_eq(pf->regions_n, 1);
	ck_assert_uint_eq(pf->areas_n, 2);
	ck_assert_str_eq(pf->areas[1].code, "k4640");
	vk_model_free(pf);
	/* a phase still in use cannot be dropped */
	ck_assert_int_eq(import_text(db,
				     "veikart: 1\nphases: [{code: konsept, name: Konsept, colour: "
				     "\"#000000\"}]\n",
				     false, &err),
			 VK_EDATA);
	ck_assert_ptr_nonnull(strstr(err.msg, "FJL (already in the store): unknown phase 'drift'"));
	vk_db_close(db);
}
END_TEST

START_TEST(schema_refuses_what_the_rules_forbid)
{
	vk_db_close(open_new());
	ck_assert_int_eq(raw("INSERT INTO item (kind, code, name, ord) VALUES ('programme', 'A', "
			     "'A', 1)"),
			 SQLITE_OK);
	ck_assert_int_ne(
	    raw("INSERT INTO item_phase (item_id, phase_id, start_date, end_date, ord) "
		"VALUES (1, 1, '2024-01-01', '2023-01-01', 1)"),
	    SQLITE_OK);
	ck_assert_int_ne(
	    raw("INSERT INTO item_phase (item_id, phase_id, start_date, end_date, ord) "
		"VALUES (1, 1, '2024-13-01', '2025-01-01', 1)"),
	    SQLITE_OK);
	ck_assert_int_ne(raw("INSERT INTO period (code, start_date, end_date) VALUES ('p', "
			     "'2024-01-01', '2024-01-31'); INSERT INTO status_report VALUES (1, 1, "
			     "'blå', NULL)"),
			 SQLITE_OK);
	ck_assert_int_ne(raw("INSERT INTO phase_kind (code, name, colour, ord) VALUES ('x', 'x', "
			     "'red', 9)"),
			 SQLITE_OK);
	ck_assert_int_ne(raw("INSERT INTO criterion (code, name, ord) VALUES ('M1', 'M1', 1); "
			     "INSERT INTO measure (code, name, ord) VALUES ('PLL', 'PLL', 1); "
			     "INSERT INTO score VALUES (1, 1, 10.5)"),
			 SQLITE_OK);
	ck_assert_int_ne(raw("INSERT INTO item (kind, code, name, parent_id, ord) VALUES "
			     "('programme', 'B', 'B', 1, 2)"),
			 SQLITE_OK);
	ck_assert_int_ne(raw("INSERT INTO budget VALUES (1, 2024, -1)"), SQLITE_OK);
}
END_TEST

START_TEST(a_version_1_store_is_migrated_keeping_its_data)
{
	extern const struct vk_embedded vk_db_migrations[];
	struct vk_db *db;
	struct vk_error err;
	sqlite3 *raw_db;

	/* a store as the first release left it: schema 1 and a status report */
	ck_assert_int_eq(sqlite3_open(path, &raw_db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(raw_db, vk_db_migrations[0].data, NULL, NULL, NULL),
			 SQLITE_OK);
	ck_assert_int_eq(
	    sqlite3_exec(raw_db,
			 "PRAGMA user_version = 1;"
			 "INSERT INTO item (kind, code, name, ord) VALUES ('programme', "
			 "'PLL', 'PLL', 1);"
			 "INSERT INTO period (code, start_date, end_date) VALUES "
			 "('2021-05', '2021-05-01', '2021-05-31');"
			 "INSERT INTO status_report VALUES (1, 1, 'gul', 'sen');",
			 NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(raw_db);
	ck_assert_msg(vk_db_open(path, false, NULL, &db, &err) == VK_OK, "%s", err.msg);
	vk_db_close(db);
	ck_assert_int_eq(raw_int("PRAGMA user_version"), vk_db_schema_version());
	{
		/* the store as it was is kept beside it */
		char bak[160];
		sqlite3 *b;
		sqlite3_stmt *st;
		snprintf(bak, sizeof(bak), "%s.schema1.bak", path);
		ck_assert_int_eq(sqlite3_open(bak, &b), SQLITE_OK);
		ck_assert_int_eq(sqlite3_prepare_v2(b, "PRAGMA user_version", -1, &st, NULL),
				 SQLITE_OK);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
		ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
		sqlite3_finalize(st);
		sqlite3_close(b);
	}
	ck_assert_int_eq(raw_int("SELECT count(*) FROM criterion"), 16);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM status_report WHERE comment = 'sen' AND "
				 "budget_mnok IS NULL"),
			 1);
	ck_assert_int_ne(raw("UPDATE status_report SET budget_mnok = -1"), SQLITE_OK);
}
END_TEST

START_TEST(readers_do_not_wait_for_a_writer)
{
	struct vk_db *db;
	struct vk_portfolio *pf;
	struct vk_error err;
	sqlite3 *other;

	vk_db_close(open_new());
	ck_assert_int_eq(sqlite3_open(path, &other), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(vk_db_open(path, false, NULL, &db, &err), VK_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	vk_model_free(pf);
	vk_db_close(db);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
}
END_TEST

START_TEST(files_of_one_import_may_refer_to_each_other_in_any_order)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *in[2] = {
	    yaml_ok("veikart: 1\nprogrammes: [{code: A, name: A, depends_on: [B]}]\n"),
	    yaml_ok("veikart: 1\nprogrammes: [{code: B, name: B}]\n")};
	struct vk_input items[2] = {{.kind = VK_INPUT_PORTFOLIO, .data = in[0]},
				    {.kind = VK_INPUT_PORTFOLIO, .data = in[1]}};
	struct vk_input_list list = {.items = items, .items_n = 2};
	struct vk_import im = {.inputs = &list};
	struct vk_error err;

	ck_assert_msg(vk_db_import(db, &im, &err) == VK_OK, "%s", err.msg);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM dependency"), 1);
	vk_db_import_clear(&im);
	vk_model_free(in[0]);
	vk_model_free(in[1]);
	vk_db_close(db);
}
END_TEST

START_TEST(a_locked_store_is_busy)
{
	struct vk_db *db = open_new();
	struct vk_error err;
	sqlite3 *other;

	ck_assert_int_eq(sqlite3_open(path, &other), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(import_text(db, pll, false, &err), VK_EBUSY);
	ck_assert_ptr_nonnull(strstr(err.msg, "busy"));
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	vk_db_close(db);
}
END_TEST

START_TEST(a_postgresql_address_is_refused_as_a_usage_error)
{
	struct vk_db *db = NULL;
	struct vk_error err;
	bool created = true;

	ck_assert_int_eq(
	    vk_db_open("postgresql://veikart@db.example/portfolio", true, &created, &db, &err),
	    VK_EUSAGE);
	ck_assert_ptr_null(db);
	ck_assert(!created);
	ck_assert_ptr_nonnull(strstr(err.msg, "no PostgreSQL backend"));
	ck_assert_int_eq(vk_db_open("postgres://h/p", false, NULL, &db, &err), VK_EUSAGE);
	ck_assert_int_eq(access(path, F_OK), -1);
}
END_TEST

START_TEST(open_says_whether_it_created_the_store)
{
	struct vk_db *db;
	struct vk_error err;
	bool created = false;

	ck_assert_int_eq(vk_db_open(path, true, &created, &db, &err), VK_OK);
	ck_assert(created);
	vk_db_close(db);
	ck_assert_int_eq(vk_db_open(path, true, &created, &db, &err), VK_OK);
	ck_assert(!created);
	vk_db_close(db);
	/* the reference data was written once, with the schema */
	ck_assert_int_eq(raw_int("SELECT count(*) FROM region"), 4);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM area"), 19);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM phase_kind"), 5);
	ck_assert_int_eq(raw_int("SELECT count(*) FROM criterion"), 16);
	/* with the ids schema 3 gave the model: groups first */
	ck_assert_int_eq(raw_int("SELECT id FROM criterion WHERE code = 'nytte'"), 3);
	ck_assert_int_eq(raw_int("SELECT id FROM criterion WHERE code = 'H2'"), 16);
}
END_TEST

START_TEST(loads_in_a_snapshot_see_one_state_of_the_store)
{
	struct vk_db *db = open_new();
	struct vk_portfolio *pf;
	struct vk_error err;
	size_t n;

	ck_assert_int_eq(import_text(db, pll, false, &err), VK_OK);
	ck_assert_int_eq(vk_db_snapshot_begin(db, &err), VK_OK);
	ck_assert_int_eq(vk_db_snapshot_begin(db, &err), VK_OK); /* nested: no BEGIN again */
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	n = pf->items_n;
	vk_model_free(pf);
	/* another process writes meanwhile */
	ck_assert_int_eq(raw("INSERT INTO item (kind, code, name, ord) VALUES ('programme', "
			     "'NY', 'Ny', 9)"),
			 SQLITE_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, n);
	vk_model_free(pf);
	vk_db_snapshot_end(db);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, n); /* the outer snapshot is still open */
	vk_model_free(pf);
	vk_db_snapshot_end(db);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, n + 1);
	vk_model_free(pf);
	vk_db_close(db);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("store");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, new_store_has_the_national_reference_data);
	tcase_add_test(tc, opening_is_wal_with_foreign_keys);
	tcase_add_test(tc, missing_store_is_no_input_and_not_created);
	tcase_add_test(tc, a_file_that_is_no_database_is_refused);
	tcase_add_test(tc, newer_schema_is_refused);
	tcase_add_test(tc, import_round_trips_every_field);
	tcase_add_test(tc, failed_import_leaves_the_store_as_it_was);
	tcase_add_test(tc, reimport_keeps_status_of_items_that_stay);
	tcase_add_test(tc, phase_and_area_lists_can_be_replaced);
	tcase_add_test(tc, schema_refuses_what_the_rules_forbid);
	tcase_add_test(tc, a_version_1_store_is_migrated_keeping_its_data);
	tcase_add_test(tc, a_locked_store_is_busy);
	tcase_add_test(tc, readers_do_not_wait_for_a_writer);
	tcase_add_test(tc, files_of_one_import_may_refer_to_each_other_in_any_order);
	tcase_add_test(tc, a_postgresql_address_is_refused_as_a_usage_error);
	tcase_add_test(tc, open_says_whether_it_created_the_store);
	tcase_add_test(tc, loads_in_a_snapshot_see_one_state_of_the_store);
	return run_tcase("store", tc);
}

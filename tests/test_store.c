/* The SQLite store: schema and built-in reference data, round trips, all-or-nothing
 * imports, the constraints the schema repeats, and locking. Real files in a temp dir. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "date.h"
#include "helpers.h"
#include "embedded.h"
#include "sheet.h"
#include "store.h"

static char dir[64];
static char path[96];

static void setup(void)
{
	strcpy(dir, "/tmp/vk-store-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/v.db", dir);
}

static void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static struct vk_db *open_new(void)
{
	struct vk_db *db;
	struct vk_error err;

	ck_assert_msg(vk_db_open(path, true, NULL, &db, &err) == VK_OK, "%s", err.msg);
	return db;
}

static enum vk_code import_text(struct vk_db *db, const char *text, bool replace,
				struct vk_error *err)
{
	struct vk_portfolio *in = yaml_ok(text);
	struct vk_input item = {.kind = VK_INPUT_PORTFOLIO, .data = in};
	struct vk_input_list list = {.items = &item, .items_n = 1};
	struct vk_import im = {.inputs = &list, .replace = replace};
	enum vk_code rc = vk_db_import(db, &im, err);
	vk_db_import_clear(&im);
	vk_model_free(in);
	return rc;
}

/* Runs `sql` on a second, raw connection; returns SQLite's result code. */
static int raw(const char *sql)
{
	sqlite3 *db;
	int rc;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static int raw_int(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static const char *const pll =
    "veikart: 1\ntitle: Test\nstatus_date: 2024-05\n"
    "programmes:\n"
    "  - code: PLL\n    name: Pasientens legemiddelliste\n    owner: Hdir\n    priority: 1\n"
    "    description: Én liste\n"
    "    phases: [{phase: utproving, start: 2022-Q3, end: 2023-H1}, {phase: innforing, start: "
    "2023-H2, end: 2027}]\n"
    "    milestones: [{date: 2027, name: Over halvparten, kind: goal}]\n"
    "    depends_on: [SFM]\n"
    "    rollout: [{area: Helse Bergen, phases: [{phase: innforing, start: 2023-Q3, end: "
    "2024-Q2}]}]\n"
    "    projects: [{code: SFM, name: Sentral forskrivningsmodul, budget: {2021: 120.5, 2022: "
    "99}}]\n"
    "  - {code: PDS, name: Program digital samhandling}\n";

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
	tcase_add_test(tc, status_reports_are_added_then_replaced_or_unchanged);
	tcase_add_test(tc, a_sheet_with_an_unknown_code_writes_nothing);
	tcase_add_test(tc, trend_and_latest_status_agree_with_the_reports);
	tcase_add_test(tc, a_locked_store_is_busy);
	tcase_add_test(tc, readers_do_not_wait_for_a_writer);
	tcase_add_test(tc, files_of_one_import_may_refer_to_each_other_in_any_order);
	tcase_add_test(tc, rename_keeps_history_and_refuses_a_taken_code);
	tcase_add_test(tc, remove_archives_and_purge_deletes_what_it_counts);
	tcase_add_test(tc, archived_items_are_loaded_with_their_plan);
	tcase_add_test(tc, archived_items_and_absences_from_a_file_are_stored_as_given);
	tcase_add_test(tc, a_postgresql_address_is_refused_as_a_usage_error);
	tcase_add_test(tc, open_says_whether_it_created_the_store);
	tcase_add_test(tc, loads_in_a_snapshot_see_one_state_of_the_store);
	return run_tcase("store", tc);
}

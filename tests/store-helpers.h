/* Shared by the store suites: a fresh temp directory per test, the store file in it,
 * imports from inline YAML and a second, raw SQLite connection to look underneath. */
#ifndef VK_TEST_STORE_HELPERS_H
#define VK_TEST_STORE_HELPERS_H

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

static inline void setup(void)
{
	strcpy(dir, "/tmp/vk-store-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/v.db", dir);
}

static inline void teardown(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static inline struct vk_db *open_new(void)
{
	struct vk_db *db;
	struct vk_error err;

	ck_assert_msg(vk_db_open(path, true, NULL, &db, &err) == VK_OK, "%s", err.msg);
	return db;
}

static inline enum vk_code import_text(struct vk_db *db, const char *text, bool replace,
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
static inline int raw(const char *sql)
{
	sqlite3 *db;
	int rc;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_exec(db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc;
}

static inline int raw_int(const char *sql)
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

#endif

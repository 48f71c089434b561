/* Shared by the Check binaries: running a suite, and models from inline YAML (alone or
 * on top of the store's defaults). */
#ifndef VK_TEST_HELPERS_H
#define VK_TEST_HELPERS_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "store.h"
#include "yaml.h"

/* Reads `text` as the portfolio file "t.yaml"; fails the test when it does not parse. */
static inline struct vk_portfolio *yaml_ok(const char *text)
{
	struct vk_portfolio *pf = NULL;
	struct vk_error err = {VK_OK, ""};

	ck_assert_msg(vk_yaml_read_buffer("t.yaml", text, strlen(text), &pf, &err) == VK_OK,
		      "parse failed: %s", err.msg);
	return pf;
}

/* Reads `text` and returns the error message it must produce. */
static inline const char *yaml_err(const char *text, struct vk_error *err)
{
	struct vk_portfolio *pf = NULL;

	ck_assert_int_eq(vk_yaml_read_buffer("t.yaml", text, strlen(text), &pf, err), VK_EDATA);
	ck_assert_ptr_null(pf);
	return err->msg;
}

/* The store's defaults (5 phases, 19 areas) with `yaml` imported on top. */
static inline struct vk_portfolio *portfolio(const char *yaml)
{
	struct vk_db *db;
	struct vk_portfolio *pf, *in = yaml_ok(yaml);
	struct vk_error err;

	ck_assert_int_eq(vk_db_open(":memory:", true, NULL, &db, &err), VK_OK);
	ck_assert_int_eq(vk_db_load(db, &pf, &err), VK_OK);
	vk_db_close(db);
	vk_model_merge(pf, in, false);
	ck_assert_msg(vk_model_validate(pf, &err) == VK_OK, "%s", err.msg);
	vk_model_free(in);
	return pf;
}

/* Fails table case `i` unless the error message `msg` starts with `want`. */
static inline void msg_starts_with(int i, const char *msg, const char *want)
{
	ck_assert_msg(strncmp(msg, want, strlen(want)) == 0, "case %d: got '%s', want '%s...'", i,
		      msg, want);
}

/* Runs the test case `tc` as suite `name`; returns the exit status. */
static inline int run_tcase(const char *name, TCase *tc)
{
	Suite *s = suite_create(name);
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif

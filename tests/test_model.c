/* Validation of a whole portfolio, merging a file into the store's model, and the
 * review behind `veikart check`. Models come from inline YAML. */
#include <check.h>

#include "alloc.h"
#include "date.h"
#include "helpers.h"
#include "review.h"

/* Reference data as the store has it: two phases, two regions with three areas. */
static const char *const base_yaml =
    "veikart: 1\n"
    "phases:\n"
    "  - {code: utproving, name: Utprøving, colour: \"#E69F00\"}\n"
    "  - {code: innforing, name: Innføring, colour: \"#009E73\"}\n"
    "regions:\n"
    "  - {code: vest, name: Helse Vest RHF, areas: [{code: bergen, name: Helse Bergen},\n"
    "                                             {code: forde, name: Helse Førde}]}\n"
    "  - {code: midt, name: Helse Midt-Norge RHF, areas: [{code: stolav, name: St. Olavs "
    "hospital}]}\n";

/* The error `file` gives when checked on top of the base. */
static const char *merged_error(const char *file, struct vk_error *err)
{
	struct vk_portfolio *base = yaml_ok(base_yaml), *in = yaml_ok(file);

	vk_model_merge(base, in, false);
	vk_model_resolve(base);
	ck_assert_int_eq(vk_model_validate(base, err), VK_EDATA);
	vk_model_free(base);
	vk_model_free(in);
	return err->msg;
}

static struct vk_portfolio *merged_ok(const char *file)
{
	struct vk_portfolio *base = yaml_ok(base_yaml), *in = yaml_ok(file);
	struct vk_error err = {VK_OK, ""};

	vk_model_merge(base, in, false);
	vk_model_resolve(base);
	ck_assert_msg(vk_model_validate(base, &err) == VK_OK, "%s", err.msg);
	vk_model_free(in);
	return base;
}

static const struct {
	const char *yaml;
	const char *msg;
} invalid[] = {
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, rollout: [{area: oslo, phases: "
     "[{phase: innforing, start: 2025, end: 2025}]}]}\n",
     "t.yaml:3:41: unknown area 'oslo'"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, phases: [{phase: drift, start: 2023, "
     "end: 2024}]}\n",
     "t.yaml:3:41: unknown phase 'drift'"},
    {"veikart: 1\nprogrammes:\n  - code: A\n    name: A\n"
     "    phases: [{phase: utproving, start: 2024, end: 2023-06}]\n",
     "t.yaml:5:51: phase 'utproving' ends 2023-06-30, before it starts 2024-01-01"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, depends_on: [SFM]}\n",
     "t.yaml:3:37: 'A' depends on 'SFM', which is no programme or project"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, depends_on: [A]}\n",
     "t.yaml:3:37: 'A' depends on itself"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, depends_on: [B]}\n"
     "  - {code: B, name: B, depends_on: [C]}\n  - {code: C, name: C, depends_on: [A]}\n",
     "t.yaml:5:37: dependency cycle: A → B → C → A"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A}\n  - {code: A, name: Igjen}\n",
     "t.yaml:4:12: duplicate code 'A'"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, projects: [{code: A, name: P}]}\n",
     "t.yaml:3:42: duplicate code 'A'"},
    {"veikart: 1\nprogrammes:\n  - {code: \"A B\", name: A}\n", "t.yaml:3:13: invalid code 'A B'"},
    {"veikart: 1\nphases: [{code: behov, name: Behov, colour: red}]\n",
     "t.yaml:2:17: invalid colour 'red'"},
    {"veikart: 1\nphases: []\n", "t.yaml:2:1: the phase list is empty"},
    {"veikart: 1\nregions: [{code: nord, name: Nord, areas: [{code: bergen, name: B}]}]\n",
     "t.yaml:2:51: duplicate area code 'bergen'"},
};

START_TEST(invalid_references_are_refused_at_their_position)
{
	struct vk_error err;
	const char *msg = merged_error(invalid[_i].yaml, &err);

	msg_starts_with(_i, msg, invalid[_i].msg);
}
END_TEST

START_TEST(area_may_be_named_by_its_full_name)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nprogrammes:\n  - {code: A, name: A, rollout: [{area: Helse Førde, phases: "
	    "[{phase: innforing, start: 2025, end: 2025}]}, {area: st. olavs hospital, phases: "
	    "[{phase: innforing, start: 2026, end: 2026}]}]}\n");
	const struct vk_item *a = vk_model_item(pf, "A");

	ck_assert_str_eq(a->rollouts[0].area, "forde");
	ck_assert_str_eq(a->rollouts[1].area, "stolav");
	vk_model_free(pf);
}
END_TEST

START_TEST(merge_replaces_a_programme_with_its_projects)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, projects: [{code: A1, name: A1}, {code: A2, name: A2}]}\n"
	    "  - {code: B, name: B, projects: [{code: B1, name: B1}]}\n");
	struct vk_portfolio *in = yaml_ok("veikart: 1\nprogrammes:\n  - {code: A, name: Ny A, "
					  "projects: [{code: A3, name: A3}]}\n");
	struct vk_error err;

	vk_model_merge(pf, in, false);
	ck_assert_int_eq(vk_model_validate(pf, &err), VK_OK);
	ck_assert_uint_eq(pf->items_n, 4);
	ck_assert_str_eq(vk_model_item(pf, "A")->name, "Ny A");
	ck_assert_ptr_null(vk_model_item(pf, "A1"));
	ck_assert_ptr_null(vk_model_item(pf, "A2"));
	ck_assert_str_eq(vk_model_item(pf, "A3")->parent, "A");
	ck_assert_str_eq(vk_model_item(pf, "B1")->parent, "B");
	ck_assert_uint_eq(in->items_n, 0);
	vk_model_free(in);
	vk_model_free(pf);
}
END_TEST

START_TEST(merge_with_replace_drops_everything_else)
{
	struct vk_portfolio *pf =
	    merged_ok("veikart: 1\nprogrammes: [{code: A, name: A}, {code: B, "
		      "name: B}]\n");
	struct vk_portfolio *in = yaml_ok("veikart: 1\nprogrammes: [{code: C, name: C}]\n");

	vk_model_merge(pf, in, true);
	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert_str_eq(pf->items[0].code, "C");
	ck_assert_uint_eq(pf->areas_n, 3); /* reference data stays */
	vk_model_free(in);
	vk_model_free(pf);
}
END_TEST

/* vk_model_item keeps a sorted index; it must follow merges that keep the item count,
 * and find the first of equal codes, whatever the order. */
/* Checking changes nothing: an area named by its full name is rewritten to its code by
 * vk_model_resolve alone, and before that vk_model_validate refuses it as it stands. */
START_TEST(validate_changes_nothing_resolve_rewrites_names)
{
	struct vk_portfolio *base = yaml_ok(base_yaml),
			    *in =
				yaml_ok("veikart: 1\nprogrammes:\n  - {code: A, name: A, rollout: "
					"[{area: helse bergen, phases: [{phase: utproving, start: "
					"2024, end: 2025}]}]}\n");
	struct vk_error err = {VK_OK, ""};

	vk_model_merge(base, in, false);
	ck_assert_int_eq(vk_model_validate(base, &err), VK_EDATA);
	ck_assert_str_eq(vk_model_item(base, "A")->rollouts[0].area, "helse bergen");
	vk_model_resolve(base);
	ck_assert_str_eq(vk_model_item(base, "A")->rollouts[0].area, "bergen");
	ck_assert_msg(vk_model_validate(base, &err) == VK_OK, "%s", err.msg);
	vk_model_free(in);
	vk_model_free(base);
}
END_TEST

START_TEST(lookups_follow_merges_and_find_the_first_of_equal_codes)
{
	struct vk_portfolio *pf =
	    merged_ok("veikart: 1\nprogrammes: [{code: A, name: A}, {code: B, name: B}]\n");
	struct vk_portfolio *in =
	    yaml_ok("veikart: 1\nprogrammes: [{code: D, name: D}, {code: C, name: C}]\n");
	struct vk_portfolio *many = vk_model_new();

	ck_assert_ptr_nonnull(vk_model_item(pf, "B"));
	vk_model_merge(pf, in, true);
	ck_assert_uint_eq(pf->items_n, 2);
	ck_assert_ptr_null(vk_model_item(pf, "A"));
	ck_assert_ptr_null(vk_model_item(pf, "B"));
	ck_assert_ptr_eq(vk_model_item(pf, "C"), &pf->items[1]);
	ck_assert_ptr_eq(vk_model_item(pf, "D"), &pf->items[0]);
	for (int i = 0; i < 3000; i++) {
		struct vk_item *it = VK_PUSH(many->items);
		memset(it, 0, sizeof(*it));
		it->code = vk_xasprintf("K%d", (i * 7919) % 2000); /* 1000 codes come twice */
	}
	for (int i = 0; i < 3000; i++) {
		struct vk_item *hit = vk_model_item_mut(many, many->items[i].code);
		ck_assert_ptr_nonnull(hit);
		ck_assert_int_le(hit - many->items, i);
		ck_assert_str_eq(hit->code, many->items[i].code);
	}
	ck_assert_ptr_null(vk_model_item(many, "K2000"));
	{
		/* a file that lists P twice, then one that lists it once: one of the first
		 * file's stays, so the second is a duplicate */
		struct vk_portfolio
		    *base = yaml_ok(base_yaml),
		    *twice = yaml_ok(
			"veikart: 1\nprogrammes: [{code: P, name: A}, {code: P, name: B}]\n"),
		    *once = yaml_ok("veikart: 1\nprogrammes: [{code: P, name: C}]\n");
		struct vk_error err;
		vk_model_merge(base, twice, false);
		vk_model_merge(base, once, false);
		ck_assert_int_eq(vk_model_validate(base, &err), VK_EDATA);
		ck_assert_msg(strstr(err.msg, "duplicate code 'P'"), "%s", err.msg);
		vk_model_free(base);
		vk_model_free(twice);
		vk_model_free(once);
	}
	ck_assert_ptr_null(vk_model_item(many, ""));
	vk_model_free(many);
	vk_model_free(in);
	vk_model_free(pf);
}
END_TEST

START_TEST(removing_a_dependency_target_is_refused)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nprogrammes:\n  - {code: A, name: A, projects: [{code: A1, name: A1}]}\n"
	    "  - {code: B, name: B, depends_on: [A1]}\n");
	struct vk_portfolio *in = yaml_ok("veikart: 1\nprogrammes: [{code: A, name: A}]\n");
	struct vk_error err;

	/* positions of what is already in the store are gone, as after a load */
	for (size_t i = 0; i < pf->items_n; i++)
		for (size_t k = 0; k < pf->items[i].deps_n; k++)
			pf->items[i].deps[k].pos.line = 0;
	vk_model_merge(pf, in, false);
	ck_assert_int_eq(vk_model_validate(pf, &err), VK_EDATA);
	ck_assert_str_eq(err.msg, "B (already in the store): 'B' depends on 'A1', which is no "
				  "programme or project");
	vk_model_free(in);
	vk_model_free(pf);
}
END_TEST

START_TEST(regions_are_added_or_replaced_by_code)
{
	struct vk_portfolio *pf =
	    merged_ok("veikart: 1\nregions:\n"
		      "  - {code: vest, name: Vest, areas: [{code: bergen, name: Bergen}]}\n"
		      "  - {code: nord, name: Helse Nord RHF, areas: [{code: unn, name: UNN}]}\n");

	ck_assert_uint_eq(pf->regions_n, 3);
	ck_assert_str_eq(vk_model_region(pf, "vest")->name, "Vest");
	ck_assert_ptr_null(vk_model_area(pf, "forde"));
	ck_assert_str_eq(vk_model_area(pf, "unn")->region, "nord");
	ck_assert_str_eq(vk_model_area(pf, "stolav")->region, "midt");
	vk_model_free(pf);

	pf = merged_ok("veikart: 1\nreplace_regions: true\n"
		       "regions: [{code: fylke, name: Vestland, areas: [{code: k4601, name: Bergen "
		       "kommune}]}]\n");
	ck_assert_uint_eq(pf->regions_n, 1);
	ck_assert_uint_eq(pf->areas_n, 1);
	vk_model_free(pf);
}
END_TEST

START_TEST(phase_list_replaces_the_old_one)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nphases: [{code: konsept, name: Konsept, colour: \"#123456\"}]\n");

	ck_assert_uint_eq(pf->phases_n, 1);
	ck_assert_str_eq(pf->phases[0].code, "konsept");
	vk_model_free(pf);
}
END_TEST

START_TEST(milestones_are_listed_by_date)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nprogrammes:\n"
	    "  - {code: A, name: A, milestones: [{date: 2029, name: sist, kind: goal}]}\n"
	    "  - {code: B, name: B, milestones: [{date: 2023-Q3, name: først, kind: decision},\n"
	    "                                    {date: 2027-06-01, name: midt, kind: "
	    "delivery}]}\n");
	size_t n;
	struct vk_milestone_ref *refs = vk_model_milestones(pf, &n);

	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(refs[0].milestone->name, "først");
	ck_assert_str_eq(refs[1].milestone->name, "midt");
	ck_assert_str_eq(refs[2].item->code, "A");
	free(refs);
	vk_model_free(pf);
}
END_TEST

START_TEST(review_warns_about_questionable_plans)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nprogrammes:\n"
	    "  - code: A\n    name: A\n"
	    "    phases: [{phase: innforing, start: 2023, end: 2024}, {phase: utproving, start: "
	    "2025, "
	    "end: 2025}]\n"
	    "    rollout: [{area: bergen, phases: [{phase: innforing, start: 2023, end: 2026}]}]\n"
	    "    projects: [{code: A1, name: A1, phases: [{phase: utproving, start: 2022, end: "
	    "2023}]}]\n"
	    "  - {code: B, name: B}\n");
	struct vk_findings f = {0};

	vk_review_run(pf, NULL, &f);
	ck_assert_uint_eq(f.errors, 0);
	ck_assert_uint_eq(f.warnings, 5);
	ck_assert_str_eq(f.list[0].code, "A");
	ck_assert_str_eq(
	    f.list[0].message,
	    "phase 'innforing' starts before 'utproving', against the life-cycle order");
	ck_assert_str_eq(f.list[1].message,
			 "rollout plans 1 of 2 areas in Helse Vest RHF (not: forde)");
	ck_assert_str_eq(f.list[2].message,
			 "rollout in bergen 2023-01-01 – 2026-12-31 lies outside "
			 "A's phases (2023-01-01 – 2025-12-31)");
	ck_assert_str_eq(f.list[3].code, "A1");
	ck_assert_str_eq(f.list[4].message, "has no dated phases, so no roadmap bar");
	vk_review_clear(&f);
	vk_model_free(pf);
}
END_TEST

START_TEST(review_warns_about_gaps_overlaps_and_missed_milestones)
{
	struct vk_portfolio *pf = merged_ok(
	    "veikart: 1\nstatus_date: 2024-06-01\nprogrammes:\n"
	    "  - code: A\n    name: A\n"
	    "    phases: [{phase: utproving, start: 2023, end: 2023-Q3}, {phase: innforing, start: "
	    "2024, end: 2025}]\n"
	    "    milestones: [{date: 2024-03, name: sen, kind: delivery},\n"
	    "                 {date: 2024-02, name: tatt, kind: decision, done: true}]\n"
	    "  - code: B\n    name: B\n"
	    "    phases: [{phase: utproving, start: 2023, end: 2024}, {phase: innforing, start: "
	    "2024-06, end: 2025}]\n"
	    "    milestones: [{date: 2023, name: halvparten, kind: goal}]\n"
	    "    rollout: [{area: bergen, phases: [{phase: innforing, start: 2023, end: 2023},\n"
	    "                                      {phase: utproving, start: 2024, end: "
	    "2024}]}]\n");
	struct vk_findings f = {0};
	size_t found = 0;

	vk_model_item_mut(pf, "B")->status = VK_GRONN;
	vk_review_run(pf, NULL, &f);
	for (size_t i = 0; i < f.list_n; i++) {
		const char *m = f.list[i].message;
		found += strcmp(m, "a gap between 'utproving' (ends 2023-09-30) and 'innforing' "
				   "(starts 2024-01-01)") == 0;
		found += strcmp(m, "milestone 'sen' (2024-03-31) is past the status date and not "
				   "marked done") == 0;
		found += strcmp(m, "phases 'utproving' and 'innforing' overlap (innforing starts "
				   "2024-06-01)") == 0;
		found +=
		    strcmp(m, "reports grønn, but its goal 'halvparten' (2023-12-31) has passed "
			      "and is not marked done") == 0;
		found += strcmp(m, "in bergen, 'innforing' starts before 'utproving', against the "
				   "life-cycle order") == 0;
		ck_assert_msg(strstr(m, "tatt") == NULL, "a done milestone is reported: %s", m);
	}
	ck_assert_uint_eq(found, 5);
	ck_assert_uint_eq(f.errors, 0);
	vk_review_clear(&f);
	vk_model_free(pf);
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("model");

	tcase_add_loop_test(tc, invalid_references_are_refused_at_their_position, 0,
			    (int)(sizeof(invalid) / sizeof(invalid[0])));
	tcase_add_test(tc, area_may_be_named_by_its_full_name);
	tcase_add_test(tc, merge_replaces_a_programme_with_its_projects);
	tcase_add_test(tc, merge_with_replace_drops_everything_else);
	tcase_add_test(tc, removing_a_dependency_target_is_refused);
	tcase_add_test(tc, validate_changes_nothing_resolve_rewrites_names);
	tcase_add_test(tc, lookups_follow_merges_and_find_the_first_of_equal_codes);
	tcase_add_test(tc, regions_are_added_or_replaced_by_code);
	tcase_add_test(tc, phase_list_replaces_the_old_one);
	tcase_add_test(tc, milestones_are_listed_by_date);
	tcase_add_test(tc, review_warns_about_questionable_plans);
	tcase_add_test(tc, review_warns_about_gaps_overlaps_and_missed_milestones);
	return run_tcase("model", tc);
}

/* The portfolio file reader: what it accepts, and the FILE:LINE:COL of what it refuses. */
#include <check.h>

#include <stdio.h>

#include "alloc.h"
#include "date.h"
#include "export.h"
#include "helpers.h"

static const char *const example =
    "veikart: 1\n"
    "title: Nasjonal e-helseportefølje\n"
    "status_date: 2024-05-31\n"
    "phases:\n"
    "  - {code: utproving, name: Utprøving, colour: \"#E69F00\"}\n"
    "  - {code: innforing, name: Innføring, colour: \"#009E73\"}\n"
    "regions:\n"
    "  - code: vest\n"
    "    name: Helse Vest RHF\n"
    "    areas: [{code: bergen, name: Helse Bergen}]\n"
    "programmes:\n"
    "  - code: PLL\n"
    "    name: Pasientens legemiddelliste\n"
    "    owner: Helsedirektoratet\n"
    "    priority: 1\n"
    "    phases: [{phase: utproving, start: 2022-Q3, end: 2023-H1}]\n"
    "    milestones: [{date: 2027, name: Over halvparten av pasientene, kind: goal}]\n"
    "    depends_on: [SFM]\n"
    "    rollout:\n"
    "      - area: bergen\n"
    "        phases: [{phase: innforing, start: 2023-Q3, end: 2024-Q2},\n"
    "                 {phase: utproving, start: 2023-01, end: 2023-06}]\n"
    "    projects:\n"
    "      - {code: SFM, name: Sentral forskrivningsmodul, owner: Helsedirektoratet,\n"
    "         phases: [{phase: utproving, start: 2019, end: 2022}], budget: {2021: 120.5}}\n"
    "projects:\n"
    "  - {code: ALONE, name: Frittstående}\n";

static const char *day(int date)
{
	static char buf[VK_DATE_TEXT_MAX];
	return vk_date_format(date, buf);
}

START_TEST(reads_the_documented_example)
{
	struct vk_portfolio *pf = yaml_ok(example);
	const struct vk_item *pll, *sfm;

	ck_assert_str_eq(pf->title, "Nasjonal e-helseportefølje");
	ck_assert_str_eq(day(pf->status_date), "2024-05-31");
	ck_assert(pf->has_phases);
	ck_assert_uint_eq(pf->phases_n, 2);
	ck_assert_str_eq(pf->phases[1].name, "Innføring");
	ck_assert_uint_eq(pf->regions_n, 1);
	ck_assert_uint_eq(pf->areas_n, 1);
	ck_assert_str_eq(pf->areas[0].region, "vest");
	ck_assert_uint_eq(pf->items_n, 3);

	pll = &pf->items[0];
	ck_assert_int_eq(pll->kind, VK_PROGRAMME);
	ck_assert_int_eq(pll->priority, 1);
	ck_assert_str_eq(day(pll->phases[0].start), "2022-07-01");
	ck_assert_str_eq(day(pll->phases[0].end), "2023-06-30");
	ck_assert_str_eq(day(pll->milestones[0].date), "2027-12-31");
	ck_assert_int_eq(pll->milestones[0].kind, VK_MS_GOAL);
	ck_assert_str_eq(pll->deps[0].code, "SFM");
	ck_assert_uint_eq(pll->rollouts_n, 2);
	ck_assert_str_eq(pll->rollouts[1].area, "bergen");
	ck_assert_str_eq(pll->rollouts[1].span.phase, "utproving");
	ck_assert_str_eq(day(pll->rollouts[1].span.end), "2023-06-30");

	sfm = &pf->items[1];
	ck_assert_int_eq(sfm->kind, VK_PROJECT);
	ck_assert_str_eq(sfm->parent, "PLL");
	ck_assert_int_eq(sfm->budgets[0].year, 2021);
	ck_assert_double_eq_tol(sfm->budgets[0].mnok, 120.5, 1e-9);
	ck_assert_ptr_null(pf->items[2].parent);
	ck_assert_int_eq(pf->items[2].kind, VK_PROJECT);
	vk_model_free(pf);
}
END_TEST

START_TEST(positions_point_at_the_code)
{
	struct vk_portfolio *pf = yaml_ok(example);

	ck_assert_str_eq(pf->items[0].pos.file, "t.yaml");
	ck_assert_int_eq(pf->items[0].pos.line, 12);
	ck_assert_int_eq(pf->items[0].pos.col, 11);
	ck_assert_int_eq(pf->items[0].deps[0].pos.line, 18);
	ck_assert_int_eq(pf->items[0].deps[0].pos.col, 18);
	vk_model_free(pf);
}
END_TEST

START_TEST(no_and_yes_stay_strings)
{
	struct vk_portfolio *pf =
	    yaml_ok("veikart: 1\n"
		    "programmes:\n"
		    "  - {code: NO, name: yes, owner: off, description: null x}\n");

	ck_assert_str_eq(pf->items[0].code, "NO");
	ck_assert_str_eq(pf->items[0].name, "yes");
	ck_assert_str_eq(pf->items[0].owner, "off");
	vk_model_free(pf);
}
END_TEST

START_TEST(nulls_are_whole_words_only)
{
	struct vk_portfolio *pf =
	    yaml_ok("veikart: 1\nprogrammes:\n"
		    "  - {code: A, name: n, owner: nul, description: nullish}\n");
	struct vk_error err;

	ck_assert_str_eq(pf->items[0].name, "n");
	ck_assert_str_eq(pf->items[0].owner, "nul");
	vk_model_free(pf);
	ck_assert_ptr_nonnull(
	    strstr(yaml_err("veikart: 1\nprogrammes: [{code: A, name: A, owner: ~}]\n", &err),
		   "'owner' is empty"));
	ck_assert_ptr_nonnull(
	    strstr(yaml_err("veikart: 1\nprogrammes: [{code: A, name: NULL}]\n", &err),
		   "'name' is empty"));
}
END_TEST

START_TEST(quoted_and_block_strings_are_read)
{
	struct vk_portfolio *pf = yaml_ok("veikart: 1\n"
					  "programmes:\n"
					  "  - code: \"2028\"\n"
					  "    name: 'Kritisk info: «allergier»'\n"
					  "    description: >-\n"
					  "      to\n"
					  "      linjer\n");

	ck_assert_str_eq(pf->items[0].code, "2028");
	ck_assert_str_eq(pf->items[0].name, "Kritisk info: «allergier»");
	ck_assert_str_eq(pf->items[0].description, "to linjer");
	vk_model_free(pf);
}
END_TEST

/* Each bad file and the start of the one line it must produce. */
static const struct {
	const char *yaml;
	const char *msg;
} bad[] = {
    {"", "t.yaml:1:1: the file is empty"},
    {"# bare en kommentar\n\n", "t.yaml:1:1: the file is empty"},
    {"veikart: 1\nprogrammes: [\n", "t.yaml:3:1: not valid YAML"},
    {"veikart: 1\nprogrammes:\n  - code: A\n   name: x\n", "t.yaml:4:4: not valid YAML"},
    {"- a\n- b\n", "t.yaml:1:3: a portfolio file must be a mapping"},
    {"title: x\n", "t.yaml:1:1: not a veikart portfolio file"},
    {"veikart: 2\n", "t.yaml:1:10: format version 2"},
    {"veikart: 1\nprogrammer: []\n", "t.yaml:2:1: unknown key 'programmer'"},
    {"veikart: 1\nprogrammes:\n  - {name: X}\n", "t.yaml:3:6: this programme has no 'code'"},
    {"veikart: 1\nprogrammes:\n  - {code: X}\n", "t.yaml:3:12: 'X' has no 'name'"},
    {"veikart: 1\nprogrammes:\n  - {code: X, name: [a, b]}\n",
     "t.yaml:3:22: 'name' must be a string, not a list"},
    {"veikart: 1\nprogrammes:\n  - {code: X, name: Y, priority: high}\n",
     "t.yaml:3:34: 'priority' must be a whole number"},
    {"veikart: 1\nprogrammes:\n  - {code: X, name: Y, priority: 0}\n",
     "t.yaml:3:34: 'priority' must be a whole number from 1"},
    {"veikart: 1\nprogrammes:\n  - {code: X, name: Y, phases: {phase: a}}\n",
     "t.yaml:3:33: 'phases' must be a list, not a mapping"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n"
     "    phases: [{phase: behov, start: 2023-13, end: 2024}]\n",
     "t.yaml:5:36: 'start': invalid date '2023-13'"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n"
     "    phases: [{phase: behov, start: tredje kvartal 2023, end: 2024}]\n",
     "t.yaml:5:36: 'start': invalid date 'tredje kvartal 2023'"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n"
     "    phases: [{phase: behov, start: 2023}]\n",
     "t.yaml:5:15: this phase has no 'end'"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n"
     "    milestones: [{date: 2027, name: M, kind: milestone}]\n",
     "t.yaml:5:46: unknown milestone kind 'milestone'"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n    budget: {abc: 1}\n",
     "t.yaml:5:14: 'budget year' must be a whole number"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: Y\n    budget: {2021: -5}\n",
     "t.yaml:5:20: 'budget' must be an amount in MNOK from 0 to 1e12, written in decimals"},
    {"veikart: 1\nprojects:\n  - {code: X, name: Y, rollout: []}\n",
     "t.yaml:3:24: unknown key 'rollout' in a project"},
    {"veikart: 1\ntitle: a\ntitle: b\n", "t.yaml:3:1: not valid YAML: duplicate key"},
    {"veikart: 1\ntitle: ab\xff\n", "t.yaml:2:10: the file is not UTF-8 text"},
    {"veikart: 1\ntitle: \xc3\x28\n", "t.yaml:2:8: the file is not UTF-8 text"},
    {"veikart: 1\nprogrammes:\n  - {code: X, name: Y, rollout: [{area: bergen, phases: []}]}\n",
     "t.yaml:3:35: this rollout entry has no 'phases'"},
    {"veikart: 1\nreplace_regions: kanskje\n",
     "t.yaml:2:18: 'replace_regions' must be true or false"},
    {"veikart: 1\nprogrammes:\n  - code: X\n    name: ~\n", "t.yaml:4:11: 'name' is empty"},
    /* numbers are plain decimals: strtod's hex, inf and nan are misreads */
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, budget: {2024: 0x10}}\n",
     "t.yaml:3:39: 'budget' must be an amount in MNOK from 0 to 1e12, written in decimals, "
     "not '0x10'"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, budget: {2024: 1e13}}\n",
     "t.yaml:3:39: 'budget' must be an amount in MNOK from 0 to 1e12"},
    {"veikart: 1\nprogrammes:\n  - {code: A, name: A, priority: ' 5'}\n",
     "t.yaml:3:35: 'priority' must be a whole number"},
    {"veikart: 1\nscoring:\n  criteria: [{code: G, weight: 1001, criteria: [{code: L}]}]\n",
     "t.yaml:3:32: 'weight' must be a weight from 0 to 1000, written in decimals, not '1001'"},
    {"veikart: 1\nscoring:\n  criteria: [{code: G, weight: .inf, criteria: [{code: L}]}]\n",
     "t.yaml:3:32: 'weight' must be a weight from 0 to 1000"},
    /* one document; keys and text as they are written */
    {"veikart: 1\n...\n---\nveikart: 1\n", "t.yaml:3:1: a second YAML document"},
    {"veikart: 1\n--- ~\n", "t.yaml:2:1: a second YAML document"},
    {"veikart: 1\n\"title\\0\": x\n", "t.yaml:2:2: a key contains a NUL character"},
    {"veikart: 1\ntitle: \"a\\tb\\rc\"\n",
     "t.yaml:2:9: 'title' contains the control character U+000D"},
    {"veikart: 1\ntitle: \"a\\x9bc\"\n",
     "t.yaml:2:9: 'title' contains the control character U+009B"},
    {"veikart: 1\ntitle: \"\\uFFFE\"\n", "t.yaml:2:9: 'title' contains U+FFFE"},
    /* the data sections: a sheet's words and bounds, at line and column */
    {"veikart: 1\nreports:\n  - {period: 2021-01, code: A, status: blå}\n",
     "t.yaml:3:40: unknown status 'blå' (expected grønn, gul or rød)"},
    {"veikart: 1\nreports: [{period: 2021-13, code: A, status: gul}]\n",
     "t.yaml:2:20: invalid period '2021-13'"},
    {"veikart: 1\nreports: [{period: 2021-01, status: gul}]\n",
     "t.yaml:2:12: this status report has no 'code'"},
    {"veikart: 1\nscores: [{measure: M, values: {M1: 10.5}}]\n",
     "t.yaml:2:36: 'M1' must be a value from 0 to 10"},
    {"veikart: 1\nscores: [{measure: M, values: {M1: 1, M1: 2}}]\n", "t.yaml:2:"},
    {"veikart: 1\ncosts: [{solution: S, year: 2023, kind: pris, mnok: 1}]\n",
     "t.yaml:2:41: unknown kind 'pris'"},
    {"veikart: 1\ncosts: [{solution: S, year: 2023, kind: budget}]\n",
     "t.yaml:2:10: this cost has no 'mnok'"},
    {"veikart: 1\narchived: [{code: X, name: X, absences: [{after: 2021-01}]}]\n",
     "t.yaml:2:19: 'X' has no 'kind' (programme or project)"},
    {"veikart: 1\narchived: [{code: X, kind: pro, name: X}]\n", "t.yaml:2:28: unknown kind 'pro'"},
    {"veikart: 1\narchived: [{code: X, kind: project, name: X, rollout: []}]\n",
     "t.yaml:2:46: 'rollout' is for programmes only"},
    {"veikart: 1\narchived: [{code: X, kind: project, name: X, projects: []}]\n",
     "t.yaml:2:46: unknown key 'projects'"},
    {"veikart: 1\narchived: [{code: X, kind: project, name: X, absences: [{after: 2021-01, "
     "until: 2021-02}]}]\n",
     "t.yaml:2:58: an archived item is out of the plan still"},
    {"veikart: 1\nprojects: [{code: X, name: X, absences: [{after: 2021-01}]}]\n",
     "t.yaml:2:43: an item in the plan is out of it no longer"},
    {"veikart: 1\nprojects: [{code: X, name: X, absences: [{after: 2021-03, until: 2021-02}]}]\n",
     "t.yaml:2:43: out of the plan until 2021-02-28, which is not after 2021-03-31"},
    {"veikart: 1\nprojects: [{code: X, name: X, absences: [{after: 2021-03, until: 2021-05}, "
     "{after: 2021-04, until: 2021-06}]}]\n",
     "t.yaml:2:77: times out of the plan go oldest first"},
    {"veikart: 1\nprojects: [{code: X, name: X, absences: [{after: 2021-03}, {after: 2021-04, "
     "until: 2021-06}]}]\n",
     "t.yaml:2:43: only the last time out of the plan may be open"},
    {"veikart: 1\nprojects: [{code: X, name: X, absences: [{from: 2021-03}]}]\n",
     "t.yaml:2:43: unknown key 'from'"},
};

START_TEST(bad_files_name_line_and_column)
{
	struct vk_error err;
	const char *msg = yaml_err(bad[_i].yaml, &err);

	msg_starts_with(_i, msg, bad[_i].msg);
}
END_TEST

START_TEST(archived_items_and_absences_are_read)
{
	struct vk_portfolio *pf = yaml_ok(
	    "veikart: 1\n"
	    "projects:\n"
	    "  - {code: R, name: Retur, absences: [{until: 2021-01}, {after: 2021-02-28, until: "
	    "2021-Q2}]}\n"
	    "archived:\n"
	    "  - {code: Q, kind: programme, name: Kvart, rollout: [{area: ous, phases: "
	    "[{phase: innforing, start: 2021, end: 2021}]}], absences: [{}]}\n"
	    "  - {code: Qa, kind: project, programme: Q, name: Kvart a, depends_on: [R], "
	    "absences: [{after: 2021-03, until: 2021-04}, {after: 2021-05}]}\n"
	    "  - {code: B, kind: project, name: Beta}\n");
	const struct vk_item *r = vk_model_item(pf, "R"), *q, *qa, *b;
	char d[VK_DATE_TEXT_MAX];

	ck_assert_uint_eq(pf->items_n, 1);
	ck_assert(r->absences_given);
	ck_assert_uint_eq(r->absences_n, 2);
	ck_assert_int_eq(r->absences[0].after, VK_DATE_NONE);
	ck_assert_str_eq(vk_date_format(r->absences[0].until, d), "2021-01-31");
	ck_assert_str_eq(vk_date_format(r->absences[1].after, d), "2021-02-28");
	ck_assert_str_eq(vk_date_format(r->absences[1].until, d), "2021-06-30");
	ck_assert_uint_eq(pf->archived_n, 3);
	q = &pf->archived[0], qa = &pf->archived[1], b = &pf->archived[2];
	ck_assert_str_eq(q->code, "Q");
	ck_assert_int_eq(q->kind, VK_PROGRAMME);
	ck_assert_uint_eq(q->rollouts_n, 1);
	ck_assert_uint_eq(q->absences_n, 1);
	ck_assert_int_eq(q->absences[0].after, VK_DATE_NONE);
	ck_assert_int_eq(q->absences[0].until, VK_DATE_NONE);
	ck_assert_int_eq(qa->kind, VK_PROJECT);
	ck_assert_str_eq(qa->parent, "Q");
	ck_assert_uint_eq(qa->absences_n, 2);
	ck_assert_str_eq(vk_date_format(qa->absences[1].after, d), "2021-05-31");
	ck_assert_int_eq(qa->absences[1].until, VK_DATE_NONE);
	/* none given: the store's, or out of the plan from the import on */
	ck_assert(!b->absences_given);
	ck_assert_uint_eq(b->absences_n, 0);
	ck_assert_int_eq(b->pos.line, 7);
	vk_model_free(pf);
}
END_TEST

START_TEST(missing_file_is_no_input)
{
	struct vk_portfolio *pf;
	struct vk_error err;

	ck_assert_int_eq(vk_yaml_read_file("/nonexistent/p.yaml", &pf, &err), VK_ENOINPUT);
	ck_assert_ptr_null(pf);
	ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/p.yaml"));
}
END_TEST

START_TEST(data_sections_are_read_as_sheets)
{
	const char *text =
	    "veikart: 1\n"
	    "projects: [{code: A, name: Alfa}]\n"
	    "reports:\n"
	    "  - {period: 2021-T1, code: A, status: gul, budget: 0.1, comment: \"a\\nb\"}\n"
	    "  - {period: 2021-T2, code: A, status: green}\n"
	    "scores:\n"
	    "  - {measure: \"Tiltak: A\", code: A, values: {M1: 7.5, K1: 0}}\n"
	    "  - {measure: Tom, values: {}}\n"
	    "costs: [{solution: S, year: 2023, kind: forskrift, mnok: 1723.45}]\n";
	struct vk_yaml_doc doc;
	struct vk_error err = {VK_OK, ""};

	ck_assert_msg(vk_yaml_read_doc("t.yaml", text, strlen(text), &doc, &err) == VK_OK, "%s",
		      err.msg);
	ck_assert_uint_eq(doc.pf->items_n, 1);
	ck_assert_uint_eq(doc.status->reports_n, 2);
	ck_assert_str_eq(doc.status->file, "t.yaml");
	ck_assert(!doc.status->no_comment && !doc.status->no_budget);
	ck_assert_str_eq(doc.status->reports[0].period.code, "2021-T1");
	ck_assert_int_eq(doc.status->reports[0].colour, VK_GUL);
	ck_assert_str_eq(doc.status->reports[0].comment, "a\nb");
	ck_assert(doc.status->reports[0].budget == 0.1);
	ck_assert_int_eq(doc.status->reports[0].line, 4);
	ck_assert_int_eq(doc.status->reports[1].colour, VK_GRONN);
	ck_assert_ptr_null(doc.status->reports[1].comment);
	ck_assert(doc.status->reports[1].budget < 0);
	ck_assert_uint_eq(doc.scores->measures_n, 2);
	ck_assert_str_eq(doc.scores->measures[0].name, "Tiltak: A");
	ck_assert_str_eq(doc.scores->measures[0].code, "A");
	ck_assert_uint_eq(doc.scores->measures[0].values_n, 2);
	ck_assert(doc.scores->measures[0].values[0].value == 7.5);
	ck_assert_uint_eq(doc.scores->measures[1].values_n, 0);
	ck_assert_uint_eq(doc.scores->columns_n, 2);
	ck_assert_str_eq(doc.scores->columns[1], "K1");
	ck_assert_uint_eq(doc.costs->costs_n, 1);
	ck_assert_int_eq(doc.costs->costs[0].kind, VK_COST_FORSKRIFT);
	ck_assert(doc.costs->costs[0].mnok == 1723.45);
	vk_yaml_doc_clear(&doc);
	vk_yaml_doc_clear(NULL);
}
END_TEST

/* Texts a YAML writer gets wrong when it does not quote: each must read back exactly. */
static const char *const texts[] = {
    "no",
    "yes",
    "null",
    "~",
    "017",
    "1e3",
    "true",
    "- item",
    "a: b",
    "# not a comment",
    "  leading",
    "trailing  ",
    "\"q\"",
    "back\\slash",
    "line\nline",
    "tab\there",
    "U+2028 \xe2\x80\xa8 .",
    "no-break\xc2\xa0space",
    "æøå 😀",
    "[x]",
    "{y}",
    "&anchor",
    "*alias",
    "%tag",
    "@at",
    "`tick`",
    "'single'",
    "|",
    ">",
    "?",
};

START_TEST(written_text_reads_back_exactly)
{
	const char *t = texts[_i];
	char *yaml = NULL, *buf = NULL;
	size_t size = 0, n;
	FILE *out;
	struct vk_portfolio *pf = vk_model_new();
	struct vk_item *it = VK_PUSH(pf->items);
	struct vk_status_set set = {0};
	struct vk_report *r = VK_PUSH(set.reports);
	struct vk_export x = {.pf = pf, .status = &set};
	struct vk_yaml_doc doc;
	struct vk_error err = {VK_OK, ""};

	pf->title = vk_xstrdup(t);
	it->kind = VK_PROJECT;
	it->code = vk_xstrdup("A");
	it->name = vk_xstrdup(t);
	it->description = vk_xstrdup(t);
	r->code = vk_xstrdup("A");
	r->colour = VK_ROD;
	r->budget = -1;
	r->comment = vk_xstrdup(t);
	ck_assert_int_eq(vk_period_parse("2021-05", &r->period, &err), VK_OK);
	ck_assert_ptr_nonnull(out = open_memstream(&yaml, &size));
	ck_assert_int_eq(vk_yaml_write(out, &x, &err), VK_OK);
	ck_assert_int_eq(fclose(out), 0);
	ck_assert_msg(vk_yaml_read_doc("t.yaml", yaml, size, &doc, &err) == VK_OK, "%s in %s",
		      err.msg, yaml);
	ck_assert_str_eq(doc.pf->title, t);
	ck_assert_str_eq(doc.pf->items[0].name, t);
	ck_assert_str_eq(doc.pf->items[0].description, t);
	ck_assert_str_eq(doc.status->reports[0].comment, t);
	vk_yaml_doc_clear(&doc);
	/* and a whole cell of it */
	n = strlen(t);
	buf = vk_xmalloc(32767 * 4 + 1);
	buf[0] = '\0';
	for (size_t k = 0; k + n <= 32767 && strlen(buf) + n <= 32767; k += n)
		strcat(buf, t);
	free(pf->items[0].description);
	pf->items[0].description = buf;
	free(yaml);
	yaml = NULL;
	ck_assert_ptr_nonnull(out = open_memstream(&yaml, &size));
	ck_assert_int_eq(vk_yaml_write(out, &x, &err), VK_OK);
	ck_assert_int_eq(fclose(out), 0);
	ck_assert_msg(vk_yaml_read_doc("t.yaml", yaml, size, &doc, &err) == VK_OK, "%s", err.msg);
	ck_assert_str_eq(doc.pf->items[0].description, buf);
	vk_yaml_doc_clear(&doc);
	free(yaml);
	vk_status_set_clear(&set);
	vk_model_free(pf);
}
END_TEST

START_TEST(numbers_in_the_fewest_digits_that_read_back)
{
	char buf[40];

	ck_assert_str_eq(vk_export_number(0.1, '.', buf), "0.1");
	ck_assert_str_eq(vk_export_number(1723.45, '.', buf), "1723.45");
	ck_assert_str_eq(vk_export_number(120, '.', buf), "120");
	ck_assert_str_eq(vk_export_number(0, '.', buf), "0");
	ck_assert_str_eq(vk_export_number(-0.0, '.', buf), "0");
	ck_assert_str_eq(vk_export_number(1e12, '.', buf), "1000000000000");
	ck_assert_str_eq(vk_export_number(1e-7, '.', buf), "0.0000001");
	ck_assert_str_eq(vk_export_number(0.1 + 0.2, '.', buf), "0.30000000000000004");
	ck_assert_str_eq(vk_export_number(267.1, ',', buf), "267,1");
}
END_TEST

int main(void)
{
	TCase *tc = tcase_create("yaml");

	tcase_add_test(tc, reads_the_documented_example);
	tcase_add_test(tc, positions_point_at_the_code);
	tcase_add_test(tc, no_and_yes_stay_strings);
	tcase_add_test(tc, quoted_and_block_strings_are_read);
	tcase_add_test(tc, nulls_are_whole_words_only);
	tcase_add_loop_test(tc, bad_files_name_line_and_column, 0,
			    (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(tc, archived_items_and_absences_are_read);
	tcase_add_test(tc, missing_file_is_no_input);
	tcase_add_test(tc, data_sections_are_read_as_sheets);
	tcase_add_loop_test(tc, written_text_reads_back_exactly, 0,
			    (int)(sizeof(texts) / sizeof(texts[0])));
	tcase_add_test(tc, numbers_in_the_fewest_digits_that_read_back);
	return run_tcase("yaml", tc);
}

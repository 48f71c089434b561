/* Deterministic portfolios of any size for the benchmarks (tests/bench/README.md).
 *
 *   bench_gen DIR N P
 *
 * writes into DIR, from a fixed seed, so the same N and P always give the same bytes:
 *   portfolio.yaml  N programmes, each with 3 phases and 2 milestones; every tenth has a
 *                   rollout over the 19 helseforetaksområder; names with æøå, 2 to 60
 *                   characters long
 *   status.csv      P monthly periods of reports (from 2020-01) for every programme, as
 *                   Excel writes it: ';', decimal comma, quoted comments
 *   roadmap.tsv     what the roadmap draws, one row per programme, for the bare loop and
 *                   the matplotlib peer: code, name, 3 × (phase, start, end),
 *                   2 × (milestone date, kind), latest colour
 *   sheet.tsv       the cells of veikart's Status sheet, for the bare libxlsxwriter program
 *                   and the XlsxWriter peer: code, name, owner, programme, phase now,
 *                   latest colour, comment, budget, then the earlier colours, newest first
 *   milestones.tsv  the Milestones sheet's cells: date, kind, code, programme name,
 *                   milestone name
 * Dates in the TSV files are ISO days; fields never hold a tab or a line break. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STATUS_DATE "2025-06-30"

static uint64_t seed = 0x5eedf00dULL;

/* splitmix64: small, fast and the same on every machine */
static uint64_t rnd(void)
{
	uint64_t z = (seed += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int below(int n)
{
	return (int)(rnd() % (uint64_t)n);
}

static const char *const words[] = {
    "pasientens",
    "legemiddelliste",
    "prøvesvar",
    "dokumentdeling",
    "journalløft",
    "samhandling",
    "kjernejournal",
    "helsenett",
    "løsning",
    "tjenester",
    "innføring",
    "Ålesund",
    "Tromsø",
    "Bodø",
    "Førde",
    "område",
    "for",
    "og",
    "i",
    "kommunene",
    "sykehus",
    "fastleger",
    "e-resept",
    "multidose",
    "mål",
    "økt",
    "bruk",
    "digital",
    "Helsenorge",
    "kø",
};
static const char *const owners[] = {"Helsedirektoratet",
				     "Norsk helsenett SF",
				     "Helse Sør-Øst RHF",
				     "Helse Vest RHF",
				     "Helse Midt-Norge RHF",
				     "Helse Nord RHF",
				     "KS"};
static const char *const areas[] = {
    "bergen",	    "stavanger",      "fonna",	  "forde",     "stolav",
    "more-romsdal", "nord-trondelag", "ahus",	  "ous",       "vestfold",
    "innlandet",    "telemark",	      "ostfold",  "sorlandet", "vestre-viken",
    "helgeland",    "finnmark",	      "nordland", "unn"};
static const char *const phase_kind[] = {"planlegging", "utproving", "innforing"};
static const char *const phase_name[] = {"Planlegging", "Utprøving", "Innføring"};
static const char *const colour[] = {"grønn", "gul", "rød"};

/* A name of 2 to 60 characters (not bytes): words until long enough, cut on a character. */
static void make_name(char *buf, size_t size)
{
	int want = 2 + below(59), chars = 0;
	size_t n = 0;

	buf[0] = '\0';
	while (chars < want) {
		const char *w = words[below((int)(sizeof(words) / sizeof(*words)))];
		if (n) {
			buf[n++] = ' ';
			chars++;
		}
		for (const char *c = w; *c && chars < want && n + 4 < size; c++) {
			buf[n++] = *c;
			if (((unsigned char)c[1] & 0xC0) != 0x80)
				chars++;
		}
	}
	while (n && buf[n - 1] == ' ')
		n--;
	buf[n] = '\0';
	if (n == 1) { /* a one-letter word: make it two */
		buf[1] = 'x';
		buf[2] = '\0';
	}
	buf[0] = (char)(buf[0] >= 'a' && buf[0] <= 'z' ? buf[0] - 32 : buf[0]);
}

static int month_days(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : d[m - 1];
}

/* months since year 0 */
struct span {
	int start, end;
};

static void iso_first(int mon, char out[32])
{
	snprintf(out, 32, "%04d-%02d-01", mon / 12, mon % 12 + 1);
}

static void iso_last(int mon, char out[32])
{
	snprintf(out, 32, "%04d-%02d-%02d", mon / 12, mon % 12 + 1,
		 month_days(mon / 12, mon % 12 + 1));
}

struct item {
	char code[32], name[256], owner[64], ms_name[2][256];
	struct span ph[3];
	int rollout;
};

static void make_item(int i, struct item *it)
{
	int m = (2018 + below(8)) * 12 + below(12);

	snprintf(it->code, sizeof(it->code), "P%05d", i + 1);
	make_name(it->name, sizeof(it->name));
	snprintf(it->owner, sizeof(it->owner), "%s", owners[below(7)]);
	for (int k = 0; k < 3; k++) {
		it->ph[k].start = m;
		it->ph[k].end = m + 2 + below(k == 2 ? 34 : 22);
		m = it->ph[k].end + 1;
	}
	make_name(it->ms_name[0], sizeof(it->ms_name[0]));
	make_name(it->ms_name[1], sizeof(it->ms_name[1]));
	it->rollout = i % 10 == 0;
}

/* The phase under the status date, as veikart's Status sheet names it. */
static const char *phase_now(const struct item *it)
{
	int now = 2025 * 12 + 5;
	for (int k = 0; k < 3; k++)
		if (it->ph[k].start <= now && now <= it->ph[k].end)
			return phase_name[k];
	return "";
}

static FILE *open_in(const char *dir, const char *name)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!(f = fopen(path, "w"))) {
		fprintf(stderr, "bench_gen: %s: %s\n", path, strerror(errno));
		exit(1);
	}
	return f;
}

static void close_out(FILE *f)
{
	if (ferror(f) || fclose(f) != 0) {
		fprintf(stderr, "bench_gen: write failed\n");
		exit(1);
	}
}

struct report {
	int colour;  /* 0..2 */
	int comment; /* 0 none, 1 plain, 2 quoted with ; and "" */
	int budget;  /* tenths of MNOK, -1 none */
};

static struct report make_report(void)
{
	int r = below(10);
	struct report rep = {.colour = r < 6 ? 0 : r < 9 ? 1 : 2, .comment = below(3)};
	rep.budget = below(8) == 0 ? -1 : below(5000);
	return rep;
}

static void comment_text(const struct item *it, int period, int kind, char *buf, size_t size)
{
	if (kind == 0)
		buf[0] = '\0';
	else if (kind == 1)
		snprintf(buf, size, "Følger planen for %s", it->code);
	else
		snprintf(buf, size, "Forsinket; venter på \"%s\" (periode %d)", it->code,
			 period + 1);
}

int main(int argc, char **argv)
{
	char *end;
	long n, np;
	struct item it;
	struct report *last;
	unsigned char *hist;
	FILE *yaml, *csv, *road, *sheet, *ms;
	char a[32], b[32], text[160];

	if (argc != 4 || (n = strtol(argv[2], &end, 10)) < 1 || *end ||
	    (np = strtol(argv[3], &end, 10)) < 1 || *end || np > 1200) {
		fprintf(stderr, "usage: bench_gen DIR N P (N programmes, P periods, P <= 1200)\n");
		return 2;
	}
	yaml = open_in(argv[1], "portfolio.yaml");
	ms = open_in(argv[1], "milestones.tsv");
	fprintf(yaml, "veikart: 1\ntitle: Benchmark %ld × %ld\nstatus_date: %s\nprogrammes:\n", n,
		np, STATUS_DATE);
	for (long i = 0; i < n; i++) {
		make_item((int)i, &it);
		fprintf(yaml, "  - code: %s\n    name: \"%s\"\n    owner: %s\n    phases:\n",
			it.code, it.name, it.owner);
		for (int k = 0; k < 3; k++)
			fprintf(yaml, "      - {phase: %s, start: %04d-%02d, end: %04d-%02d}\n",
				phase_kind[k], it.ph[k].start / 12, it.ph[k].start % 12 + 1,
				it.ph[k].end / 12, it.ph[k].end % 12 + 1);
		iso_last(it.ph[0].end, a);
		iso_last(it.ph[2].end, b);
		fprintf(yaml,
			"    milestones:\n      - {date: %s, name: \"%s\", kind: decision}\n"
			"      - {date: %s, name: \"%s\", kind: goal}\n",
			a, it.ms_name[0], b, it.ms_name[1]);
		fprintf(ms, "%s\tbeslutning\t%s\t%s\t%s\n%s\tmål\t%s\t%s\t%s\n", a, it.code,
			it.name, it.ms_name[0], b, it.code, it.name, it.ms_name[1]);
		if (it.rollout) {
			fprintf(yaml, "    rollout:\n");
			for (int k = 0; k < 19; k++) {
				int s = it.ph[2].start + k % (it.ph[2].end - it.ph[2].start + 1);
				fprintf(yaml,
					"      - {area: %s, phases: [{phase: innforing, start: "
					"%04d-%02d, end: %04d-%02d}]}\n",
					areas[k], s / 12, s % 12 + 1, s / 12, s % 12 + 1);
			}
		}
	}
	close_out(yaml);
	close_out(ms);

	/* reports: period-major, so the first k lines of status.csv are a smaller sheet */
	seed = 0xc0104ULL;
	last = calloc((size_t)n, sizeof(*last));
	hist = calloc((size_t)n * (size_t)np, 1);
	if (!last || !hist)
		return 1;
	csv = open_in(argv[1], "status.csv");
	fprintf(csv, "periode;kode;status;kommentar;budsjett\n");
	for (long p = 0; p < np; p++) {
		int mon = 2020 * 12 + (int)p;
		for (long i = 0; i < n; i++) {
			struct report rep = make_report();
			snprintf(it.code, sizeof(it.code), "P%05ld", i + 1);
			comment_text(&it, (int)p, rep.comment, text, sizeof(text));
			fprintf(csv, "%04d-%02d;%s;%s;", mon / 12, mon % 12 + 1, it.code,
				colour[rep.colour]);
			if (rep.comment == 2) {
				fputc('"', csv);
				for (const char *c = text; *c; c++)
					fputs(*c == '"' ? "\"\"" : (char[]){*c, 0}, csv);
				fputc('"', csv);
			} else {
				fputs(text, csv);
			}
			if (rep.budget >= 0)
				fprintf(csv, ";%d,%d\n", rep.budget / 10, rep.budget % 10);
			else
				fputs(";\n", csv);
			hist[i * np + p] = (unsigned char)rep.colour;
			last[i] = rep;
		}
	}
	close_out(csv);

	/* the tables the roadmap and the Status sheet show, from the same items */
	seed = 0x5eedf00dULL;
	sheet = open_in(argv[1], "sheet.tsv");
	road = open_in(argv[1], "roadmap.tsv");
	for (long i = 0; i < n; i++) {
		make_item((int)i, &it);
		fprintf(road, "%s\t%s", it.code, it.name);
		for (int k = 0; k < 3; k++) {
			iso_first(it.ph[k].start, a);
			iso_last(it.ph[k].end, b);
			fprintf(road, "\t%s\t%s\t%s", phase_kind[k], a, b);
		}
		iso_last(it.ph[0].end, a);
		iso_last(it.ph[2].end, b);
		fprintf(road, "\t%s\tdecision\t%s\tgoal\t%s\n", a, b, colour[last[i].colour]);
		comment_text(&it, (int)np - 1, last[i].comment, text, sizeof(text));
		fprintf(sheet, "%s\t%s\t%s\t\t%s\t%s\t%s\t", it.code, it.name, it.owner,
			phase_now(&it), colour[last[i].colour], text);
		if (last[i].budget >= 0)
			fprintf(sheet, "%d.%d", last[i].budget / 10, last[i].budget % 10);
		for (long p = np - 2; p >= 0; p--)
			fprintf(sheet, "\t%s", colour[hist[i * np + p]]);
		fputc('\n', sheet);
	}
	close_out(sheet);
	close_out(road);
	free(last);
	free(hist);
	return 0;
}

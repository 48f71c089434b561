/* veikart demo: load the sample portfolio (compiled into the binary) into a fresh store
 * in an output directory. Later views add their charts and workbook here. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "atomic.h"
#include "embedded.h"
#include "input.h"
#include "util.h"

static enum vk_code exec_demo(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err);

const struct vk_cmd_entry vk_cmd_demo_entry = {
    .name = "demo",
    .usage = "[--out DIR]",
    .summary = "load the samples into DIR/veikart.db and draw every chart (DIR: out)",
    .help = "Writes DIR/veikart.db from the real portfolio and status sheets in samples/\n"
	    "(compiled into veikart), replacing the file there, then draws the portfolio\n"
	    "roadmap (roadmap.pdf, .svg, .png), the PLL rollout (rollout-pll.*), the\n"
	    "status slide (status.*) and the priority chart (scores.*) into DIR. --db is\n"
	    "refused. A DIR/veikart.db-wal left by an interrupted writer stops it (exit\n"
	    "73): it would be replayed onto the new store.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--out", .arg = "DIR", .help = "where to write (default: out)"}, {0}},
    .args_max = 0,
    .exec = exec_demo,
};

extern const struct vk_embedded vk_samples[];
extern const size_t vk_samples_n;

/* mkdir -p */
static enum vk_code make_dir(const char *path, struct vk_error *err)
{
	char *p = vk_xstrdup(path);
	enum vk_code rc = VK_OK;

	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot create directory: %s", p,
					  strerror(errno));
			break;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

/* Builds the store in `tmp`: schema, then every sample file in one import. */
static enum vk_code build_store(const char *tmp, size_t *items, struct vk_error *err)
{
	struct vk_input_list in = {0};
	struct vk_import im = {.inputs = &in, .replace = true};
	struct vk_db *db = NULL;
	enum vk_code rc = VK_OK;

	for (size_t n = 0; n < vk_samples_n && !rc; n++) {
		size_t from = in.items_n;
		if (!(rc = vk_input_parse(vk_samples[n].name, vk_samples[n].data,
					  vk_samples[n].size, &in, err)))
			vk_util_input_notes(&in, from);
	}
	for (size_t i = 0; i < in.items_n; i++)
		if (in.items[i].kind == VK_INPUT_PORTFOLIO)
			*items += ((const struct vk_portfolio *)in.items[i].data)->items_n;
	if (!rc && !(rc = vk_db_open(tmp, true, NULL, &db, err)))
		rc = vk_db_import(db, &im, err);
	vk_db_import_clear(&im);
	vk_db_close(db);
	vk_input_list_clear(&in);
	return rc;
}

/* The charts of the demo: every kind of the chart table (the roadmap, the PLL rollout
 * and, when the samples have status reports and scores, the status slide and the
 * priority chart), as PDF, SVG and PNG. */
static enum vk_code draw_charts(struct vk_ctx *ctx, const char *path, const char *dir,
				struct vk_error *err)
{
	static const enum vk_draw_format formats[] = {VK_DRAW_PDF, VK_DRAW_SVG, VK_DRAW_PNG};
	static const char *const ext[] = {"pdf", "svg", "png"};
	struct vk_status_set set = {0};
	struct vk_portfolio *pf = NULL;
	struct vk_score_file *measures = NULL;
	const struct vk_chart_kind *kind;
	struct vk_db *db;
	enum vk_code rc;

	if ((rc = vk_db_open(path, false, NULL, &db, err)))
		return rc;
	/* the model, the reports and the scores of one state of the store */
	if (!(rc = vk_db_snapshot_begin(db, err))) {
		if (!(rc = vk_db_load(db, &pf, err)) && !(rc = vk_db_load_status(db, &set, err)))
			rc = vk_db_load_measures(db, &measures, err);
		vk_db_snapshot_end(db);
	}
	vk_db_close(db);
	for (size_t n = 0; (kind = vk_chart_kind_at(n)) && !rc; n++) {
		/* a kind drawn for one programme is drawn for PLL, and named so */
		bool pll = kind->needs & VK_CHART_NEEDS_PROGRAMME;
		if ((kind->needs & VK_CHART_NEEDS_STATUS && set.periods_n == 0) ||
		    (kind->needs & VK_CHART_NEEDS_MEASURES && measures->measures_n == 0))
			continue;
		for (size_t f = 0; f < 3 && !rc; f++) {
			struct vk_chart chart = vk_chart_defaults(kind, ctx->lang);
			char *file =
			    vk_xasprintf("%s/%s%s.%s", dir, kind->name, pll ? "-pll" : "", ext[f]);

			if (pll)
				chart.layout.programme = vk_model_item(pf, "PLL");
			chart.format = formats[f];
			if (!(rc = vk_chart_draw(&(struct vk_chart_data){pf, &set, measures},
						 &chart, file, NULL, err)))
				fprintf(ctx->out, VK_TR(ctx->lang, "skrev %s\n", "wrote %s\n"),
					file);
			free(file);
		}
	}
	vk_status_set_clear(&set);
	vk_score_file_free(measures);
	vk_model_free(pf);
	return rc;
}

/* The files SQLite keeps beside a store while it is written. */
static const char *const sidecars[] = {"-wal", "-shm", "-journal"};

/* Builds the store whole in a temporary file beside `dest`, then puts it in its place.
 * The temporary store's own files go with it when anything fails or a signal ends the
 * process. */
static enum vk_code write_store(const char *dest, size_t *items, struct vk_error *err)
{
	char *tmp = NULL, *side[3];
	enum vk_code rc;

	/* the log of an earlier writer of `dest` would be replayed onto the new store */
	for (size_t i = 0; i < 3; i++) {
		char *name = vk_xasprintf("%s%s", dest, sidecars[i]);
		bool there = i != 1 && access(name, F_OK) == 0;
		rc =
		    there
			? vk_error_set(err, VK_ECANTCREAT,
				       "%s: an earlier writer's log is here, which would be mixed "
				       "into the new store (open that store once to fold it in, as "
				       "'veikart --db %s check' does, or remove it)",
				       name, dest)
			: VK_OK;
		free(name);
		if (rc)
			return rc;
	}
	if ((rc = vk_atomic_begin(dest, &tmp, err)))
		return rc;
	for (size_t i = 0; i < 3; i++) {
		side[i] = vk_xasprintf("%s%s", tmp, sidecars[i]);
		vk_atomic_track(side[i]);
	}
	rc = build_store(tmp, items, err);
	if (rc && err && strncmp(err->msg, tmp, strlen(tmp)) == 0) {
		/* the user knows the store by its name, not by its temporary one */
		char msg[sizeof(err->msg)];
		snprintf(msg, sizeof(msg), "%s%s", dest, err->msg + strlen(tmp));
		memcpy(err->msg, msg, sizeof(msg));
	}
	/* closing the store folds its log into it; a log still there was not */
	if (!rc && access(side[0], F_OK) == 0)
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot write the store (disk full?)",
				  dest);
	for (size_t i = 0; i < 3; i++) {
		if (rc)
			unlink(side[i]);
		vk_atomic_untrack(side[i]);
		free(side[i]);
	}
	if (rc) {
		vk_atomic_abort(tmp);
		return rc;
	}
	return vk_atomic_commit(tmp, dest, err);
}

static enum vk_code exec_demo(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err)
{
	const char *dir = vk_cmd_has(args, "--out") ? vk_cmd_value(args, "--out") : "out";
	char *dest = NULL;
	size_t items = 0;
	enum vk_code rc;

	/* demo writes a store of its own: a --db it would not use is refused, not ignored */
	if (ctx->db_given)
		return vk_error_set(err, VK_EUSAGE,
				    "demo writes its own store, DIR/veikart.db: --db has no effect "
				    "on it (give --out DIR)");
	if ((rc = make_dir(dir, err)))
		return rc;
	dest = vk_xasprintf("%s/veikart.db", dir);
	if ((rc = write_store(dest, &items, err)))
		goto out;
	fprintf(ctx->out,
		VK_TR(ctx->lang, "skrev %s (%zu programmer og prosjekter fra eksempeldataene)\n",
		      "wrote %s (%zu programmes and projects from the samples)\n"),
		dest, items);
	if (!(rc = draw_charts(ctx, dest, dir, err))) {
		char *book = vk_xasprintf("%s/portefolje.xlsx", dir);
		if (!(rc = vk_util_export_xlsx(ctx, dest, book, NULL, err)))
			fprintf(ctx->out, VK_TR(ctx->lang, "skrev %s\n", "wrote %s\n"), book);
		free(book);
	}
out:
	free(dest);
	return rc;
}

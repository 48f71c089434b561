/* veikart import: read portfolio files and write them to the store, all or nothing. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "util.h"
#include "yaml.h"

static enum vk_code exec_import(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err)
{
	struct vk_portfolio **files = vk_xcalloc((size_t)argc, sizeof(*files));
	size_t n = 0, programmes = 0, projects = 0;
	bool replace = false;
	struct vk_db *db = NULL;
	enum vk_code rc = VK_OK;

	for (int i = 1; i < argc && !rc; i++) {
		if (strcmp(argv[i], "--replace") == 0) {
			replace = true;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			rc =
			    vk_error_set(err, VK_EUSAGE, "unknown option '%s' for import", argv[i]);
		} else if ((rc = vk_yaml_read_file(argv[i], &files[n], err)) == VK_OK) {
			for (size_t k = 0; k < files[n]->items_n; k++)
				files[n]->items[k].kind == VK_PROGRAMME ? programmes++ : projects++;
			n++;
		}
	}
	if (!rc && n == 0)
		rc = vk_error_set(err, VK_EUSAGE,
				  "import needs at least one FILE (see 'veikart import --help')");
	if (!rc && !(rc = vk_util_open(ctx, false, &db, err)))
		rc = vk_db_import(db, files, n, replace, err);
	if (!rc)
		fprintf(ctx->out,
			VK_TR(ctx,
			      "importerte %zu fil(er) til %s: %zu programmer, %zu prosjekter\n",
			      "imported %zu file(s) into %s: %zu programmes, %zu projects\n"),
			n, ctx->db_path, programmes, projects);
	vk_db_close(db);
	for (size_t i = 0; i < n; i++)
		vk_model_free(files[i]);
	free(files);
	return rc;
}

const struct vk_cmd_entry vk_cmd_import_entry = {
    .name = "import",
    .usage = "[--replace] FILE...",
    .summary = "import portfolio files (YAML); all or nothing",
    .help = "Reads every FILE, checks all of it, and writes it to the store in one\n"
	    "transaction; on any error nothing is written and the error names\n"
	    "FILE:LINE:COL. A programme or project whose code is in the store already is\n"
	    "replaced by the file's version (with its projects); the rest stays.\n"
	    "The format is described in docs/portfolio-format.md.\n"
	    "\n"
	    "options:\n"
	    "  --replace   empty the portfolio first (regions, areas and phases stay)\n",
    .exec = exec_import,
};
